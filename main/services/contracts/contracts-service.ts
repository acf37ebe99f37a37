/**
 * Contracts over the kernel: reads answer from the cache at once and sync in the background when
 * stale; writes go to the IONOS API first, the cache takes the server's answer, and only then is
 * `cache.changed` emitted. Server errors (a 422 with field details) pass through as-is.
 */
import { contractKeys, type ContractTuple } from '../../../common/channels/contracts';
import { fail } from '../../../common/errors';
import type { Cached, SyncOutcome } from '../../../common/models/cached';
import type { Contract, ResourceLimits } from '../../../common/models/contract';
import type { ContractDraft } from '../../../common/schemas/ionos';
import type { IonosClient } from '../../api/ionos/client';
import type { FeatureDeps } from '../feature-deps';
import { cachedRead, clientFor, portalWrite, refreshNow } from '../kernel';
import type { SyncCommit } from '../resource-sync';
import type { ContractsRepo } from './contracts-repo';

const KIND = 'ionos-reseller';

export function createContractsService(deps: FeatureDeps, repo: ContractsRepo) {
  const list = contractKeys.key.list();

  /** The rows and the sync's time land in one transaction (`commit`). */
  async function fullSync(accountId: string, commit: SyncCommit): Promise<void> {
    const client = await clientFor(deps, accountId, KIND);
    // Last sync's count lets every page go out at once (the list rarely changes size much).
    const contracts = await client.listAllContracts({ expected: repo.count(accountId) });
    commit(() => repo.replaceAll(accountId, contracts));
  }

  /** A fresh copy of one contract; a contract the server no longer knows leaves the cache. */
  async function refreshOne(accountId: string, contractId: string): Promise<void> {
    const client = await clientFor(deps, accountId, KIND);
    try {
      repo.upsert(accountId, await client.getContract(contractId));
    } catch (thrown) {
      const kind = (thrown as { error?: { kind?: string } }).error?.kind;
      if (kind === 'not-found') repo.remove(accountId, contractId);
      throw thrown;
    }
  }

  const readList = <T>(accountId: string, read: () => T): Cached<T> =>
    cachedRead(deps, { accountId, kind: KIND, resource: list, read, refresh: (commit) => fullSync(accountId, commit) });

  /** Every write of a contract: the server's answer is what the cache and the UI show. */
  const write = (
    accountId: string,
    contractId: string | null,
    action: string,
    values: Record<string, string | number | null>,
    send: (client: IonosClient) => Promise<Contract>,
  ): Promise<Contract> =>
    portalWrite(deps, {
      accountId,
      kind: KIND,
      send,
      store: (contract) => repo.upsert(accountId, contract),
      // An edit names only its contract: the 20,000-row list is not re-read for one row (the list
      // screen reads it again when it opens).
      changed: contractId === null ? [list] : [contractKeys.key.contract({ contractId })],
      activity: {
        area: 'contracts',
        action,
        target: contractId === null ? `new contract “${String(values.name)}”` : `contract ${contractId}`,
        ...(contractId === null ? {} : { route: `contracts/${contractId}` }),
        values,
      },
    });

  return {
    list: (accountId: string): Cached<readonly Contract[]> => readList(accountId, () => repo.list(accountId)),
    table: (accountId: string): Cached<readonly ContractTuple[]> => readList(accountId, () => repo.tuples(accountId)),
    refresh: (accountId: string): Promise<SyncOutcome> =>
      refreshNow(deps, { accountId, kind: KIND, resource: list, refresh: (commit) => fullSync(accountId, commit) }),
    get(accountId: string, contractId: string): Cached<Contract | null> {
      const cached = cachedRead(deps, {
        accountId,
        kind: KIND,
        resource: contractKeys.key.contract({ contractId }),
        read: () => repo.get(accountId, contractId),
        refresh: () => refreshOne(accountId, contractId),
      });
      // A contract that came with the last full sync is as fresh as that sync, and as offline.
      const listStatus = deps.sync.status(accountId, list);
      const syncedAt =
        [cached.syncedAt, listStatus.syncedAt]
          .filter((at): at is string => at !== null)
          .sort()
          .at(-1) ?? null;
      return { ...cached, syncedAt, lastError: cached.lastError ?? listStatus.lastError };
    },
    /** Never retried: after a network failure the user re-reads the list and decides. */
    create: (accountId: string, draft: ContractDraft): Promise<Contract> =>
      write(accountId, null, 'create', { name: draft.name, reference: draft.resellerReference ?? null }, (client) =>
        client.createContract(draft),
      ),
    rename: (accountId: string, contractId: string, name: string): Promise<Contract> =>
      write(accountId, contractId, 'rename', { name }, (client) => client.renameContract(contractId, name)),
    /**
     * There is no endpoint for the reference alone. The full PUT is built from the server's current
     * name and limits (read just before), not the cache, so a change made elsewhere is not undone.
     */
    setReference: (accountId: string, contractId: string, resellerReference: string): Promise<Contract> =>
      write(accountId, contractId, 'set reference', { reference: resellerReference }, async (client) => {
        const current = await client.getContract(contractId);
        if (current.resourceLimits === null) {
          fail(
            'conflict',
            `The IONOS API sent contract ${contractId} without its resource limits, so the reference cannot be saved without risking them.`,
          );
        }
        return client.replaceContract(contractId, {
          name: current.name,
          resellerReference,
          resourceLimits: current.resourceLimits,
        });
      }),
    setLimits: (accountId: string, contractId: string, limits: ResourceLimits): Promise<Contract> =>
      write(accountId, contractId, 'set resource limits', { ...limits }, (client) =>
        client.updateResourceLimits(contractId, limits),
      ),
  };
}
export type ContractsService = ReturnType<typeof createContractsService>;
