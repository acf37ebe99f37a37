import { afterEach, describe, expect, it } from 'vitest';
import { hostbillFixture, type HostbillFixture } from './fixture.test-util';

let fx: HostbillFixture | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

describe('HostBill support, contacts and notifications', () => {
  it('opens, reads, replies to, closes and reopens a ticket; fetches an attachment', async () => {
    fx = await hostbillFixture();
    const departments = await fx.client.listTicketDepartments();
    expect(departments.length).toBeGreaterThan(0);
    const created = await fx.client.createTicket({
      departmentId: departments[0]!.id,
      subject: 'Disk is full',
      body: 'Please help',
    });
    expect(created.number).toMatch(/^\d+$/);
    expect(fx.count('POST', '/tickets')).toBe(1);
    await fx.client.replyTicket(created.number!, 'More details');
    const ticket = await fx.client.getTicket(created.number!);
    expect(ticket).toMatchObject({ subject: 'Disk is full', body: 'Please help', status: 'Client-Reply' });
    expect(ticket.replies.at(-1)?.body).toBe('More details');
    expect(await fx.client.closeTicket(created.number!)).toBe(true);
    expect(await fx.client.reopenTicket(created.number!)).toBe(true);
    const list = await fx.client.listTickets();
    expect(list.some((t) => t.number === created.number)).toBe(true);
    for (const summary of list) {
      const withFiles = await fx.client.getTicket(summary.number);
      const file = withFiles.attachments[0];
      if (!file) continue;
      const attachment = await fx.client.getTicketAttachment(file.id);
      expect(attachment.bytes.length).toBeGreaterThan(0);
      break;
    }
  });

  it('adds, reads and edits contacts; reads privileges; lists and acknowledges notifications', async () => {
    fx = await hostbillFixture();
    const privileges = await fx.client.getContactPrivileges();
    expect(privileges).toHaveProperty('billing');
    const added = await fx.client.addContact({
      email: 'new.contact@example.com',
      firstName: 'New',
      lastName: 'Contact',
      password: 'contact-pass-1',
    });
    expect(added.contactId).toBeTruthy();
    const contact = await fx.client.getContact(added.contactId!);
    expect(contact).toMatchObject({ email: 'new.contact@example.com', firstName: 'New' });
    expect(JSON.stringify(contact)).not.toContain('contact-pass-1');
    await fx.client.updateContact(added.contactId!, { city: 'Porto' });
    expect((await fx.client.getContact(added.contactId!)).city).toBe('Porto');
    expect((await fx.client.listContacts()).some((c) => c.id === added.contactId)).toBe(true);
    const all = await fx.client.listNotifications();
    const fresh = await fx.client.listNewNotifications();
    expect(all.length).toBeGreaterThanOrEqual(fresh.length);
    if (fresh[0]) {
      await fx.client.ackNotification(fresh[0].id);
      expect((await fx.client.listNewNotifications()).some((n) => n.id === fresh[0]!.id)).toBe(false);
      const filtered = await fx.client.listNotifications({ relType: fresh[0].relType ?? undefined });
      expect(filtered.every((n) => n.relType === fresh[0]!.relType)).toBe(true);
    }
  });
});

describe('HostBill catalog, orders and affiliates', () => {
  it('browses the catalog, quotes and orders once', async () => {
    fx = await hostbillFixture();
    const categories = await fx.client.listCategories();
    const hosting = categories.find((c) => /host/i.test(c.name)) ?? categories[0]!;
    const products = await fx.client.listProducts(hosting.id);
    const product = await fx.client.getProduct(products[0]!.id);
    expect(product.periods.length).toBeGreaterThan(0);
    expect(typeof product.periods[0]!.price).toBe('number');
    const item = { productId: product.id, cycle: product.periods[0]!.cycle, domain: 'shop-test.example' };
    const quote = await fx.client.getQuote([item]);
    expect(quote.total).toBeGreaterThan(0);
    const before = (await fx.client.listServices()).length;
    const order = await fx.client.orderProduct(item);
    expect(order.invoiceId).toBeTruthy();
    expect(typeof order.total).toBe('number');
    expect(order.items.length).toBe(1);
    expect((await fx.client.listServices()).length).toBe(before + 1);
    const many = await fx.client.orderMany([{ ...item, domain: 'shop-test-2.example' }]);
    expect(many.orderNumbers.length).toBe(1);
    expect(fx.count('POST', `/order/${product.id}`)).toBe(1);
  });

  it('reads every affiliate view', async () => {
    fx = await hostbillFixture();
    const summary = await fx.client.getAffiliateSummary();
    expect(Object.keys(summary.fields).length).toBeGreaterThan(0);
    for (const list of [
      fx.client.listAffiliateCampaigns,
      fx.client.listAffiliateCommissions,
      fx.client.listAffiliatePayouts,
      fx.client.listAffiliateVouchers,
      fx.client.listAffiliateCommissionPlans,
    ]) {
      const { rows } = await list();
      expect(Array.isArray(rows)).toBe(true);
    }
    expect(fx.requests.filter((r) => r.path.startsWith('/affiliates/')).length).toBe(6);
  });
});
