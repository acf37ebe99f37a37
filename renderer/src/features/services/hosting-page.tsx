/**
 * The frame every Services & VMs screen shares: the offline banner, the page header with the
 * freshness line and refresh, and the store's error. Screens supply the heading block and body.
 */
import type { ReactElement, ReactNode } from 'react';
import type { Cached } from '../../../../common/models/cached';
import { ErrorNotice } from '../../components/error-notice';
import { OfflineBanner, SyncStatus } from '../../components/sync-status';
import { useHostingStore } from './hosting-store';

interface HostingPageProps {
  /** The id of the page's h1, which names the section. */
  readonly titleId: string;
  /** What the freshness line and offline banner describe; absent before the first read. */
  readonly cached: Cached<unknown> | null | undefined;
  /** Above the header, e.g. a back button. */
  readonly before?: ReactNode;
  /** The header's left side: the h1 and its subtitle. */
  readonly heading: ReactNode;
  readonly children: ReactNode;
}

export function HostingPage({ titleId, cached, before, heading, children }: HostingPageProps): ReactElement {
  const error = useHostingStore((state) => state.error);
  const refreshing = useHostingStore((state) => state.refreshing);
  const refresh = useHostingStore((state) => state.refresh);
  return (
    <>
      {cached && <OfflineBanner cached={cached} />}
      <section className="page" aria-labelledby={titleId}>
        {before}
        <header className="page-header">
          {heading}
          <div className="page-actions">
            {cached && <SyncStatus cached={cached} refreshing={refreshing} onRefresh={() => void refresh()} />}
          </div>
        </header>
        {error && <ErrorNotice error={error} />}
        {children}
      </section>
    </>
  );
}
