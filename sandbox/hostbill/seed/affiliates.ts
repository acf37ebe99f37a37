/** The affiliate section: read-only data in HostBill's string-heavy style. */
import { addDays, money, ymd, type Rng } from '../rng';

export function seedAffiliates(rng: Rng, anchor: Date): Record<string, unknown> {
  const commissions = Array.from({ length: 18 }, (_, i) => ({
    id: String(410 + i),
    date: ymd(addDays(anchor, -i * 17 - rng.int(0, 10))),
    order_id: String(873340000 + rng.int(1000, 9999)),
    client: `${rng.pick(['J', 'M', 'P', 'T', 'S'])}*** ${rng.pick(['D', 'K', 'R', 'W'])}***`,
    product: rng.pick(['Starter Hosting', 'VPS M', 'Cloud Server Pool', '.com registration']),
    amount: money(rng.int(150, 4500) / 100),
    status: rng.pick(['Approved', 'Approved', 'Approved', 'Pending', 'Declined']),
  }));
  const payouts = Array.from({ length: 5 }, (_, i) => ({
    id: String(55 + i),
    date: ymd(addDays(anchor, -i * 90 - 20)),
    amount: money(rng.int(5000, 25000) / 100),
    method: rng.pick(['PayPal', 'Bank Transfer', 'Account Credit']),
    status: 'Completed',
  }));
  return {
    summary: {
      affiliate: {
        id: '7',
        status: 'Active',
        currency: 'EUR',
        balance: '128.40',
        total_commissions: '912.10',
        total_withdrawn: '783.70',
        visits: '1542',
        signups: '37',
        conversion_rate: '2.40',
        referral_url: 'https://portal.demo-hosting.example/?affid=7',
      },
    },
    campaigns: [
      {
        id: '3',
        name: 'Blog sidebar',
        url: 'https://portal.demo-hosting.example/?affid=7&c=3',
        visits: '1021',
        signups: '22',
        created: '2023-04-02',
      },
      {
        id: '4',
        name: 'Newsletter 2024',
        url: 'https://portal.demo-hosting.example/?affid=7&c=4',
        visits: '521',
        signups: '15',
        created: '2024-01-15',
      },
    ],
    commissions,
    payouts,
    vouchers: [
      {
        id: '12',
        code: 'FRIENDS10',
        type: 'percent',
        value: '10.00',
        cycle: 'once',
        used: '8',
        max_usage: '50',
        expires: '2026-06-30',
      },
      {
        id: '13',
        code: 'VPSFIRST',
        type: 'fixed',
        value: '5.00',
        cycle: 'once',
        used: '2',
        max_usage: '0',
        expires: '0000-00-00',
      },
    ],
    commissionplans: [
      { id: '1', name: 'Standard', type: 'Percent', rate: '15.00', recurring: '1', products: ['333', '334', '335'] },
      {
        id: '2',
        name: 'Servers',
        type: 'Fixed',
        rate: '10.00',
        recurring: '0',
        products: ['840', '841', '850', '851', '852'],
      },
    ],
  };
}
