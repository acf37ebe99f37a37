/**
 * Contracts over the offline-first read path: reads answer from the cache at once and sync in the
 * background when stale; writes go to the IONOS API first, the cache takes the server's answer, and
 * only then is `cache.changed` emitted. Server errors (a 422 with field details) pass through as-is.
 */
import {
  CONTRACTS_RESOURCE,
  contractResource,
  type ContractTuple,
  type SyncOutcome,
} from '../../../common/channels/contracts';
import { fail } from '../../../common/errors';
import type { Cached } from '../../../common/models/cached';
import type { Contract, ResourceLimits } from '../../../common/models/contract';
import type { ContractDraft } from '../../../common/schemas/ionos';
import type { SyncStateRepo } from '../../cache/sync-state-repo';
import type { FeatureDeps } from '../features';
import type { SyncCommit } from '../resource-sync';
import type { ContractsRepo } from './contracts-repo';

export interface ContractsServiceDeps extends FeatureDeps {
  readonly repo: ContractsRepo;
  readonly syncState: SyncStateRepo;
  /** Fails unless the account exists and is an IONOS reseller account. */
  readonly requireIonos: (accountId: string) => void;
}

export function createContractsService(deps: ContractsServiceDeps) {
  const { repo, sync, connections } = deps;
  const changed = (accountId: string, resource: string) => deps.events.emit('cache.changed', { accountId, resource });

  /** The rows and the sync's time land in one transaction (`commit`). */
  async function fullSync(accountId: string, commit: SyncCommit): Promise<void> {
    const client = await connections.ionos(accountId);
    const contracts = await client.listAllContracts();
    commit(() => repo.replaceAll(accountId, contracts));
  }

  /** A fresh copy of one contract; a contract the server no longer knows leaves the cache. */
  async function refreshOne(accountId: string, contractId: string): Promise<void> {
    const client = await connections.ionos(accountId);
    try {
      repo.upsert(accountId, await client.getContract(contractId));
    } catch (thrown) {
      const kind = (thrown as { error?: { kind?: string } }).error?.kind;
      if (kind === 'not-found') repo.remove(accountId, contractId);
      throw thrown;
    }
  }

  function list(accountId: string): Cached<readonly Contract[]> {
    deps.requireIonos(accountId);
    return sync.read(
      accountId,
      CONTRACTS_RESOURCE,
      () => repo.list(accountId),
      (commit) => fullSync(accountId, commit),
    );
  }

  /** After a write: the server's answer is what the cache and the UI show. */
  function store(accountId: string, contract: Contract, isNew = false): Contract {
    repo.upsert(accountId, contract);
    changed(accountId, isNew ? CONTRACTS_RESOURCE : contractResource(contract.id));
    return contract;
  }

  return {
    list,
    table(accountId: string): Cached<readonly ContractTuple[]> {
      deps.requireIonos(accountId);
      return sync.read(
        accountId,
        CONTRACTS_RESOURCE,
        () => repo.tuples(accountId),
        (commit) => fullSync(accountId, commit),
      );
    },
    async refresh(accountId: string): Promise<SyncOutcome> {
      deps.requireIonos(accountId);
      await sync.refresh(accountId, CONTRACTS_RESOURCE, (commit) => fullSync(accountId, commit));
      const { data: _rows, ...outcome } = sync.read(
        accountId,
        CONTRACTS_RESOURCE,
        () => null,
        (commit) => fullSync(accountId, commit),
      );
      return outcome;
    },
    get(accountId: string, contractId: string): Cached<Contract | null> {
      deps.requireIonos(accountId);
      const resource = contractResource(contractId);
      const cached = sync.read(
        accountId,
        resource,
        () => repo.get(accountId, contractId),
        () => refreshOne(accountId, contractId),
      );
      // A contract that came with the last full sync is as fresh as that sync.
      const listSyncedAt = deps.syncState.get(accountId, CONTRACTS_RESOURCE).syncedAt;
      const syncedAt =
        [cached.syncedAt, listSyncedAt]
          .filter((at): at is string => at !== null)
          .sort()
          .at(-1) ?? null;
      return { ...cached, syncedAt };
    },
    /** Never retried: after a network failure the user re-reads the list and decides. */
    async create(accountId: string, draft: ContractDraft): Promise<Contract> {
      deps.requireIonos(accountId);
      const client = await connections.ionos(accountId);
      return store(accountId, await client.createContract(draft), true);
    },
    async rename(accountId: string, contractId: string, name: string): Promise<Contract> {
      deps.requireIonos(accountId);
      const client = await connections.ionos(accountId);
      return store(accountId, await client.renameContract(contractId, name));
    },
    /**
     * There is no endpoint for the reference alone. The full PUT is built from the server's current
     * name and limits (read just before), not the cache, so a change made elsewhere is not undone.
     */
    async setReference(accountId: string, contractId: string, resellerReference: string): Promise<Contract> {
      deps.requireIonos(accountId);
      const client = await connections.ionos(accountId);
      const current = await client.getContract(contractId);
      if (current.resourceLimits === null) {
        fail(
          'conflict',
          `The IONOS API sent contract ${contractId} without its resource limits, so the reference cannot be saved without risking them.`,
        );
      }
      const updated = await client.replaceContract(contractId, {
        name: current.name,
        resellerReference,
        resourceLimits: current.resourceLimits,
      });
      return store(accountId, updated);
    },
    async setLimits(accountId: string, contractId: string, limits: ResourceLimits): Promise<Contract> {
      deps.requireIonos(accountId);
      const client = await connections.ionos(accountId);
      return store(accountId, await client.updateResourceLimits(contractId, limits));
    },
  };
}
export type ContractsService = ReturnType<typeof createContractsService>;
