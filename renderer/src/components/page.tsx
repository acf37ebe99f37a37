/**
 * The frame every screen with cached data shares: the offline banner, the header (title, subtitle,
 * "updated … ago" with refresh, actions), and the error of the read or the last refresh.
 */
import type { ReactElement, ReactNode } from 'react';
import type { CachedResource } from '../lib/use-cached-resource';
import { ErrorNotice } from './error-notice';
import { isOffline, OfflineBanner, SyncStatus } from './sync-status';

interface PageProps {
  /** The page's h1 (or give `heading` to lay out the header's left side yourself, with an h1 of id `titleId`). */
  readonly title?: ReactNode;
  readonly heading?: ReactNode;
  /** The h1's id, which names the section for assistive technology. */
  readonly titleId: string;
  readonly subtitle?: ReactNode;
  /** Above the header, e.g. a back link. */
  readonly before?: ReactNode;
  /** Under the title, e.g. tabs. */
  readonly below?: ReactNode;
  /** Buttons on the header's right. */
  readonly actions?: ReactNode;
  /** The cached resource whose freshness the header and banner describe. */
  readonly resource?:
    (Pick<CachedResource<unknown>, 'cached' | 'error' | 'refreshing' | 'refresh'> & { readonly data?: unknown }) | null;
  readonly className?: string;
  readonly children: ReactNode;
}

export function Page(props: PageProps): ReactElement {
  const { resource } = props;
  const cached = resource?.cached ?? null;
  const refreshError = cached?.lastError && !isOffline(cached) ? cached.lastError : null;
  // A resource that never synced may still show data (a VM read with the list): say so, not "nothing loaded".
  const data = resource?.data;
  const hasData = Array.isArray(data) ? data.length > 0 : data !== undefined && data !== null;
  return (
    <>
      {cached && <OfflineBanner cached={cached} hasData={hasData} />}
      <section className={props.className ? `page ${props.className}` : 'page'} aria-labelledby={props.titleId}>
        {props.before}
        <header className="page-header">
          {props.heading ?? (
            <div className="page-heading">
              <h1 id={props.titleId}>{props.title}</h1>
              {props.subtitle && <p>{props.subtitle}</p>}
              {props.below}
            </div>
          )}
          <div className="page-actions">
            {resource && cached && (
              <SyncStatus
                cached={cached}
                hasData={hasData}
                refreshing={resource.refreshing}
                onRefresh={() => void resource.refresh()}
              />
            )}
            {props.actions}
          </div>
        </header>
        {resource?.error && <ErrorNotice error={resource.error} />}
        {refreshError && <ErrorNotice error={refreshError} />}
        {props.children}
      </section>
    </>
  );
}
