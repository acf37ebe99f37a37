import { describe, expect, it } from 'vitest';
import {
  buildPrivilegeMatrix,
  emptyGrants,
  grantsFromWire,
  grantsToWire,
  setGroupRight,
  setScopeFull,
  setTargetRight,
  summarizeGrants,
} from './privileges';

/** GET /contact/privileges as seed 002 documents it. */
const CATALOG = {
  billing: ['emails', 'payinvoice', 'orders', 'balance', 'addfunds', 'creditcard'],
  support: ['newticket', 'tickets', 'closeticket', 'emails'],
  misc: ['editmain', 'emails', 'editipaccess', 'manageprofiles', 'affiliates'],
  services: { full: 1, '332': ['basic', 'billing', 'cancelation', 'upgrade', 'notify'] },
  domains: { full: 1, '523': ['basic', 'renew', 'notify', 'contactinfo', 'nameservers'] },
};

describe('privileges matrix', () => {
  it('reads the catalog into labelled groups and scopes', () => {
    const matrix = buildPrivilegeMatrix(CATALOG, { '332': 'VPS M — web1.example.com' });
    expect(matrix.groups.map((g) => g.label)).toEqual(['Billing', 'Support', 'Account']);
    expect(matrix.groups[0]!.rights[2]).toEqual({ key: 'orders', label: 'Place new orders' });
    expect(matrix.scopes.map((s) => [s.label, s.fullOffered, s.targets.map((t) => t.label)])).toEqual([
      ['Services', true, ['VPS M — web1.example.com']],
      ['Domains', true, ['#523']],
    ]);
    expect(buildPrivilegeMatrix({ extra: ['newright'] }).groups[0]!.rights).toEqual([
      { key: 'newright', label: 'Newright' },
    ]);
    expect(buildPrivilegeMatrix('nonsense')).toEqual({ groups: [], scopes: [] });
  });

  it('round-trips a contact grant through the wire format', () => {
    const matrix = buildPrivilegeMatrix(CATALOG);
    const wire = { support: ['tickets', 'newticket'], services: { '332': ['basic', 'billing'] }, domains: { full: 1 } };
    const { grants, dropped } = grantsFromWire(matrix, wire);
    expect(dropped).toEqual([]);
    expect(grants.groups.support).toEqual(['newticket', 'tickets']);
    expect(grants.scopes.domains!.full).toBe(true);
    expect(grantsToWire(matrix, grants)).toEqual({
      support: ['newticket', 'tickets'],
      services: { '332': ['basic', 'billing'] },
      domains: { full: 1 },
    });
    expect(summarizeGrants(matrix, grants)).toEqual(['Support: 2 of 4', 'Services: 1 of 1', 'Domains: full control']);
  });

  it('edits rights and the full shortcut; what the portal no longer offers is named and left out', () => {
    const matrix = buildPrivilegeMatrix(CATALOG);
    let grants = emptyGrants(matrix);
    grants = setGroupRight(grants, 'billing', 'orders', true);
    grants = setGroupRight(grants, 'billing', 'orders', true);
    grants = setTargetRight(grants, 'services', '332', 'upgrade', true);
    grants = setScopeFull(grants, 'domains', true);
    expect(grantsToWire(matrix, grants)).toEqual({
      billing: ['orders'],
      services: { '332': ['upgrade'] },
      domains: { full: 1 },
    });
    grants = setScopeFull(setGroupRight(grants, 'billing', 'orders', false), 'domains', false);
    expect(grantsToWire(matrix, grants)).toEqual({ services: { '332': ['upgrade'] } });
    const stale = grantsFromWire(matrix, { billing: ['orders', 'gone'], services: { '999': ['basic'] }, old: [] });
    expect(stale.dropped).toEqual(['Billing: gone', 'Services: #999', 'Old']);
    expect(grantsToWire(matrix, stale.grants)).toEqual({ billing: ['orders'] });
  });
});
