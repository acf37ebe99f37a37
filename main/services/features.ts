/** Feature services (contracts, services, VMs...) wired over the shared cache and connections. */
import type { CacheDb } from '../cache/database';
import type { AccountsService } from './accounts-service';
import type { Connections } from './connections';
import type { EventBus } from './event-bus';
import type { ResourceSync } from './resource-sync';

export interface FeatureDeps {
  readonly db: CacheDb;
  readonly sync: ResourceSync;
  readonly connections: Connections;
  readonly accounts: AccountsService;
  readonly events: EventBus;
}

export function createFeatureServices(_deps: FeatureDeps) {
  return {};
}
export type FeatureServices = ReturnType<typeof createFeatureServices>;
