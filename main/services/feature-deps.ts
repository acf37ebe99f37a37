/**
 * What every feature is built from. Its own file (not features.ts) so a feature importing the type
 * does not import the list of features that imports it back.
 */
import type { AccountKind } from '../../common/models/account';
import type { AccountRow } from '../cache/accounts-repo';
import type { CacheDb } from '../cache/database';
import type { Logger } from '../logger';
import type { FilesPort } from '../ports/files';
import type { AccountsService } from './accounts-service';
import type { ActivityRecorder } from './activity-recorder';
import type { Connections } from './connections';
import type { EventBus } from './event-bus';
import type { ResourceSync } from './resource-sync';

export interface FeatureDeps {
  readonly db: CacheDb;
  readonly sync: ResourceSync;
  readonly connections: Connections;
  readonly accounts: AccountsService;
  readonly events: EventBus;
  readonly files: FilesPort;
  readonly activity: ActivityRecorder;
  readonly logger: Logger;
  readonly clock: () => number;
  /** The account's row; a `not-found` error for an unknown or removed id, or an account of another kind. */
  requireAccount(accountId: string, kind: AccountKind): AccountRow;
}
