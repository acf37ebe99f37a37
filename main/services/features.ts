/** Feature services (contracts, services and VMs, ...) wired over the shared cache and connections. */
import type { CacheDb } from '../cache/database';
import type { AccountsService } from './accounts-service';
import type { Connections } from './connections';
import { createContractsFeature } from './contracts';
import type { EventBus } from './event-bus';
import { createHostingFeature } from './hosting';
import type { ResourceSync } from './resource-sync';

export interface FeatureDeps {
  readonly db: CacheDb;
  readonly sync: ResourceSync;
  readonly connections: Connections;
  readonly accounts: AccountsService;
  readonly events: EventBus;
  readonly clock?: () => number;
}

export function createFeatureServices(deps: FeatureDeps) {
  return {
    contracts: createContractsFeature(deps),
    hosting: createHostingFeature(deps),
  };
}
export type FeatureServices = ReturnType<typeof createFeatureServices>;
