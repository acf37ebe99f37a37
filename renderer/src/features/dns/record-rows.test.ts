import { describe, expect, it } from 'vitest';
import { sampleZone } from '../../../../common/dns/test-zone.test-util';
import { filterRows, toRecordRows, typesOf } from './record-rows';

describe('record rows', () => {
  const rows = toRecordRows(sampleZone(30));

  it('shows relative names with the FQDN, readable TTLs, SRV as priority / weight / port / target', () => {
    const srv = rows.find((r) => r.type === 'SRV')!;
    expect(srv).toMatchObject({
      name: '_sip._tcp',
      fqdn: '_sip._tcp.example.com',
      priority: 10,
      content: '10 / 5 / 5060 / sip.example.com',
    });
    expect(rows.find((r) => r.name === 'www')).toMatchObject({ ttlText: '5 min', priority: null });
    expect(rows.find((r) => r.type === 'NS')).toMatchObject({ name: '@', fqdn: 'example.com', ttlText: '1 d' });
  });

  it('searches name and content, case-insensitively, and filters by type', () => {
    expect(filterRows(rows, 'HOST-1', null).map((r) => r.name)).toEqual([
      'host-1',
      ...Array.from({ length: 10 }, (_, i) => `host-${10 + i}`),
    ]);
    expect(filterRows(rows, 'letsencrypt', null).map((r) => r.type)).toEqual(['CAA']);
    expect(filterRows(rows, '', 'MX').map((r) => r.content)).toEqual(['mail.example.com']);
    expect(filterRows(rows, 'www', 'CNAME').map((r) => r.name)).toEqual(['blog']);
    expect(filterRows(rows, '', null)).toHaveLength(rows.length);
    expect(typesOf(rows)).toEqual(['A', 'AAAA', 'CAA', 'CNAME', 'MX', 'NS', 'SRV', 'TXT']);
  });
});
