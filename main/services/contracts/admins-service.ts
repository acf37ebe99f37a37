/**
 * Admin users of a contract. The list is cached per contract ("contract-admins:<id>"); writes go to
 * the server first. The password of a new admin is passed straight to the client and kept nowhere.
 */
import { adminsResource } from '../../../common/channels/contracts';
import type { Cached } from '../../../common/models/cached';
import type { ContractAdmin } from '../../../common/models/contract';
import type { AdminDraft, AdminEdit } from '../../../common/schemas/ionos';
import type { ContractsServiceDeps } from './contracts-service';

export function createAdminsService(deps: ContractsServiceDeps) {
  const { repo, sync, connections } = deps;
  const changed = (accountId: string, contractId: string) =>
    deps.events.emit('cache.changed', { accountId, resource: adminsResource(contractId) });

  async function fetchAdmins(accountId: string, contractId: string): Promise<void> {
    const client = await connections.ionos(accountId);
    repo.replaceAdmins(accountId, contractId, await client.listAdmins(contractId));
  }

  function list(accountId: string, contractId: string): Cached<readonly ContractAdmin[]> {
    deps.requireIonos(accountId);
    return sync.read(
      accountId,
      adminsResource(contractId),
      () => repo.listAdmins(accountId, contractId),
      () => fetchAdmins(accountId, contractId),
    );
  }

  return {
    list,
    async refresh(accountId: string, contractId: string): Promise<Cached<readonly ContractAdmin[]>> {
      deps.requireIonos(accountId);
      await sync.refresh(accountId, adminsResource(contractId), () => fetchAdmins(accountId, contractId));
      return list(accountId, contractId);
    },
    /** Never retried: a repeat could create the admin twice. */
    async create(accountId: string, contractId: string, draft: AdminDraft): Promise<ContractAdmin> {
      deps.requireIonos(accountId);
      const client = await connections.ionos(accountId);
      const admin = await client.createAdmin(contractId, draft);
      repo.upsertAdmin(accountId, admin);
      changed(accountId, contractId);
      return admin;
    },
    async update(accountId: string, contractId: string, adminId: string, edit: AdminEdit): Promise<ContractAdmin> {
      deps.requireIonos(accountId);
      const client = await connections.ionos(accountId);
      const admin = await client.updateAdmin(contractId, adminId, edit);
      repo.upsertAdmin(accountId, admin);
      changed(accountId, contractId);
      return admin;
    },
    async remove(accountId: string, contractId: string, adminId: string): Promise<null> {
      deps.requireIonos(accountId);
      const client = await connections.ionos(accountId);
      await client.deleteAdmin(contractId, adminId);
      repo.removeAdmin(accountId, contractId, adminId);
      changed(accountId, contractId);
      return null;
    },
  };
}
export type AdminsService = ReturnType<typeof createAdminsService>;
