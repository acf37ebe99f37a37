/**
 * The exporter's files pass BIND's own checker (named-checkzone from Debian's bind9-utils, which
 * .ci/run installs) once an SOA line is added. Lives under main/ because common/ has no Node built-ins.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleZone, zoneOf } from '../../../common/dns/test-zone.test-util';
import { exportZoneFile } from '../../../common/dns/zone-export';

const NAMED_CHECKZONE = '/usr/bin/named-checkzone';
const AT = new Date('2026-01-02T03:04:05Z');
const zone = zoneOf('example.com', [
  ...sampleZone().records,
  { name: 'sel._domainkey', type: 'TXT', ttl: 3600, priority: 0, content: `v=DKIM1; p=${'A'.repeat(600)}` },
  { name: 'quote', type: 'TXT', ttl: 600, priority: 0, content: 'say "hi" \\ ünïcode; not a comment' },
  { name: '*.dev', type: 'A', ttl: 600, priority: 0, content: '192.0.2.99' },
  { name: 'xn--mller-kva', type: 'AAAA', ttl: 600, priority: 0, content: '2001:db8::2' },
  { name: '@', type: 'CAA', ttl: 3600, priority: 0, content: '0 iodef "mailto:ops@example.com"' },
]);

describe.skipIf(!existsSync(NAMED_CHECKZONE))('named-checkzone (bind9-utils)', () => {
  it('accepts every exported zone once an SOA line is added', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dns-export-'));
    try {
      for (const z of [zone, sampleZone(40)]) {
        const text = exportZoneFile(z, AT).replace(
          /^\$TTL.*$/m,
          (line) => `${line}\n@ 3600 IN SOA ns1.dns.example. hostmaster.${z.name}. 1 7200 3600 1209600 3600`,
        );
        const path = join(dir, `${z.name}.zone`);
        writeFileSync(path, text);
        const out = execFileSync(NAMED_CHECKZONE, ['-q', '-k', 'fail', '-m', 'fail', '-n', 'fail', z.name, path], {
          encoding: 'utf8',
        });
        expect(out).toBe('');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

if (!existsSync(NAMED_CHECKZONE)) {
  describe('named-checkzone (bind9-utils)', () => {
    it.skip(`skipped: ${NAMED_CHECKZONE} is not installed (.ci/run installs bind9-utils)`, () => {});
  });
}
