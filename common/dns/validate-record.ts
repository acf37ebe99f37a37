/**
 * Per-type record validation, shared by the form, the importer and the `dns.plan` channel. Each
 * failure is one specific message on its field (`name`, `ttl`, `priority`, `content`,
 * `content.weight`, `content.port`, `content.target`). A valid record comes back normalised:
 * relative punycode name, upper-case type, canonical AAAA, lower-case targets, priority 0 where it
 * means nothing.
 */
import { canonicalIpv6, isIpv4 } from './ip';
import { hostTarget, relativeName } from './names';
import { txtProblem } from './txt';
import { MAX_TTL, MIN_TTL, VALIDATED_TYPES, type DnsRecordValue, type FieldErrors, type SrvFields } from './types';

export type RecordCheck =
  { readonly ok: true; readonly record: DnsRecordValue } | { readonly ok: false; readonly errors: FieldErrors };

const OTHER_TYPE = /^[A-Z][A-Z0-9-]{0,15}$/;
const SRV_NAME = /^_[a-z0-9][a-z0-9-]*\._(tcp|udp|tls|sctp)(\.|$)/;
const CAA = /^(\d{1,3})\s+([A-Za-z0-9]+)\s+"((?:[^"\\]|\\.)*)"$/;
const CAA_TAGS = ['issue', 'issuewild', 'iodef'];
export const MAX_OTHER_CONTENT = 4096;

export function isValidatedType(type: string): boolean {
  return (VALIDATED_TYPES as readonly string[]).includes(type);
}

export function ttlProblem(ttl: unknown): string | null {
  if (typeof ttl !== 'number' || !Number.isInteger(ttl)) return 'The TTL is a whole number of seconds';
  if (ttl < MIN_TTL) return 'The TTL must be at least 60 seconds (1 min)';
  if (ttl > MAX_TTL) return 'The TTL must be at most 604800 seconds (1 week)';
  return null;
}

function u16(value: unknown, what: string): string | null {
  if (typeof value !== 'number' || !Number.isInteger(value)) return `The ${what} is a whole number`;
  return value < 0 || value > 65535 ? `The ${what} must be between 0 and 65535` : null;
}

function checkSrv(content: unknown, errors: FieldErrors): SrvFields | null {
  if (typeof content !== 'object' || content === null) {
    errors['content'] = 'An SRV record needs a weight, a port and a target';
    return null;
  }
  const { weight, port, target } = content as Partial<Record<keyof SrvFields, unknown>>;
  const weightProblem = u16(weight, 'weight');
  const portProblem = u16(port, 'port');
  if (weightProblem) errors['content.weight'] = weightProblem;
  if (portProblem) errors['content.port'] = portProblem;
  const host = typeof target === 'string' ? hostTarget(target, { root: true }) : null;
  if (!host || !host.ok) errors['content.target'] = host?.error ?? 'Enter the target host, e.g. sip.example.com';
  if (weightProblem || portProblem || !host?.ok) return null;
  return { weight: weight as number, port: port as number, target: host.value };
}

function checkCaa(content: string): string | { error: string } {
  const match = CAA.exec(content.trim());
  if (!match) return { error: 'Write it as: 0 issue "letsencrypt.org"' };
  const [, flags, tag, value] = match as unknown as [string, string, string, string];
  if (Number(flags) > 255) return { error: 'CAA flags must be between 0 and 255' };
  if (!CAA_TAGS.includes(tag.toLowerCase())) return { error: 'The CAA tag must be issue, issuewild or iodef' };
  return `${Number(flags)} ${tag.toLowerCase()} "${value}"`;
}

/** Content of a string-valued type → normalised content or an error message. */
function checkContent(type: string, raw: string, name: string): string | { error: string } {
  const content = type === 'TXT' ? raw : raw.trim();
  switch (type) {
    case 'A':
      return isIpv4(content) ? content : { error: 'Enter an IPv4 address in dotted-quad form, e.g. 192.0.2.10' };
    case 'AAAA':
      return canonicalIpv6(content) ?? { error: 'Enter an IPv6 address, e.g. 2001:db8::1' };
    case 'CNAME': {
      if (name === '@') return { error: 'A CNAME cannot be at the zone apex (@)' };
      const host = hostTarget(content, { underscore: true });
      return host.ok ? host.value : { error: host.error };
    }
    case 'MX':
    case 'NS': {
      const host = hostTarget(content);
      return host.ok ? host.value : { error: host.error };
    }
    case 'TXT': {
      const problem = txtProblem(content);
      return problem ? { error: problem } : content;
    }
    case 'CAA':
      return checkCaa(content);
    default:
      if (content === '') return { error: 'Enter the content' };
      return content.length > MAX_OTHER_CONTENT ? { error: 'At most 4096 characters' } : content;
  }
}

export function validateRecord(input: DnsRecordValue, zone: string): RecordCheck {
  const errors: FieldErrors = {};
  const type = typeof input.type === 'string' ? input.type.trim().toUpperCase() : '';
  if (!OTHER_TYPE.test(type)) errors['type'] = 'Choose a record type';
  const name = typeof input.name === 'string' ? relativeName(input.name, zone) : null;
  if (!name || !name.ok) errors['name'] = name?.error ?? 'Enter a name or @';
  else if (type === 'SRV' && !SRV_NAME.test(name.value)) {
    errors['name'] = 'An SRV name starts with _service._protocol, e.g. _sip._tcp';
  }
  const ttl = ttlProblem(input.ttl);
  if (ttl) errors['ttl'] = ttl;
  let priority = 0;
  if (type === 'MX' || type === 'SRV') {
    const problem = u16(input.priority, 'priority');
    if (problem) errors['priority'] = problem;
    else priority = input.priority as number;
  } else if (!isValidatedType(type) && typeof input.priority === 'number') {
    priority = input.priority;
  }
  let content: string | SrvFields | null = null;
  if (type === 'SRV') content = checkSrv(input.content, errors);
  else if (typeof input.content !== 'string') errors['content'] = 'Enter the content';
  else if (errors['type'] === undefined) {
    const checked = checkContent(type, input.content, name?.ok ? name.value : '');
    if (typeof checked === 'string') content = checked;
    else errors['content'] = checked.error;
  }
  if (Object.keys(errors).length > 0 || content === null || !name?.ok) return { ok: false, errors };
  return { ok: true, record: { name: name.value, type, ttl: input.ttl, priority, content } };
}
