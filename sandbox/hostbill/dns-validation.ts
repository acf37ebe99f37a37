/**
 * Per-type validation of DNS records, with the portal's error texts (HTTP 200 + `error`). Names are stored
 * relative to the zone ("@" for the apex); a fully qualified name inside the zone is made relative.
 */
import { isIPv4, isIPv6 } from 'node:net';
import { text, type Body } from './body';
import type { DnsRecordEntry } from './state';

export const RECORD_TYPES = ['A', 'AAAA', 'CNAME', 'MX', 'TXT', 'SRV', 'NS', 'CAA'] as const;

const HOSTNAME =
  /^(?=.{1,253}\.?$)([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)(\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)*\.?$/i;
const LABEL_NAME = /^(\*\.)?([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)(\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)*\.?$/i;

const SRV_NAME = /^_[a-z0-9-]+\._(tcp|udp|tls|sctp)(\.|$)/;

export type RecordInput = Omit<DnsRecordEntry, 'id'>;

/** Reads a record from a body, defaulting missing fields from `base` (for PUT). */
export function readRecord(body: Body, zone: string, base?: RecordInput): RecordInput | string {
  const type = (text(body, 'type') || base?.type || '').toUpperCase();
  if (!(RECORD_TYPES as readonly string[]).includes(type)) return `Unsupported record type: ${type || '(none)'}`;
  const name = relativeName('name' in body ? text(body, 'name') : (base?.name ?? '@'), zone);
  if (name === undefined) return 'Invalid record name';
  const ttlText = text(body, 'ttl');
  const ttl = ttlText === '' ? (base?.ttl ?? 3600) : Number(ttlText);
  if (!Number.isInteger(ttl) || ttl < 60 || ttl > 604800) return 'Invalid TTL: use 60 to 604800 seconds';
  const priorityText = text(body, 'priority');
  const priority =
    priorityText === '' ? (base?.priority ?? (type === 'MX' || type === 'SRV' ? 10 : 0)) : Number(priorityText);
  if (!Number.isInteger(priority) || priority < 0 || priority > 65535) return 'Invalid priority';
  if (type === 'SRV' && !SRV_NAME.test(name)) return 'Invalid SRV record name: use _service._protocol';
  const raw = 'content' in body ? body['content'] : base?.content;
  const content = readContent(type, raw, name);
  if (typeof content === 'string' && content.startsWith('!')) return content.slice(1);
  return { name, ttl, priority, type, content };
}

function relativeName(value: string, zone: string): string | undefined {
  const name = value.trim().toLowerCase().replace(/\.$/, '');
  if (name === '' || name === '@' || name === zone) return '@';
  const relative = name.endsWith(`.${zone}`) ? name.slice(0, -zone.length - 1) : name;
  return LABEL_NAME.test(relative) ? relative : undefined;
}

/** The content to store, or an error message prefixed with "!". */
function readContent(type: string, raw: unknown, name: string): string | string[] {
  if (type === 'SRV') {
    if (!Array.isArray(raw) || raw.length !== 3) return '!SRV content must be an array: [weight, port, target]';
    const [weight, port, target] = raw.map((part) => String(part).trim()) as [string, string, string];
    if (!/^\d+$/.test(weight) || Number(weight) > 65535) return '!Invalid SRV weight';
    if (!/^\d+$/.test(port) || Number(port) > 65535) return '!Invalid SRV port';
    // "." is RFC 2782's "no such service here".
    if (target !== '.' && !HOSTNAME.test(target)) return '!Invalid SRV target';
    return [weight, port, target === '.' ? '.' : target.replace(/\.$/, '')];
  }
  if (typeof raw !== 'string' && typeof raw !== 'number') return '!Record content is required';
  const content = String(raw).trim();
  switch (type) {
    case 'A':
      return isIPv4(content) ? content : '!Invalid IPv4 address';
    case 'AAAA':
      return isIPv6(content) ? content : '!Invalid IPv6 address';
    case 'CNAME':
      if (name === '@') return '!CNAME record is not allowed at the zone apex';
      return HOSTNAME.test(content) ? content.replace(/\.$/, '') : '!Invalid hostname';
    case 'MX':
    case 'NS':
      return HOSTNAME.test(content) ? content.replace(/\.$/, '') : '!Invalid hostname';
    case 'CAA':
      return /^\d{1,3}\s+(issue|issuewild|iodef)\s+"[^"]*"$/.test(content) && Number(content.split(/\s/)[0]) <= 255
        ? content
        : '!Invalid CAA record: use flags tag "value"';
    default:
      if (content === '') return '!TXT content is required';
      return content.length <= 4096 ? content : '!TXT content is too long';
  }
}

const sameContent = (a: RecordInput['content'], b: RecordInput['content']): boolean =>
  JSON.stringify(a).toLowerCase() === JSON.stringify(b).toLowerCase();

/**
 * What the portal's DNS backend refuses across records: a CNAME shares its name with nothing, and
 * an exact copy of a record is not stored twice. `except` is the record being edited.
 */
export function zoneConflict(records: readonly DnsRecordEntry[], input: RecordInput, except?: string): string | null {
  const others = records.filter((r) => r.id !== except && r.name === input.name);
  if (input.type === 'CNAME' && others.length > 0) return 'CNAME record conflicts with existing records of this name';
  if (others.some((r) => r.type === 'CNAME')) return 'Record conflicts with an existing CNAME record';
  const twin = others.some(
    (r) => r.type === input.type && r.priority === input.priority && sameContent(r.content, input.content),
  );
  return twin ? 'Record already exists' : null;
}
