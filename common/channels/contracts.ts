/**
 * IONOS reseller contracts and their admin users. Reads answer from the encrypted cache at once
 * (Cached<T>) and refresh in the background; writes go to the IONOS API first and the cache follows
 * its answer. Arguments are flat so zod issue paths (`name`, `resourceLimits.ips`, `email`) match the
 * field keys of a server `validation` error, and one form shows both.
 * cache.changed resources: `contractKeys`.
 */
import { z } from 'zod';
import { channel } from '../channel';
import type { Cached, SyncOutcome } from '../models/cached';
import { RESOURCE_LIMIT_KEYS, type Contract, type ContractAdmin, type ResourceLimits } from '../models/contract';
import {
  adminDraftSchema,
  adminEditSchema,
  adminIdSchema,
  contractDraftSchema,
  contractIdSchema,
  contractLimitsSchema,
  contractReferenceSchema,
  contractRenameSchema,
} from '../schemas/ionos';
import { resourceKeys } from '../resource-keys';
import { idSchema } from '../validation';

const account = { accountId: idSchema };
const contract = { accountId: idSchema, contractId: contractIdSchema };

export const contractCreateArgs = contractDraftSchema.extend(account);
export const contractRenameArgs = contractRenameSchema.extend(contract);
export const contractReferenceArgs = contractReferenceSchema.extend(contract);
export const contractLimitsArgs = contractLimitsSchema.extend(contract);
export const adminCreateArgs = adminDraftSchema.extend(contract);
export const adminUpdateArgs = adminEditSchema.extend({ ...contract, adminId: adminIdSchema });

/** Resources named in `cache.changed`, shared so main and the renderer cannot disagree. */
export const contractKeys = resourceKeys('contracts', {
  list: [],
  contract: ['contractId'],
  admins: ['contractId'],
});

/**
 * A contract as one compact list row: [number, name, reference, status, the nine limits in
 * RESOURCE_LIMIT_KEYS order or null]. The list screen reads 20,000 of these: as objects with the
 * limits' long key names they are 6 MB of JSON over the browser host, as tuples about a third.
 */
export type ContractTuple = readonly [string, string, string, string, readonly number[] | null];

export function packContract(contract: Contract): ContractTuple {
  const limits = contract.resourceLimits;
  return [
    contract.id,
    contract.name,
    contract.resellerReference,
    contract.status,
    limits ? RESOURCE_LIMIT_KEYS.map((key) => limits[key]) : null,
  ];
}

export function unpackContract([id, name, resellerReference, status, values]: ContractTuple): Contract {
  let resourceLimits: ResourceLimits | null = null;
  if (values && values.length === RESOURCE_LIMIT_KEYS.length) {
    resourceLimits = Object.fromEntries(
      RESOURCE_LIMIT_KEYS.map((key, index) => [key, values[index]]),
    ) as unknown as ResourceLimits;
  }
  return { id, name, resellerReference, status, resourceLimits };
}

export const contractChannels = {
  /** Every cached contract of the account at once; a background sync when stale. */
  'contracts.list': channel<Cached<readonly Contract[]>>()(z.strictObject(account)),
  /** The same cached list as compact tuples, for the 20,000-row table; a background sync when stale. */
  'contracts.table': channel<Cached<readonly ContractTuple[]>>()(z.strictObject(account)),
  /** Syncs the account's contracts now (the refresh button) and answers how it went; cache.changed follows. */
  'contracts.refresh': channel<SyncOutcome>()(z.strictObject(account)),
  /** One cached contract (null when unknown); re-read from the API in the background when stale. */
  'contracts.get': channel<Cached<Contract | null>>()(z.strictObject(contract)),
  /** Creates a contract on the server (never retried) and caches the server's answer. */
  'contracts.create': channel<Contract>()(contractCreateArgs),
  /** Renames a contract (PUT …/name, text/plain). */
  'contracts.rename': channel<Contract>()(contractRenameArgs),
  /** Sets the reseller reference by a full PUT that keeps the server's current name and limits. */
  'contracts.setReference': channel<Contract>()(contractReferenceArgs),
  /** Replaces all nine resource limits (PUT …/resourcelimits). */
  'contracts.setLimits': channel<Contract>()(contractLimitsArgs),
  /** The cached admin users of a contract; a background refresh when stale. */
  'contracts.admins.list': channel<Cached<readonly ContractAdmin[]>>()(z.strictObject(contract)),
  /** Re-reads a contract's admins now and answers them with the outcome. */
  'contracts.admins.refresh': channel<Cached<readonly ContractAdmin[]>>()(z.strictObject(contract)),
  /** Creates an admin user (never retried); the password goes to the server only, never the cache. */
  'contracts.admins.create': channel<ContractAdmin>()(adminCreateArgs),
  /** Changes an admin's names and email (PATCH with all three fields). */
  'contracts.admins.update': channel<ContractAdmin>()(adminUpdateArgs),
  /** Deletes an admin user on the server, then from the cache. */
  'contracts.admins.delete': channel<null>()(z.strictObject({ ...contract, adminId: adminIdSchema })),
};
