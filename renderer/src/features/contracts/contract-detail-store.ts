/**
 * One open contract and its admin users. Writes wait for the server: the store changes only from
 * the server's answer, and the list store gets the same answer so both screens agree.
 */
import { create } from 'zustand';
import { contractKeys } from '../../../../common/channels/contracts';
import type { Cached } from '../../../../common/models/cached';
import type { AppError } from '../../../../common/errors';
import type { Contract, ContractAdmin, ResourceLimits } from '../../../../common/models/contract';
import type { Result } from '../../../../common/result';
import type { AdminDraft, AdminEdit } from '../../../../common/schemas/ionos';
import { call, onEvent } from '../../lib/api';
import { useContractsStore } from './contracts-store';

interface Target {
  readonly accountId: string;
  readonly contractId: string;
}

interface DetailState {
  readonly target: Target | null;
  readonly contract: Cached<Contract | null> | null;
  readonly admins: Cached<readonly ContractAdmin[]> | null;
  readonly error: AppError | null;
  readonly refreshingAdmins: boolean;
  open(target: Target): Promise<void>;
  reload(): Promise<void>;
  reloadAdmins(): Promise<void>;
  refreshAdmins(): Promise<void>;
  rename(name: string): Promise<Result<Contract>>;
  setReference(resellerReference: string): Promise<Result<Contract>>;
  setLimits(resourceLimits: ResourceLimits): Promise<Result<Contract>>;
  createAdmin(draft: AdminDraft): Promise<Result<ContractAdmin>>;
  updateAdmin(adminId: string, edit: AdminEdit): Promise<Result<ContractAdmin>>;
  deleteAdmin(adminId: string): Promise<Result<null>>;
  watch(): () => void;
}

const same = (a: Target | null, b: Target | null) => a?.accountId === b?.accountId && a?.contractId === b?.contractId;
const notOpen: AppError = { kind: 'internal', message: 'No contract is open.' };

export const useContractDetailStore = create<DetailState>((set, get) => {
  /** Runs a write for the open contract; on success the answer replaces the cached contract. */
  const write = async (run: (t: Target) => Promise<Result<Contract>>): Promise<Result<Contract>> => {
    const target = get().target;
    if (!target) return { ok: false, error: notOpen };
    const result = await run(target);
    if (result.ok && same(get().target, target)) {
      const contract = get().contract;
      if (contract) set({ contract: { ...contract, data: result.value } });
      useContractsStore.getState().patch(result.value);
    }
    return result;
  };
  const adminWrite = async <T>(run: (t: Target) => Promise<Result<T>>): Promise<Result<T>> => {
    const target = get().target;
    if (!target) return { ok: false, error: notOpen };
    const result = await run(target);
    if (result.ok) await get().reloadAdmins();
    return result;
  };
  return {
    target: null,
    contract: null,
    admins: null,
    error: null,
    refreshingAdmins: false,
    async open(target) {
      if (!same(get().target, target)) set({ target, contract: null, admins: null, error: null });
      await Promise.all([get().reload(), get().reloadAdmins()]);
    },
    async reload() {
      const target = get().target;
      if (!target) return;
      const result = await call((api) => api.contracts.get(target));
      if (!same(get().target, target)) return;
      set(result.ok ? { contract: result.value, error: null } : { error: result.error });
      if (result.ok && result.value.data) useContractsStore.getState().patch(result.value.data);
    },
    async reloadAdmins() {
      const target = get().target;
      if (!target) return;
      const result = await call((api) => api.contracts.admins.list(target));
      if (same(get().target, target) && result.ok) set({ admins: result.value });
    },
    async refreshAdmins() {
      const target = get().target;
      if (!target) return;
      set({ refreshingAdmins: true });
      const result = await call((api) => api.contracts.admins.refresh(target));
      set({ refreshingAdmins: false });
      if (same(get().target, target) && result.ok) set({ admins: result.value });
    },
    rename: (name) => write((t) => call((api) => api.contracts.rename({ ...t, name }))),
    setReference: (resellerReference) =>
      write((t) => call((api) => api.contracts.setReference({ ...t, resellerReference }))),
    setLimits: (resourceLimits) => write((t) => call((api) => api.contracts.setLimits({ ...t, resourceLimits }))),
    createAdmin: (draft) => adminWrite((t) => call((api) => api.contracts.admins.create({ ...t, ...draft }))),
    updateAdmin: (adminId, edit) =>
      adminWrite((t) => call((api) => api.contracts.admins.update({ ...t, adminId, ...edit }))),
    deleteAdmin: (adminId) => adminWrite((t) => call((api) => api.contracts.admins.delete({ ...t, adminId }))),
    watch() {
      return onEvent('cache.changed', (change) => {
        const target = get().target;
        if (!target || change.accountId !== target.accountId) return;
        if (change.resource === contractKeys.key.contract(target)) void get().reload();
        if (change.resource === contractKeys.key.admins(target)) void get().reloadAdmins();
      });
    },
  };
});
