import type { contractChannels } from '../../common/channels/contracts';
import type { ContractsFeature } from '../services/contracts';
import type { Handler } from './registry';

type ContractChannel = keyof typeof contractChannels;

/** Handlers of the contracts channels: one line each, delegating to the contracts feature. */
export function contractHandlers({ contracts, admins }: ContractsFeature): { [C in ContractChannel]: Handler<C> } {
  return {
    'contracts.list': ({ accountId }) => contracts.list(accountId),
    'contracts.table': ({ accountId }) => contracts.table(accountId),
    'contracts.refresh': ({ accountId }) => contracts.refresh(accountId),
    'contracts.get': ({ accountId, contractId }) => contracts.get(accountId, contractId),
    'contracts.create': ({ accountId, ...draft }) => contracts.create(accountId, draft),
    'contracts.rename': ({ accountId, contractId, name }) => contracts.rename(accountId, contractId, name),
    'contracts.setReference': ({ accountId, contractId, resellerReference }) =>
      contracts.setReference(accountId, contractId, resellerReference),
    'contracts.setLimits': ({ accountId, contractId, resourceLimits }) =>
      contracts.setLimits(accountId, contractId, resourceLimits),
    'contracts.admins.list': ({ accountId, contractId }) => admins.list(accountId, contractId),
    'contracts.admins.refresh': ({ accountId, contractId }) => admins.refresh(accountId, contractId),
    'contracts.admins.create': ({ accountId, contractId, ...draft }) => admins.create(accountId, contractId, draft),
    'contracts.admins.update': ({ accountId, contractId, adminId, ...edit }) =>
      admins.update(accountId, contractId, adminId, edit),
    'contracts.admins.delete': ({ accountId, contractId, adminId }) => admins.remove(accountId, contractId, adminId),
  };
}
