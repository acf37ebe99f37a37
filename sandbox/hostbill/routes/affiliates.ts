/**
 * Affiliate section: six read-only views over seeded data, keyed as the path names them. With the
 * module off the portal answers as one without it: "invalid method" (HTTP 200) for the summary and
 * HTTP 404 for the lists, the two answers api-facts says optional endpoints give.
 */
import { fail, ok, type Route } from '../router';

const VIEWS = ['summary', 'campaigns', 'commissions', 'payouts', 'vouchers', 'commissionplans'] as const;

export const affiliateRoutes: readonly Route[] = VIEWS.map((view) => ({
  method: 'GET',
  pattern: `/affiliates/${view}`,
  // The summary is an object of its own; the other views are lists wrapped under their name.
  handler: ({ state }) => {
    if (!state.modules.affiliates) return view === 'summary' ? fail('invalid method') : { status: 404, body: {} };
    const data = state.affiliates[view];
    return ok(view === 'summary' ? (data as Record<string, unknown>) : { [view]: data });
  },
}));
