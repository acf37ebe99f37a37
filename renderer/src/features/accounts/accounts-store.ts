import { create } from 'zustand';
import type { AccountDraft, AccountUpdate } from '../../../../common/channels/accounts';
import type { AppError } from '../../../../common/errors';
import type { Account, AccountCheck } from '../../../../common/models/account';
import type { Result } from '../../../../common/result';
import { call } from '../../lib/api';
import { useSettingsStore } from '../settings/settings-store';

interface AccountsState {
  readonly accounts: readonly Account[];
  readonly loaded: boolean;
  readonly error: AppError | null;
  load(): Promise<void>;
  add(draft: AccountDraft): Promise<Result<Account>>;
  update(update: AccountUpdate): Promise<Result<Account>>;
  remove(id: string): Promise<Result<null>>;
  test(id: string): Promise<Result<AccountCheck>>;
  completeMfa(id: string, code: string): Promise<Result<AccountCheck>>;
  startDemo(): Promise<Result<readonly Account[]>>;
}

export const useAccountsStore = create<AccountsState>((set, get) => {
  /** After any change: re-read the list and the settings (the active account may have moved). */
  const reload = async <T>(result: Result<T>): Promise<Result<T>> => {
    if (result.ok) {
      await get().load();
      await useSettingsStore.getState().load();
    }
    return result;
  };
  return {
    accounts: [],
    loaded: false,
    error: null,
    async load() {
      const result = await call((api) => api.accounts.list());
      set(result.ok ? { accounts: result.value, loaded: true, error: null } : { loaded: true, error: result.error });
    },
    add: async (draft) => {
      const result = await reload(await call((api) => api.accounts.add(draft)));
      if (result.ok) await useSettingsStore.getState().setActiveAccount(result.value.id);
      return result;
    },
    update: async (update) => reload(await call((api) => api.accounts.update(update))),
    remove: async (id) => reload(await call((api) => api.accounts.remove({ id }))),
    test: (id) => call((api) => api.accounts.test({ id })),
    completeMfa: (id, code) => call((api) => api.accounts.completeMfa({ id, code })),
    startDemo: async () => reload(await call((api) => api.demo.start())),
  };
});

export const selectActiveAccount = (accounts: readonly Account[], activeId: string | null): Account | null =>
  accounts.find((account) => account.id === activeId) ?? null;
