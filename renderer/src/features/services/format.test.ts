import { describe, expect, it } from 'vitest';
import { formatMoney, isOverdue, resourceLabel } from './format';

describe('services: money and dates', () => {
  it('shows every amount with its currency', () => {
    const euros = new Intl.NumberFormat(undefined, { style: 'currency', currency: 'EUR' }).format(12.5);
    expect(formatMoney(12.5, 'EUR')).toBe(euros);
    expect(formatMoney(12.5, 'EUR')).toMatch(/€|EUR/);
    expect(formatMoney(-3, 'USD')).toMatch(/\$|USD/);
    // Not an ISO code: the amount and the code as the portal sent it, never the amount alone.
    expect(formatMoney(7, 'PLN-TEST')).toBe('7.00 PLN-TEST');
    expect(formatMoney(7, null)).toBe('7.00');
    expect(formatMoney(null, 'EUR')).toBe('—');
  });

  it('marks a next-due date before today overdue, unless the service has ended', () => {
    const now = new Date(2026, 11, 1, 10);
    expect(isOverdue('2026-11-30', 'Active', now)).toBe(true);
    expect(isOverdue('2026-12-01', 'Active', now)).toBe(false);
    expect(isOverdue('2026-11-30', 'Terminated', now)).toBe(false);
    expect(isOverdue(null, 'Active', now)).toBe(false);
  });
});

describe('resource labels', () => {
  it('puts the unit with the name, and leaves out a unit the name already says', () => {
    expect(resourceLabel('memory', 'MB')).toBe('Memory (MB)');
    expect(resourceLabel('vms', 'servers')).toBe('Servers');
    expect(resourceLabel('ipv4', 'addresses')).toBe('IPv4 addresses');
    expect(resourceLabel('gpu', 'cards')).toBe('gpu (cards)');
    expect(resourceLabel('cpu', null)).toBe('CPU');
  });
});
