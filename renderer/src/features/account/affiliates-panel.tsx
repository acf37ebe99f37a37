/** The affiliate section: summary and the five lists; the caller hides it when the portal has none. */
import type { ReactElement } from 'react';
import { portalKeys, type AffiliateView } from '../../../../common/channels/portal';
import type { AffiliateRows } from '../../../../common/models/hostbill';
import { humanize } from '../../../../common/portal/raw';
import { call } from '../../lib/api';
import type { CachedResource } from '../../lib/use-cached-resource';
import { usePortalResource } from '../../lib/portal-resource';
import { AffiliateTable } from './affiliate-table';

const LISTS: readonly [Exclude<AffiliateView, 'summary'>, string][] = [
  ['campaigns', 'Campaigns'],
  ['commissions', 'Commissions'],
  ['payouts', 'Payouts'],
  ['vouchers', 'Vouchers'],
  ['commissionplans', 'Commission plans'],
];

function useAffiliateList(
  accountId: string,
  list: Exclude<AffiliateView, 'summary'>,
): CachedResource<AffiliateRows | null> {
  return usePortalResource(accountId, portalKeys.key.affiliates({ list }), () =>
    call((api) => api.affiliates[list]({ accountId })),
  );
}

function ListSection({
  accountId,
  list,
  title,
  currency,
}: {
  accountId: string;
  list: Exclude<AffiliateView, 'summary'>;
  title: string;
  currency: string | null;
}) {
  const rows = useAffiliateList(accountId, list);
  if (!rows.data) return null;
  return <AffiliateTable title={title} rows={rows.data.rows} currency={currency} />;
}

export function AffiliatesPanel({
  accountId,
  summary,
}: {
  accountId: string;
  summary: Readonly<Record<string, string | number | boolean | null>>;
}): ReactElement {
  const currency = typeof summary.currency === 'string' ? summary.currency : null;
  return (
    <div className="stack">
      <section className="card card-body" aria-label="Affiliate summary">
        <dl className="affiliate-summary">
          {Object.entries(summary).map(([field, value]) => (
            <div key={field} style={{ display: 'contents' }}>
              <dt>{humanize(field)}</dt>
              <dd>{value === null ? '—' : String(value)}</dd>
            </div>
          ))}
        </dl>
      </section>
      {LISTS.map(([list, title]) => (
        <ListSection key={list} accountId={accountId} list={list} title={title} currency={currency} />
      ))}
    </div>
  );
}
