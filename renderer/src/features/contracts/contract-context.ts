/** The open contract, for the sections and dialogs of its detail screen. */
import { requiredContext } from '../../lib/required-context';
import type { ContractTarget, ContractWrites } from './contracts-data';

export interface OpenContract extends ContractTarget {
  readonly writes: ContractWrites;
}

export const [ContractProvider, useOpenContract] = requiredContext<OpenContract>('The open contract');
