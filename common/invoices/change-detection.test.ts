import { describe, expect, it } from 'vitest';
import { planDetailFetches, rowFingerprint } from './change-detection';
import { row } from './test-rows.test-util';

describe('planDetailFetches', () => {
  const rows = [row({ id: '3' }), row({ id: '2', status: 'Paid', paidAt: '2025-11-02T10:00:00Z' }), row({ id: '1' })];

  it('fetches every detail on a first sync, newest first', () => {
    expect(planDetailFetches(rows, new Map())).toEqual({ fetch: ['3', '2', '1'], gone: [], unchanged: 0 });
  });

  it('fetches nothing when every list row matches the one its detail was fetched for', () => {
    const cached = new Map(rows.map((r) => [r.id, rowFingerprint(r)]));
    expect(planDetailFetches(rows, cached)).toEqual({ fetch: [], gone: [], unchanged: 3 });
  });

  it('fetches a row whose status, total, dates or paid date changed, and a new one', () => {
    const cached = new Map(rows.map((r) => [r.id, rowFingerprint(r)]));
    for (const change of [
      { status: 'Paid' },
      { total: 20 },
      { dueDate: '2025-12-01' },
      { date: '2025-10-31' },
      { paidAt: '2025-11-03T09:00:00Z' },
    ]) {
      const next = [rows[0]!, rows[1]!, row({ id: '1', ...change })];
      expect(planDetailFetches(next, cached).fetch).toEqual(['1']);
    }
    expect(planDetailFetches([row({ id: '4' }), ...rows], cached).fetch).toEqual(['4']);
  });

  it('reports cached invoices the portal no longer lists, and ignores a repeated row', () => {
    const cached = new Map(rows.map((r) => [r.id, rowFingerprint(r)]));
    expect(planDetailFetches([rows[0]!, rows[0]!, rows[1]!], cached)).toEqual({ fetch: [], gone: ['1'], unchanged: 2 });
  });
});
