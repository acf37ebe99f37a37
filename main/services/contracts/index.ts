/** IONOS contracts and admins over the cache: wiring of the repository and the two services. */
import { fail } from '../../../common/errors';
import { createAccountsRepo } from '../../cache/accounts-repo';
import { createSyncStateRepo } from '../../cache/sync-state-repo';
import type { FeatureDeps } from '../features';
import { createAdminsService } from './admins-service';
import { createContractsRepo } from './contracts-repo';
import { createContractsService } from './contracts-service';

export function createContractsFeature(deps: FeatureDeps) {
  const accounts = createAccountsRepo(deps.db);
  const requireIonos = (accountId: string): void => {
    const row = accounts.get(accountId) ?? fail('not-found', 'That account no longer exists.');
    if (row.kind !== 'ionos-reseller') fail('unsupported', `“${row.label}” is not an IONOS reseller account.`);
  };
  const serviceDeps = {
    ...deps,
    repo: createContractsRepo(deps.db),
    syncState: createSyncStateRepo(deps.db),
    requireIonos,
  };
  return {
    contracts: createContractsService(serviceDeps),
    admins: createAdminsService(serviceDeps),
  };
}
export type ContractsFeature = ReturnType<typeof createContractsFeature>;
