/**
 * The contracts list of the active account: the cached answer from main, rows precomputed for
 * search, and the table's filter and sort. Re-reads when main says fresh data landed.
 */
import { create } from 'zustand';
import { contractKeys, unpackContract, type ContractTuple } from '../../../../common/channels/contracts';
import type { AppError } from '../../../../common/errors';
import type { Cached } from '../../../../common/models/cached';
import type { Contract } from '../../../../common/models/contract';
import type { Result } from '../../../../common/result';
import type { ContractDraft } from '../../../../common/schemas/ionos';
import { call, onEvent } from '../../lib/api';
import { toRows, type ContractRow, type Sort } from './contract-rows';

interface ContractsState {
  readonly accountId: string | null;
  readonly cached: Cached<readonly Contract[]> | null;
  readonly rows: readonly ContractRow[];
  /** Why the list could not be read at all (e.g. the account is gone); refresh failures are in cached.lastError. */
  readonly error: AppError | null;
  readonly refreshing: boolean;
  readonly query: string;
  readonly status: string;
  readonly sort: Sort;
  /** Reads the cached list; joins a read in flight unless `fresh` (after cache.changed it must be a new read). */
  load(accountId: string, fresh?: boolean): Promise<void>;
  refresh(): Promise<void>;
  /** Replaces one row with the server's answer after a write (no 20,000-row re-read). */
  patch(contract: Contract): void;
  create(accountId: string, draft: ContractDraft): Promise<Result<Contract>>;
  setQuery(query: string): void;
  setStatus(status: string): void;
  setSort(sort: Sort): void;
  /** Follows cache.changed for the account; returns the function that stops. */
  watch(accountId: string): () => void;
}

export const useContractsStore = create<ContractsState>((set, get) => {
  // One read in flight per account: the prefetch at chunk load and the screen's mount share it.
  let inFlight: { accountId: string; promise: Promise<void> } | null = null;
  const accept = (accountId: string, result: Result<Cached<readonly ContractTuple[]>>) => {
    if (get().accountId !== accountId) return;
    if (!result.ok) return set({ error: result.error });
    const data = result.value.data.map(unpackContract);
    set({ cached: { ...result.value, data }, error: null, rows: toRows(data) });
  };
  return {
    accountId: null,
    cached: null,
    rows: [],
    error: null,
    refreshing: false,
    query: '',
    status: '',
    sort: { key: 'number', direction: 'ascending' },
    load(accountId, fresh = false) {
      if (get().accountId !== accountId) set({ accountId, cached: null, rows: [], error: null, query: '', status: '' });
      if (!fresh && inFlight?.accountId === accountId) return inFlight.promise;
      const promise = call((api) => api.contracts.table({ accountId })).then((result) => {
        if (inFlight?.promise === promise) inFlight = null;
        accept(accountId, result);
      });
      inFlight = { accountId, promise };
      return promise;
    },
    async refresh() {
      const { accountId } = get();
      if (!accountId) return;
      set({ refreshing: true });
      const result = await call((api) => api.contracts.refresh({ accountId }));
      // The rows follow through cache.changed; here only the outcome (and a failure to even ask).
      const cached = get().cached;
      if (get().accountId !== accountId) return;
      if (!result.ok) set({ refreshing: false, error: result.error });
      else set({ refreshing: false, ...(cached ? { cached: { ...cached, ...result.value } } : {}) });
    },
    patch(contract) {
      const { cached, rows } = get();
      if (!cached) return;
      const index = cached.data.findIndex((c) => c.id === contract.id);
      const data = index < 0 ? [...cached.data, contract] : cached.data.with(index, contract);
      const [row] = toRows([contract]);
      const nextRows = index < 0 ? [...rows, row!] : rows.map((r) => (r.contract.id === contract.id ? row! : r));
      set({ cached: { ...cached, data }, rows: nextRows });
    },
    async create(accountId, draft) {
      const result = await call((api) => api.contracts.create({ accountId, ...draft }));
      if (result.ok && get().accountId === accountId) get().patch(result.value);
      return result;
    },
    setQuery: (query) => set({ query }),
    setStatus: (status) => set({ status }),
    setSort: (sort) => set({ sort }),
    watch(accountId) {
      return onEvent('cache.changed', (change) => {
        if (change.accountId !== accountId || get().accountId !== accountId) return;
        if (change.resource === contractKeys.key.list()) void get().load(accountId, true);
      });
    },
  };
});
