import { describe, expect, it } from 'vitest';
import { notificationHref, notificationTarget } from './notification-link';

describe('notification links', () => {
  it('links tickets, invoices and services, whatever the case of rel_type', () => {
    expect(notificationHref('acc1', { relType: 'Ticket', relId: '736633' })).toBe('#/a/acc1/tickets/736633');
    expect(notificationHref('acc1', { relType: 'invoice', relId: '17' })).toBe('#/a/acc1/invoices/17');
    expect(notificationTarget({ relType: ' SERVICE ', relId: '5' })).toEqual({
      area: 'services',
      id: '5',
      label: 'Open service',
    });
  });

  it('links nothing for unknown types, missing or unsafe ids', () => {
    expect(notificationHref('a', { relType: 'Domain', relId: '1' })).toBeNull();
    expect(notificationHref('a', { relType: 'Ticket', relId: null })).toBeNull();
    expect(notificationHref('a', { relType: 'Ticket', relId: '../settings' })).toBeNull();
    expect(notificationHref('a', { relType: 'Ticket', relId: 'x?y=1' })).toBeNull();
    expect(notificationHref('a', { relType: null, relId: '1' })).toBeNull();
  });
});
