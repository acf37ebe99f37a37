import { describe, expect, it } from 'vitest';
import { canonicalIpv6, isIpv4 } from './ip';
import { hostTarget, relativeName, zoneName } from './names';
import type { DnsRecordValue } from './types';
import { validateRecord } from './validate-record';

const ZONE = 'example.com';
const check = (record: Partial<DnsRecordValue>) =>
  validateRecord({ name: 'www', type: 'A', ttl: 3600, content: '192.0.2.1', ...record } as DnsRecordValue, ZONE);
const errorsOf = (record: Partial<DnsRecordValue>) => {
  const result = check(record);
  return result.ok ? {} : result.errors;
};
const valueOf = (record: Partial<DnsRecordValue>) => {
  const result = check(record);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.record;
};

describe('names', () => {
  it('keeps names relative, @ for the apex, absolute names inside the zone made relative', () => {
    expect(relativeName('', ZONE)).toEqual({ ok: true, value: '@' });
    expect(relativeName('Example.COM.', ZONE)).toEqual({ ok: true, value: '@' });
    expect(relativeName('WWW', ZONE)).toEqual({ ok: true, value: 'www' });
    expect(relativeName('api.example.com', ZONE)).toEqual({ ok: true, value: 'api' });
    expect(relativeName('a.b.example.com.', ZONE)).toEqual({ ok: true, value: 'a.b' });
    expect(relativeName('other.org.', ZONE)).toEqual({ ok: false, error: 'The name must be inside example.com' });
  });

  it('limits labels to 63 octets and the whole name to 253', () => {
    expect(relativeName('a'.repeat(63), ZONE).ok).toBe(true);
    expect(relativeName('a'.repeat(64), ZONE)).toMatchObject({ ok: false, error: expect.stringContaining('63') });
    const long = Array.from({ length: 4 }, () => 'b'.repeat(60)).join('.');
    expect(relativeName(long, ZONE)).toMatchObject({ ok: false, error: expect.stringContaining('253') });
  });

  it('refuses invalid characters, empty labels, edge hyphens; allows service labels and a leading *', () => {
    expect(relativeName('a b', ZONE)).toEqual({ ok: false, error: 'A name cannot contain spaces' });
    expect(relativeName('a/b', ZONE)).toEqual({ ok: false, error: 'A name cannot contain "/"' });
    expect(relativeName('a..b', ZONE)).toMatchObject({ ok: false, error: expect.stringContaining('empty label') });
    expect(relativeName('-a', ZONE)).toMatchObject({ ok: false, error: expect.stringContaining('hyphen') });
    expect(relativeName('a_b', ZONE)).toMatchObject({ ok: false, error: expect.stringContaining('service label') });
    expect(relativeName('_dmarc', ZONE)).toEqual({ ok: true, value: '_dmarc' });
    expect(relativeName('*.dev', ZONE)).toEqual({ ok: true, value: '*.dev' });
    expect(relativeName('dev.*', ZONE)).toMatchObject({ ok: false, error: expect.stringContaining('first label') });
  });

  it('stores internationalised names as punycode', () => {
    expect(relativeName('Müller', ZONE)).toEqual({ ok: true, value: 'xn--mller-kva' });
    expect(zoneName('bücher.de')).toEqual({ ok: true, value: 'xn--bcher-kva.de' });
    expect(hostTarget('mail.bücher.de.')).toEqual({ ok: true, value: 'mail.xn--bcher-kva.de' });
  });

  it('host targets are host names, never IP addresses, and never hold underscores', () => {
    expect(hostTarget('192.0.2.1')).toEqual({ ok: false, error: 'Enter a host name, not an IP address' });
    expect(hostTarget('2001:db8::1')).toEqual({ ok: false, error: 'Enter a host name, not an IP address' });
    expect(hostTarget('_x.example.com')).toEqual({ ok: false, error: 'A host name cannot contain "_"' });
    expect(hostTarget('_x.example.com', { underscore: true }).ok).toBe(true);
    expect(zoneName('localhost')).toEqual({ ok: false, error: 'Enter a domain such as example.com' });
  });
});

describe('addresses', () => {
  it('A: dotted-quad IPv4 only', () => {
    for (const good of ['192.0.2.1', '0.0.0.0', '255.255.255.255']) expect(isIpv4(good)).toBe(true);
    for (const bad of ['256.1.1.1', '1.2.3', '01.2.3.4', '1.2.3.4.5', '0x7f.0.0.1', '1.2.3.4 '])
      expect(isIpv4(bad)).toBe(false);
    expect(errorsOf({ content: '999.1.1.1' })).toEqual({
      content: 'Enter an IPv4 address in dotted-quad form, e.g. 192.0.2.10',
    });
  });

  it('AAAA: stored in canonical form (RFC 5952)', () => {
    expect(canonicalIpv6('2001:0DB8:0000:0000:0000:0000:0000:0001')).toBe('2001:db8::1');
    expect(canonicalIpv6('2001:db8:0:0:1:0:0:1')).toBe('2001:db8::1:0:0:1');
    expect(canonicalIpv6('2001:db8:0:1:1:1:1:1')).toBe('2001:db8:0:1:1:1:1:1');
    expect(canonicalIpv6('::')).toBe('::');
    expect(canonicalIpv6('::ffff:192.0.2.1')).toBe('::ffff:c000:201');
    for (const bad of ['2001:db8::1::1', '2001:db8:1:2:3:4:5:6:7', 'g::1', '1.2.3.4', ''])
      expect(canonicalIpv6(bad)).toBeNull();
    expect(valueOf({ type: 'AAAA', content: '2001:DB8:0::0:1' }).content).toBe('2001:db8::1');
    expect(errorsOf({ type: 'AAAA', content: '192.0.2.1' })).toEqual({
      content: 'Enter an IPv6 address, e.g. 2001:db8::1',
    });
  });
});

describe('validateRecord by type', () => {
  it('CNAME, NS and MX targets are host names; a CNAME is never at the apex', () => {
    expect(valueOf({ type: 'CNAME', content: 'Target.Example.NET.' }).content).toBe('target.example.net');
    expect(errorsOf({ type: 'CNAME', name: '@', content: 'x.example.net' })).toEqual({
      content: 'A CNAME cannot be at the zone apex (@)',
    });
    expect(errorsOf({ type: 'NS', name: '@', content: '192.0.2.53' })).toEqual({
      content: 'Enter a host name, not an IP address',
    });
    expect(errorsOf({ type: 'MX', name: '@', priority: 10, content: '' })).toEqual({
      content: 'Enter a host name, e.g. mail.example.com',
    });
  });

  it('MX preference and SRV numbers are 0–65535', () => {
    expect(valueOf({ type: 'MX', priority: 0, content: 'mx.example.com' }).priority).toBe(0);
    expect(errorsOf({ type: 'MX', priority: 65536, content: 'mx.example.com' })).toEqual({
      priority: 'The priority must be between 0 and 65535',
    });
    expect(errorsOf({ type: 'MX', content: 'mx.example.com' })).toEqual({ priority: 'The priority is a whole number' });
    const srv = { type: 'SRV', name: '_sip._tcp', priority: 10 };
    expect(valueOf({ ...srv, content: { weight: 0, port: 5060, target: 'SIP.example.com.' } }).content).toEqual({
      weight: 0,
      port: 5060,
      target: 'sip.example.com',
    });
    expect(errorsOf({ ...srv, content: { weight: -1, port: 70000, target: '10.0.0.1' } })).toEqual({
      'content.weight': 'The weight must be between 0 and 65535',
      'content.port': 'The port must be between 0 and 65535',
      'content.target': 'Enter a host name, not an IP address',
    });
    expect(errorsOf({ ...srv, content: 'a b c' })).toEqual({
      content: 'An SRV record needs a weight, a port and a target',
    });
  });

  it('SRV names look like _service._proto', () => {
    const content = { weight: 1, port: 1, target: '.' };
    expect(valueOf({ type: 'SRV', name: '_xmpp._tcp.chat', priority: 1, content }).name).toBe('_xmpp._tcp.chat');
    expect(errorsOf({ type: 'SRV', name: 'sip.tcp', priority: 1, content })).toEqual({
      name: 'An SRV name starts with _service._protocol, e.g. _sip._tcp',
    });
    expect(errorsOf({ type: 'SRV', name: '_sip._foo', priority: 1, content }).name).toBeDefined();
  });

  it('TXT: any length up to what one record holds, kept as written', () => {
    expect(valueOf({ type: 'TXT', content: '  v=spf1 -all ' }).content).toBe('  v=spf1 -all ');
    expect(valueOf({ type: 'TXT', content: 'x'.repeat(3000) }).content).toHaveLength(3000);
    expect(errorsOf({ type: 'TXT', content: '' })).toEqual({ content: 'Enter the text' });
    expect(errorsOf({ type: 'TXT', content: 'x'.repeat(255 * 255 + 1) })).toEqual({ content: 'At most 65025 bytes' });
  });

  it('CAA: flags 0–255, tag issue/issuewild/iodef, quoted value', () => {
    expect(valueOf({ type: 'CAA', content: '0   ISSUE "letsencrypt.org"' }).content).toBe('0 issue "letsencrypt.org"');
    expect(valueOf({ type: 'CAA', content: '128 iodef "mailto:ops@example.com"' }).content).toContain('iodef');
    expect(errorsOf({ type: 'CAA', content: '256 issue "ca.example"' })).toEqual({
      content: 'CAA flags must be between 0 and 255',
    });
    expect(errorsOf({ type: 'CAA', content: '0 policy "x"' })).toEqual({
      content: 'The CAA tag must be issue, issuewild or iodef',
    });
    expect(errorsOf({ type: 'CAA', content: '0 issue letsencrypt.org' })).toEqual({
      content: 'Write it as: 0 issue "letsencrypt.org"',
    });
  });

  it('TTL: whole seconds from 60 s to one week', () => {
    expect(errorsOf({ ttl: 59 })).toEqual({ ttl: 'The TTL must be at least 60 seconds (1 min)' });
    expect(errorsOf({ ttl: 604_801 })).toEqual({ ttl: 'The TTL must be at most 604800 seconds (1 week)' });
    expect(errorsOf({ ttl: 60.5 })).toEqual({ ttl: 'The TTL is a whole number of seconds' });
    expect(valueOf({ ttl: 604_800 }).ttl).toBe(604_800);
  });

  it('other types pass with their content, for the portal to judge; a type is required', () => {
    expect(valueOf({ type: 'tlsa', name: '_443._tcp', content: '3 1 1 abcd' })).toMatchObject({
      type: 'TLSA',
      content: '3 1 1 abcd',
    });
    expect(errorsOf({ type: '', content: 'x' })).toEqual({ type: 'Choose a record type' });
    expect(errorsOf({ type: 'PTR', content: '' })).toEqual({ content: 'Enter the content' });
  });

  it('reports every failing field at once and sets priority 0 where it means nothing', () => {
    expect(errorsOf({ name: 'a b', ttl: 1, content: 'nope' })).toEqual({
      name: 'A name cannot contain spaces',
      ttl: 'The TTL must be at least 60 seconds (1 min)',
      content: 'Enter an IPv4 address in dotted-quad form, e.g. 192.0.2.10',
    });
    expect(valueOf({ priority: 7 }).priority).toBe(0);
  });
});
