import { describe, expect, it } from 'vitest';
import type { AppFailure } from '../../../common/errors';
import { classifyAnswer, scrub } from './errors';
import { toContact, toInvoice, toInvoiceSummary, toService, toTicket, toVm } from './mappers';
import { date, money, num, parseWith, rawListOrMap, srvFromWire, srvToWire, stripSecrets } from './normalize';
import { toDnsRecord } from './dns';
import { jwtExpiry } from './auth';
import { z } from 'zod';

const headers = new Headers();

describe('HostBill normalisation (literal samples from the seed documentation)', () => {
  it('turns numeric strings and numbers alike into numbers', () => {
    expect(num('3600')).toBe(3600);
    expect(num(3600)).toBe(3600);
    expect(money('19.65')).toBe(19.65);
    expect(money('123456.55')).toBe(123456.55);
    expect(num('')).toBeNull();
    expect(num('abc')).toBeNull();
    expect(num(null)).toBeNull();
  });

  it('reads dates, and 0000-00-00 as never', () => {
    expect(date('2016-12-30')).toBe('2016-12-30');
    expect(date('2016-12-30 12:40:47')).toBe('2016-12-30T12:40:47Z');
    expect(date('0000-00-00 00:00:00')).toBeNull();
    expect(date('0000-00-00')).toBeNull();
    expect(date('')).toBeNull();
    expect(date('Campaign 2')).toBeNull();
  });

  it('maps the invoice list and detail samples', () => {
    const row = {
      id: '308976',
      date: '2016-12-30',
      dateorig: '2016-12-30',
      duedate: '2017-01-06',
      paybefore: '2017-01-06',
      total: '19.65',
      datepaid: '2016-12-30 12:40:47',
      status: 'Paid',
      merge_id: null,
      number: '2016/12/1',
      currency: 'USD',
    };
    expect(toInvoiceSummary(row)).toEqual({
      id: '308976',
      number: '2016/12/1',
      status: 'Paid',
      date: '2016-12-30',
      dueDate: '2017-01-06',
      paidAt: '2016-12-30T12:40:47Z',
      total: 19.65,
      currency: 'USD',
    });
    const detail = toInvoice({
      ...row,
      subtotal: 16.24,
      credit: 0,
      tax: 3.41,
      taxrate: 21,
      total: 19.65,
      notes: '',
      items: [
        {
          id: '12305',
          invoice_id: '308976',
          type: 'Other',
          item_id: '0',
          description: 'Example Service',
          amount: '15.00',
          taxed: '1',
          qty: '1.00',
          linetotal: '15.00',
        },
      ],
    });
    expect(detail.total).toBe(19.65);
    expect(detail.notes).toBeNull();
    expect(detail.lines).toEqual([
      {
        id: '12305',
        type: 'Other',
        description: 'Example Service',
        amount: 15,
        quantity: 1,
        lineTotal: 15,
        taxed: true,
        serviceId: null,
      },
    ]);
  });

  it('maps the service samples, with a kind hint and no password', () => {
    const raw = {
      id: '301',
      date_created: '2016-12-30',
      domain: '',
      firstpayment: '9.99',
      total: '9.99',
      billingcycle: 'Monthly',
      next_due: '2017-12-30',
      next_invoice: '2017-01-27',
      status: 'Active',
      label: '',
      username: 'examplen',
      password: 'pdtzc',
      name: 'Starter Hosting',
    };
    const service = toService(stripSecrets(raw) as Record<string, unknown>);
    expect(service).toMatchObject({
      id: '301',
      name: 'Starter Hosting',
      domain: null,
      amount: 9.99,
      nextDue: '2017-12-30',
      createdAt: '2016-12-30',
      kind: 'hosting',
      label: null,
      cancelRequested: null,
    });
    expect(JSON.stringify(service)).not.toContain('pdtzc');
    const cancelling = toService({
      ...raw,
      cancel_request: { type: 'Immediate', reason: 'moving', date: '2017-01-02' },
    });
    expect(cancelling.cancelRequested).toBe(true);
    expect(JSON.stringify(stripSecrets({ a: [{ service: { password: 'x1', root_password: 'x2' } }] }))).not.toMatch(
      /x1|x2/,
    );
  });

  it('maps contacts (never-logged-in is null) and tickets with replies', () => {
    const contact = toContact({
      email: '',
      id: '49',
      firstname: 'Mary',
      lastname: 'Sue',
      companyname: '',
      company: '0',
      lastlogin: '0000-00-00 00:00:00',
    });
    expect(contact).toMatchObject({ id: '49', firstName: 'Mary', email: null, lastLogin: null });
    const ticket = toTicket(
      {
        date: '2016-12-30 12:48:13',
        ticket_number: '736633',
        name: 'Joe Doe',
        subject: 'Lore Ipsum',
        body: 'Donec',
        status: 'Answered',
        client_read: '1',
        deptname: 'Billing',
      },
      [
        {
          id: '929',
          name: 'Suppport Staff',
          date: '2016-12-30 12:51:04',
          body: 'Vestibulum',
          status: 'Sent',
          type: 'Admin',
        },
      ],
    );
    expect(ticket).toMatchObject({
      number: '736633',
      read: true,
      department: 'Billing',
      createdAt: '2016-12-30T12:48:13Z',
    });
    expect(ticket.replies[0]).toEqual({
      id: '929',
      author: 'Suppport Staff',
      date: '2016-12-30T12:51:04Z',
      body: 'Vestibulum',
      type: 'Admin',
      attachments: [],
    });
  });

  it('reads ttl as a number from both the zone (number) and the edit answer ("3600")', () => {
    expect(toDnsRecord({ id: '55', type: 'A', ttl: '3600', name: 'test', priority: 0, content: '192.0.2.1' })).toEqual({
      id: '55',
      name: 'test',
      type: 'A',
      ttl: 3600,
      priority: 0,
      content: '192.0.2.1',
    });
    expect(toDnsRecord({ id: 7, type: 'a', ttl: 3600, name: '@', priority: '10', content: '192.0.2.2' }).ttl).toBe(
      3600,
    );
  });

  it('turns SRV content arrays into objects and back', () => {
    expect(srvFromWire(['5', '5060', 'sip.example.com'])).toEqual({ weight: 5, port: 5060, target: 'sip.example.com' });
    expect(srvFromWire([10, 5, 5060, 'sip.example.com'])).toEqual({ weight: 5, port: 5060, target: 'sip.example.com' });
    expect(srvFromWire('5 5060 sip.example.com')).toEqual({ weight: 5, port: 5060, target: 'sip.example.com' });
    expect(srvFromWire(['x'])).toBeNull();
    expect(srvToWire({ weight: 5, port: 5060, target: 'sip.example.com' })).toEqual([5, 5060, 'sip.example.com']);
    const record = toDnsRecord({
      name: '_sip._tcp',
      type: 'SRV',
      ttl: '3600',
      priority: '10',
      content: ['5', '5060', 'sip.example.com'],
    });
    expect(record).toMatchObject({ priority: 10, content: { weight: 5, port: 5060, target: 'sip.example.com' } });
  });

  it('accepts VM rows with missing fields and string/number mixes', () => {
    const vm = toVm(
      {
        id: 'abc',
        status: 'running',
        memory: '2048',
        disk: 40,
        ipv4: ['203.0.113.10'],
        ipv6: ['2001:db8::1'],
        created: '2025-01-02 03:04:05',
      },
      '12',
    );
    expect(vm).toMatchObject({
      id: 'abc',
      serviceId: '12',
      state: 'running',
      memoryMb: 2048,
      diskGb: 40,
      ipv4: ['203.0.113.10'],
      ipv6: ['2001:db8::1'],
      createdAt: '2025-01-02T03:04:05Z',
      label: null,
      cpu: null,
    });
    expect(toVm({ id: 1 }, null)).toMatchObject({ id: '1', state: null, ipv4: [], memoryMb: null });
  });

  it('rejects an answer of the wrong shape as a server error', () => {
    try {
      parseWith(z.object({ invoices: rawListOrMap }), { foo: 1 });
      expect.unreachable();
    } catch (thrown) {
      expect((thrown as AppFailure).error).toEqual({
        kind: 'server',
        message: 'The portal sent an answer the app cannot read.',
      });
    }
    expect(
      parseWith(z.object({ invoices: rawListOrMap }), { invoices: { a: { id: '1' } }, extra: true }).invoices,
    ).toEqual([{ id: '1' }]);
  });

  it('reads exp from a JWT payload without checking the signature', () => {
    const payload = Buffer.from(JSON.stringify({ exp: 1_700_000_000 })).toString('base64url');
    expect(jwtExpiry(`eyJhbGciOiJSUzI1NiJ9.${payload}.sig`)).toBe(1_700_000_000_000);
    expect(jwtExpiry('not-a-jwt')).toBe(Infinity);
  });
});

describe('HostBill error mapping', () => {
  const classify = (status: number, body: unknown, optional = false) =>
    classifyAnswer({ status, headers, body }, { optional });

  it('treats any error key as a failure, even with HTTP 200', () => {
    expect(classify(200, { error: ['wronglogin'] })).toMatchObject({
      kind: 'auth',
      message: 'The portal rejected the username or password.',
    });
    expect(classify(401, { error: ['invalid_token'] })).toMatchObject({ kind: 'auth', details: { reason: 'token' } });
    expect(classify(200, { error: ['invalid method'] })).toMatchObject({ kind: 'unsupported' });
    expect(classify(200, { error: ['VM is busy: another task is in progress'] })).toMatchObject({
      kind: 'conflict',
      message: 'The portal answered: VM is busy: another task is in progress.',
    });
    expect(classify(200, { error: ['Service not found'] })).toMatchObject({ kind: 'not-found' });
    expect(classify(200, { error: ['Invalid template'] })).toMatchObject({ kind: 'validation' });
    expect(classify(200, { error: ['mfa_required'] })).toMatchObject({ kind: 'mfa-required' });
    expect(classify(200, { info: ['ok'] })).toBeNull();
  });

  it('maps statuses when there is no error body', () => {
    expect(classify(404, undefined, true)).toMatchObject({ kind: 'unsupported' });
    expect(classify(404, undefined, false)).toMatchObject({ kind: 'not-found' });
    expect(classify(503, undefined)).toMatchObject({ kind: 'server' });
    expect(
      classifyAnswer({ status: 429, headers: new Headers({ 'retry-after': '3' }), body: undefined }),
    ).toMatchObject({ kind: 'rate-limit', retryAfterMs: 3000 });
    expect(classify(200, undefined)).toMatchObject({
      kind: 'server',
      message: 'The portal sent an answer the app cannot read.',
    });
  });

  it('never lets a token or the password into a message', () => {
    const text = scrub('bad token eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln for hunter2!', ['hunter2!']);
    expect(text).not.toContain('eyJ');
    expect(text).not.toContain('hunter2');
  });
});
