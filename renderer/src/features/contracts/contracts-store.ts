/**
 * The contracts table's filter and sort: UI state that outlives the screen (going to a contract and
 * back keeps them). The rows themselves come from useContractTable.
 */
import { create } from 'zustand';
import type { Sort } from './contract-rows';

interface ContractsViewState {
  readonly query: string;
  readonly status: string;
  readonly sort: Sort;
  setQuery(query: string): void;
  setStatus(status: string): void;
  setSort(sort: Sort): void;
}

export const useContractsView = create<ContractsViewState>((set) => ({
  query: '',
  status: '',
  sort: { key: 'number', direction: 'ascending' },
  setQuery: (query) => set({ query }),
  setStatus: (status) => set({ status }),
  setSort: (sort) => set({ sort }),
}));
