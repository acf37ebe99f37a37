/** The open contract, for the sections and dialogs of its detail screen. */
import { createContext, useContext } from 'react';
import type { ContractTarget, ContractWrites } from './contracts-data';

export interface OpenContract extends ContractTarget {
  readonly writes: ContractWrites;
}

export const ContractContext = createContext<OpenContract | null>(null);

export function useOpenContract(): OpenContract {
  const open = useContext(ContractContext);
  if (!open) throw new Error('useOpenContract is used outside a contract detail screen.');
  return open;
}
