/**
 * Admin users of a contract, cached per contract; writes go to the server first. The password of a
 * new admin is passed straight to the client and kept nowhere (not in the activity log either).
 */
import { contractKeys } from '../../../common/channels/contracts';
import type { Cached } from '../../../common/models/cached';
import type { ContractAdmin } from '../../../common/models/contract';
import type { AdminDraft, AdminEdit } from '../../../common/schemas/ionos';
import type { IonosClient } from '../../api/ionos/client';
import type { FeatureDeps } from '../feature-deps';
import { cachedRead, clientFor, portalWrite } from '../kernel';
import type { ContractsRepo } from './contracts-repo';

const KIND = 'ionos-reseller';

export function createAdminsService(deps: FeatureDeps, repo: ContractsRepo) {
  async function fetchAdmins(accountId: string, contractId: string): Promise<void> {
    const client = await clientFor(deps, accountId, KIND);
    repo.replaceAdmins(accountId, contractId, await client.listAdmins(contractId));
  }

  const list = (accountId: string, contractId: string): Cached<readonly ContractAdmin[]> =>
    cachedRead(deps, {
      accountId,
      kind: KIND,
      resource: contractKeys.key.admins({ contractId }),
      read: () => repo.listAdmins(accountId, contractId),
      refresh: () => fetchAdmins(accountId, contractId),
    });

  const write = <R>(
    accountId: string,
    contractId: string,
    action: string,
    values: Record<string, string>,
    send: (client: IonosClient) => Promise<R>,
    store: (answer: R) => void,
  ): Promise<R> =>
    portalWrite(deps, {
      accountId,
      kind: KIND,
      send,
      store,
      changed: [contractKeys.key.admins({ contractId })],
      activity: {
        area: 'contracts',
        action,
        target: `admin of contract ${contractId}`,
        route: `contracts/${contractId}`,
        values,
      },
    });

  return {
    list,
    async refresh(accountId: string, contractId: string): Promise<Cached<readonly ContractAdmin[]>> {
      deps.requireAccount(accountId, KIND);
      await deps.sync.refresh(accountId, contractKeys.key.admins({ contractId }), () =>
        fetchAdmins(accountId, contractId),
      );
      return list(accountId, contractId);
    },
    /** Never retried: a repeat could create the admin twice. */
    create: (accountId: string, contractId: string, draft: AdminDraft): Promise<ContractAdmin> =>
      write(
        accountId,
        contractId,
        'create admin',
        { email: draft.email, firstName: draft.firstName, lastName: draft.lastName },
        (client) => client.createAdmin(contractId, draft),
        (admin) => repo.upsertAdmin(accountId, admin),
      ),
    update: (accountId: string, contractId: string, adminId: string, edit: AdminEdit): Promise<ContractAdmin> =>
      write(
        accountId,
        contractId,
        'edit admin',
        { email: edit.email, firstName: edit.firstName, lastName: edit.lastName },
        (client) => client.updateAdmin(contractId, adminId, edit),
        (admin) => repo.upsertAdmin(accountId, admin),
      ),
    remove: (accountId: string, contractId: string, adminId: string): Promise<null> =>
      write(
        accountId,
        contractId,
        'delete admin',
        { adminId },
        async (client) => (await client.deleteAdmin(contractId, adminId), null),
        () => repo.removeAdmin(accountId, contractId, adminId),
      ),
  };
}
export type AdminsService = ReturnType<typeof createAdminsService>;
