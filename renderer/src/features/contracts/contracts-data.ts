/**
 * The contracts area's reads and writes. Reads go through useCachedResource (re-read on
 * cache.changed); writes answer Results for the forms, and main's cache.changed brings the new rows.
 */
import { contractKeys, unpackContract, type ContractTuple } from '../../../../common/channels/contracts';
import type { ContractDraft, AdminDraft, AdminEdit } from '../../../../common/schemas/ionos';
import type { ResourceLimits } from '../../../../common/models/contract';
import { call } from '../../lib/api';
import { prefetchCachedResource, useCachedResource } from '../../lib/use-cached-resource';

export interface ContractTarget {
  readonly accountId: string;
  readonly contractId: string;
}

const tableSpec = (accountId: string) => ({
  accountId,
  keys: [contractKeys.key.list()],
  read: () => call((api) => api.contracts.table({ accountId })),
});

// The DataTable indexes the rows itself (search keys when idle, sorts on demand).
const toContracts = (tuples: readonly ContractTuple[]) => tuples.map(unpackContract);

/** Asks for the list before the screen mounts (when the area's code loads). */
export const prefetchContractTable = (accountId: string) => prefetchCachedResource(tableSpec(accountId));

/** Every contract of the account (sent by main as compact tuples). */
export const useContractTable = (accountId: string) =>
  useCachedResource({
    ...tableSpec(accountId),
    refresh: () => call((api) => api.contracts.refresh({ accountId })),
    select: toContracts,
  });

/** One contract; a full sync of the list counts as fresh data for it too. */
export const useContract = (target: ContractTarget) =>
  useCachedResource({
    accountId: target.accountId,
    keys: [contractKeys.key.contract(target), contractKeys.key.list()],
    read: () => call((api) => api.contracts.get(target)),
  });

export const useContractAdmins = (target: ContractTarget) =>
  useCachedResource({
    accountId: target.accountId,
    keys: [contractKeys.key.admins(target)],
    read: () => call((api) => api.contracts.admins.list(target)),
    refresh: () => call((api) => api.contracts.admins.refresh(target)),
  });

export const createContract = (accountId: string, draft: ContractDraft) =>
  call((api) => api.contracts.create({ accountId, ...draft }));

/** The writes of one open contract; each waits for the server and answers its Result. */
export function contractWrites(target: ContractTarget) {
  return {
    rename: (name: string) => call((api) => api.contracts.rename({ ...target, name })),
    setReference: (resellerReference: string) =>
      call((api) => api.contracts.setReference({ ...target, resellerReference })),
    setLimits: (resourceLimits: ResourceLimits) =>
      call((api) => api.contracts.setLimits({ ...target, resourceLimits })),
    createAdmin: (draft: AdminDraft) => call((api) => api.contracts.admins.create({ ...target, ...draft })),
    updateAdmin: (adminId: string, edit: AdminEdit) =>
      call((api) => api.contracts.admins.update({ ...target, adminId, ...edit })),
    deleteAdmin: (adminId: string) => call((api) => api.contracts.admins.delete({ ...target, adminId })),
  };
}
export type ContractWrites = ReturnType<typeof contractWrites>;
