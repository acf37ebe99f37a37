/**
 * The freshness line every cached screen shows: "Updated 3 min ago", a refresh control, and the
 * offline banner with the age of the data when the last refresh failed for network reasons.
 */
import type { ReactElement } from 'react';
import type { AppError } from '../../../common/errors';
import type { Cached } from '../../../common/models/cached';
import { Button } from './button';
import { Icon } from './icons';
import { RelativeTime } from './relative-time';

const OFFLINE_KINDS = new Set<AppError['kind']>(['network', 'offline', 'timeout']);

/** The last refresh failed because the server could not be reached. */
export function isOffline(cached: Pick<Cached<unknown>, 'lastError'> | null | undefined): boolean {
  return cached?.lastError ? OFFLINE_KINDS.has(cached.lastError.kind) : false;
}

export function SyncStatus({
  cached,
  onRefresh,
  refreshing,
  hasData = false,
}: {
  cached: Pick<Cached<unknown>, 'syncedAt' | 'refreshing' | 'lastError'>;
  onRefresh: () => void;
  refreshing?: boolean;
  /** The screen shows cached data although this resource never synced (it came with another one). */
  hasData?: boolean;
}): ReactElement {
  const busy = refreshing || cached.refreshing;
  return (
    <div className="row muted" style={{ fontSize: 13 }} aria-live="polite">
      <span data-testid="sync-age">
        {cached.syncedAt ? (
          <>
            Updated <RelativeTime iso={cached.syncedAt} />
          </>
        ) : busy ? (
          hasData ? (
            'Refreshing…'
          ) : (
            'Loading for the first time…'
          )
        ) : hasData ? (
          'Not refreshed yet'
        ) : (
          'Not loaded yet'
        )}
      </span>
      <Button
        size="small"
        variant="ghost"
        icon="refresh"
        onClick={onRefresh}
        busy={busy}
        disabled={busy}
        aria-label="Refresh"
      >
        Refresh
      </Button>
    </div>
  );
}

export function OfflineBanner({
  cached,
  hasData = false,
}: {
  cached: Pick<Cached<unknown>, 'syncedAt' | 'lastError'>;
  /** Cached data is shown although this resource never synced: never claim nothing was loaded. */
  hasData?: boolean;
}): ReactElement | null {
  if (!isOffline(cached)) return null;
  return (
    <div className="banner banner-warning" role="status" aria-label="Offline">
      <Icon name="offline" />
      <span>
        <strong>Offline.</strong>{' '}
        {cached.syncedAt ? (
          <>
            Showing data from <RelativeTime iso={cached.syncedAt} />. Changes are disabled until the server can be
            reached.
          </>
        ) : hasData ? (
          'Showing what the cache holds. Changes are disabled until the server can be reached.'
        ) : (
          'Nothing has been loaded yet, and the server cannot be reached.'
        )}
      </span>
    </div>
  );
}
