/** Affiliate pages: read-only and portal-specific, so rows pass through as flat normalised records. */
import type { AffiliateRows, AffiliateSummary } from '../../../common/models/hostbill';
import type { PortalContext } from './context';
import { flatRow, isRaw, rawListOrMap } from './normalize';

export const AFFILIATE_LISTS = ['campaigns', 'commissions', 'payouts', 'vouchers', 'commissionplans'] as const;
export type AffiliateList = (typeof AFFILIATE_LISTS)[number];

export function affiliatesApi(ctx: PortalContext) {
  async function rows(list: AffiliateList): Promise<AffiliateRows> {
    const body = await ctx.get(`/affiliates/${list}`, { optional: true });
    // The list sits under its own name, or under the only array-valued key.
    const source = isRaw(body)
      ? (body[list] ?? Object.values(body).find((v) => Array.isArray(v) || isRaw(v)) ?? [])
      : body;
    const parsed = rawListOrMap.safeParse(source);
    return { rows: (parsed.success ? parsed.data : []).map(flatRow) };
  }
  return {
    async getAffiliateSummary(): Promise<AffiliateSummary> {
      const body = await ctx.get('/affiliates/summary', { optional: true });
      const raw = isRaw(body)
        ? isRaw(body.summary)
          ? body.summary
          : isRaw(body.affiliate)
            ? body.affiliate
            : body
        : {};
      // Some portals nest the figures once more, under `affiliate`.
      return { fields: flatRow(isRaw(raw.affiliate) ? raw.affiliate : raw) };
    },
    listAffiliateCampaigns: () => rows('campaigns'),
    listAffiliateCommissions: () => rows('commissions'),
    listAffiliatePayouts: () => rows('payouts'),
    listAffiliateVouchers: () => rows('vouchers'),
    listAffiliateCommissionPlans: () => rows('commissionplans'),
  };
}
