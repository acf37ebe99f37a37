/** Affiliate section: six read-only views over seeded data, keyed as the path names them. */
import { ok, type Route } from '../router';

const VIEWS = ['summary', 'campaigns', 'commissions', 'payouts', 'vouchers', 'commissionplans'] as const;

export const affiliateRoutes: readonly Route[] = VIEWS.map((view) => ({
  method: 'GET',
  pattern: `/affiliates/${view}`,
  // The summary is an object of its own; the other views are lists wrapped under their name.
  handler: ({ state }) => {
    const data = state.affiliates[view];
    return ok(view === 'summary' ? (data as Record<string, unknown>) : { [view]: data });
  },
}));
