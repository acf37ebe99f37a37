import type { ContractsFeature } from '../services/contracts';

/** Handlers of the contracts channels. (Filled in by the contracts feature.) */
export function contractHandlers(_contracts: ContractsFeature) {
  return {};
}
