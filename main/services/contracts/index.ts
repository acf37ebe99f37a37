/** The IONOS contracts feature: contracts and their admin users, and the handlers of its channels. */
import type { contractChannels } from '../../../common/channels/contracts';
import type { Handler } from '../../ipc/registry';
import type { FeatureDeps } from '../feature-deps';
import { createAdminsService } from './admins-service';
import { createContractsRepo } from './contracts-repo';
import { createContractsService } from './contracts-service';

type ContractChannel = keyof typeof contractChannels;

export function createContractsFeature(deps: FeatureDeps) {
  const repo = createContractsRepo(deps.db);
  const contracts = createContractsService(deps, repo);
  const admins = createAdminsService(deps, repo);
  const handlers: { [C in ContractChannel]: Handler<C> } = {
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
  return { kind: 'ionos-reseller' as const, handlers };
}
