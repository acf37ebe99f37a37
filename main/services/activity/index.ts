/**
 * The activity log feature: the stored recorder every portal write reports to (built in core.ts
 * before the features, which take it as `deps.activity`), and the list and CSV export channels.
 */
import { ACTIVITY_PAGE_LIMIT, activityKeys, type activityChannels } from '../../../common/channels/activity';
import { toCsv } from '../../../common/csv';
import type { CacheDb } from '../../cache/database';
import type { Handler } from '../../ipc/registry';
import type { ActivityRecorder } from '../activity-recorder';
import type { EventBus } from '../event-bus';
import type { FeatureDeps } from '../feature-deps';
import { createActivityRepo, type ActivityRepo } from './activity-repo';

type ActivityChannel = keyof typeof activityChannels;
const PRUNE_EVERY = 500;

/** Stores every recorded write and prunes entries older than a year (at start, then now and then). */
export function createStoredActivity(db: CacheDb, events: EventBus, clock: () => number = Date.now): ActivityRecorder {
  const repo = createActivityRepo(db);
  repo.prune(clock());
  let sincePrune = 0;
  return {
    record(entry) {
      // A log that cannot be written must never turn a done write into an error for the user.
      try {
        if (!repo.add(entry)) return;
        if (++sincePrune >= PRUNE_EVERY) {
          sincePrune = 0;
          repo.prune(clock());
        }
        events.emit('cache.changed', { accountId: entry.accountId, resource: activityKeys.key.entries() });
      } catch {
        // The cache closed mid-write (app quitting): nothing to keep.
      }
    },
  };
}

const CSV_HEADER = ['When (UTC)', 'Account', 'Area', 'Action', 'Target', 'Values', 'Outcome', 'Message'];

async function csvOf(deps: FeatureDeps, rows: ReturnType<ActivityRepo['list']>): Promise<string> {
  const labels = new Map((await deps.accounts.list()).map((account) => [account.id, account.label]));
  return toCsv(
    CSV_HEADER,
    rows.map((entry) => [
      entry.at,
      labels.get(entry.accountId) ?? entry.accountId,
      entry.area,
      entry.action,
      entry.target,
      Object.entries(entry.values)
        .map(([key, value]) => `${key}: ${String(value)}`)
        .join('; '),
      entry.outcome,
      entry.message,
    ]),
  );
}

export function createActivityFeature(deps: FeatureDeps) {
  const repo = createActivityRepo(deps.db);
  const handlers: { [C in ActivityChannel]: Handler<C> } = {
    'activity.list': ({ filters }) => ({
      entries: repo.list(filters, ACTIVITY_PAGE_LIMIT),
      total: repo.count(filters),
      areas: repo.areas(),
    }),
    'activity.export': async ({ filters }) => {
      const csv = await csvOf(deps, repo.list(filters, Number.MAX_SAFE_INTEGER));
      const day = new Date(deps.clock()).toISOString().slice(0, 10);
      return deps.files.save({
        folder: 'exports',
        suggestedName: `activity-${day}.csv`,
        bytes: new TextEncoder().encode(csv),
      });
    },
  };
  return { kind: null, handlers };
}
