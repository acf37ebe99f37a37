/**
 * DNS names: internationalised names are entered in Unicode and kept as punycode (the WHATWG URL
 * parser does the UTS #46 mapping in Node and in Chromium alike, so no library is needed).
 * Owner names are kept relative to the zone ("@" for the apex); host targets fully qualified,
 * lower case, without the trailing dot.
 */
const LDH_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
/** A service label (`_sip`, `_dmarc`, `_acme-challenge`): the underscore leads, then letters, digits, hyphens. */
const SERVICE_LABEL = /^_[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const ALLOWED_ASCII = /^[a-z0-9._*-]*$/;
const MAX_NAME = 253;
const MAX_LABEL = 63;

export type NameResult = { readonly ok: true; readonly value: string } | { readonly ok: false; readonly error: string };

const ok = (value: string): NameResult => ({ ok: true, value });
const bad = (error: string): NameResult => ({ ok: false, error });

/** Lower case, Unicode → punycode. Refuses characters a DNS name cannot hold, naming the first one. */
export function toAsciiName(input: string): NameResult {
  const lowered = input.trim().toLowerCase();
  if (ALLOWED_ASCII.test(lowered)) return ok(lowered);
  const stray = [...lowered].find((ch) => ch.charCodeAt(0) < 128 && !ALLOWED_ASCII.test(ch));
  if (stray !== undefined) {
    return bad(stray === ' ' ? 'A name cannot contain spaces' : `A name cannot contain "${stray}"`);
  }
  const trailingDot = lowered.endsWith('.');
  const bare = trailingDot ? lowered.slice(0, -1) : lowered;
  try {
    // The ".invalid" tail keeps a numeric last label from being read as an IPv4 address.
    const host = new URL(`http://${bare}.invalid/`).hostname;
    return ok(host.slice(0, -'.invalid'.length) + (trailingDot ? '.' : ''));
  } catch {
    return bad('This internationalised name cannot be converted to punycode');
  }
}

interface LabelRules {
  /** Service labels (`_tcp`) allowed. */
  readonly underscore: boolean;
  /** `*` allowed as the whole first label. */
  readonly wildcard: boolean;
}

/** The first problem with the labels of an ASCII name (no trailing dot), or null. */
export function labelProblem(ascii: string, rules: LabelRules): string | null {
  const labels = ascii.split('.');
  for (const [i, label] of labels.entries()) {
    if (label.length === 0) return 'A name cannot have an empty label (two dots in a row, or a leading dot)';
    if (label.length > MAX_LABEL) return `The label "${label.slice(0, 20)}…" is longer than 63 characters`;
    if (label === '*') {
      if (rules.wildcard && i === 0) continue;
      return 'A * can only stand alone as the first label (*.example.com)';
    }
    if (label.startsWith('_')) {
      if (!rules.underscore) return 'A host name cannot contain "_"';
      if (!SERVICE_LABEL.test(label)) return `"${label}" is not a valid service label`;
      continue;
    }
    if (label.includes('_')) return '"_" can only start a service label such as _sip or _dmarc';
    if (label.includes('*')) return 'A * can only stand alone as the first label (*.example.com)';
    if (!LDH_LABEL.test(label)) return `"${label}" cannot start or end with a hyphen`;
  }
  return null;
}

/**
 * An owner name as the user typed it → the name relative to the zone. A trailing dot means fully
 * qualified; a name ending in the zone's own name is taken as fully qualified too (as the portal does).
 */
export function relativeName(input: string, zone: string): NameResult {
  const raw = input.trim();
  if (raw === '' || raw === '@') return ok('@');
  const ascii = toAsciiName(raw);
  if (!ascii.ok) return ascii;
  let name = ascii.value;
  const absolute = name.endsWith('.');
  if (absolute) name = name.slice(0, -1);
  if (name === zone) return ok('@');
  if (name.endsWith(`.${zone}`)) name = name.slice(0, -zone.length - 1);
  else if (absolute) return bad(`The name must be inside ${zone}`);
  const problem = labelProblem(name, { underscore: true, wildcard: true });
  if (problem) return bad(problem);
  if (name.length + zone.length + 1 > MAX_NAME) return bad('The full name is longer than 253 characters');
  return ok(name);
}

/** The fully qualified owner name (no trailing dot). */
export function fqdn(relative: string, zone: string): string {
  return relative === '@' ? zone : `${relative}.${zone}`;
}

/** A host target (CNAME, NS, MX, SRV): fully qualified, never an IP address. */
export function hostTarget(input: string, options: { underscore?: boolean; root?: boolean } = {}): NameResult {
  const raw = input.trim();
  if (raw === '') return bad('Enter a host name, e.g. mail.example.com');
  if (raw === '.') return options.root ? ok('.') : bad('Enter a host name, e.g. mail.example.com');
  if (/^[\d.]+$/.test(raw) || raw.includes(':')) return bad('Enter a host name, not an IP address');
  const ascii = toAsciiName(raw);
  if (!ascii.ok) return ascii;
  const name = ascii.value.replace(/\.$/, '');
  const problem = labelProblem(name, { underscore: options.underscore ?? false, wildcard: false });
  if (problem) return bad(problem);
  if (name.length > MAX_NAME) return bad('The host name is longer than 253 characters');
  return ok(name);
}

/** A zone (domain) name: at least two labels, plain host-name labels. */
export function zoneName(input: string): NameResult {
  const ascii = toAsciiName(input);
  if (!ascii.ok) return ascii;
  const name = ascii.value.replace(/\.$/, '');
  if (!name.includes('.')) return bad('Enter a domain such as example.com');
  const problem = labelProblem(name, { underscore: false, wildcard: false });
  if (problem) return bad(problem);
  if (name.length > MAX_NAME) return bad('The domain is longer than 253 characters');
  return ok(name);
}
