/** Contacts, logs and the affiliate module switch over real HTTP against the simulator. */
import { afterEach, describe, expect, it } from 'vitest';
import { toAppError } from '../../../common/errors';
import { hostbillFixture, type HostbillFixture } from './fixture.test-util';

let fx: HostbillFixture | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

const kindOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (thrown: unknown) => toAppError(thrown).kind,
  );

describe('HostBill affiliates module', () => {
  it('answers unsupported for every view when the portal has no affiliate module', async () => {
    fx = await hostbillFixture({ sandbox: { modules: { affiliates: false } } });
    expect(await kindOf(fx.client.getAffiliateSummary())).toBe('unsupported');
    expect(await kindOf(fx.client.listAffiliateCommissions())).toBe('unsupported');
    expect(await kindOf(fx.client.listAffiliatePayouts())).toBe('unsupported');
  });

  it('reads commissions with numbers for amounts when it is on', async () => {
    fx = await hostbillFixture();
    const { rows } = await fx.client.listAffiliateCommissions();
    expect(rows.length).toBe(18);
    expect(typeof rows[0]!.amount).toBe('number');
  });
});

describe('HostBill contacts and logs', () => {
  it('sends a contact password once and never gets it back', async () => {
    fx = await hostbillFixture();
    const added = await fx.client.addContact({
      email: 'nina.berg@example.com',
      firstName: 'Nina',
      lastName: 'Berg',
      password: 'sign-in-secret-1',
      privileges: { support: ['tickets'] },
    });
    const contact = await fx.client.getContact(added.contactId!);
    expect(contact.privileges).toEqual({ support: ['tickets'] });
    expect(JSON.stringify(contact)).not.toContain('sign-in-secret-1');
    const logs = await fx.client.listLogs();
    expect(logs.length).toBeGreaterThan(50);
    expect(logs[0]!.date).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });
});
