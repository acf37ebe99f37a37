/**
 * What every feature is built from. Its own file (not features.ts) so a feature importing the type
 * does not import the list of features that imports it back.
 */
import { fail } from '../../common/errors';
import { ACCOUNT_KIND_LABELS, type AccountKind } from '../../common/models/account';
import type { AccountRow, AccountsRepo } from '../cache/accounts-repo';
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

/**
 * One answer for every feature: an id that names no account of the kind asked for is `not-found`
 * (a stale link, a removed account, a script's typo), never a crash and never "this is not an X account".
 */
export function accountRequirer(repo: AccountsRepo): FeatureDeps['requireAccount'] {
  return (accountId, kind) => {
    const row = repo.get(accountId);
    if (!row || row.kind !== kind) {
      fail('not-found', `There is no ${ACCOUNT_KIND_LABELS[kind]} account with that id: it may have been removed.`);
    }
    return row;
  };
}
