import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../validation';
import { amountColumn, totalsByCurrency } from './affiliate-totals';
import { changedFields, contactCreateSchema, profileChanges, profileSchema } from './profile';

const valid = { email: 'mary.sue@example.com', firstName: 'Mary', lastName: 'Sue' };

describe('profile validation', () => {
  it('accepts the portal formats and what people type', () => {
    for (const phone of ['+1.24123123', '+1 707 555 0123', '(707) 555-0123', ''])
      expect(profileSchema.safeParse({ ...valid, phone }).success).toBe(true);
    expect(profileSchema.parse({ ...valid, country: 'pt' }).country).toBe('PT');
  });

  it('names each bad field', () => {
    const result = profileSchema.safeParse({
      email: 'mary@',
      firstName: ' ',
      lastName: 'Sue',
      phone: 'call me',
      country: 'XX',
    });
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!)).toEqual({
      email: 'Enter an email address such as name@example.com',
      firstName: 'Enter a first name',
      phone: 'Enter a phone number such as +1 707 555 0123',
      country: 'Use a two-letter country code such as US or DE',
    });
    expect(profileSchema.safeParse({ ...valid, city: 'x'.repeat(101) }).success).toBe(false);
    expect(contactCreateSchema.safeParse({ ...valid, password: 'short' }).success).toBe(false);
    expect(contactCreateSchema.safeParse({ ...valid, privileges: { billing: ['x'.repeat(41)] } }).success).toBe(false);
  });
});

describe('account details changes', () => {
  const current = {
    id: '26',
    email: 'admin@demo-hosting.example',
    firstName: 'Alex',
    lastName: 'Morgan',
    companyName: 'Demo Hosting Ltd',
    lastLogin: null,
    phone: '+1.7075550123',
    address1: null,
    address2: null,
    city: 'Santa Rosa',
    state: null,
    postcode: null,
    country: 'US',
    type: 'Company',
    ip: null,
    host: null,
  };
  it('lists only what differs and sends only that', () => {
    const next = { ...valid, email: current.email, firstName: 'Alex', lastName: 'Morgan', city: 'Porto', address1: '' };
    expect(profileChanges(current, next)).toEqual([{ field: 'city', label: 'City', from: 'Santa Rosa', to: 'Porto' }]);
    expect(changedFields(current, { ...next, country: 'PT' })).toEqual({ city: 'Porto', country: 'PT' });
  });
});

describe('affiliate totals', () => {
  it('adds amounts per currency, the summary currency when rows have none', () => {
    const rows: Record<string, string | number>[] = [
      { id: 1, amount: 12.5, status: 'Approved' },
      { id: 2, amount: 0.1, status: 'Pending' },
      { id: 3, amount: 0.2, currency: 'usd' },
      { id: 4, amount: 'n/a' },
    ];
    expect(amountColumn(rows)).toBe('amount');
    expect(totalsByCurrency(rows, 'amount', 'EUR')).toEqual([
      { currency: 'EUR', total: 12.6, count: 2 },
      { currency: 'USD', total: 0.2, count: 1 },
    ]);
    expect(amountColumn([{ id: 1, name: 'Blog sidebar' }])).toBeNull();
  });
});
