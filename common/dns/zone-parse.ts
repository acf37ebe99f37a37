/**
 * Master file → records, relative to the zone: `$ORIGIN` and `$TTL`, relative and absolute names,
 * `@`, blank owners, TTL units (1h30m), the IN class in either place. SOA records are reported and
 * skipped (the portal owns them). The first problem stops the parse with its line number.
 */
import { unescapeText } from './txt';
import { lexZone, type Token } from './zone-lexer';
import type { DnsRecordValue } from './types';

export interface ParsedRecord {
  readonly line: number;
  readonly record: DnsRecordValue;
}

export type ParseResult =
  | { readonly ok: true; readonly records: ParsedRecord[]; readonly skippedSoa: number[] }
  | { readonly ok: false; readonly line: number; readonly error: string };

const TTL_TEXT = /^(\d+[smhdw]?)+$/i;
const UNIT: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };
const CLASSES = ['IN', 'CH', 'HS', 'CS'];

export function parseTtl(text: string): number | null {
  if (!TTL_TEXT.test(text)) return null;
  let total = 0;
  for (const [, digits, unit] of text.toLowerCase().matchAll(/(\d+)([smhdw]?)/g)) {
    total += Number(digits) * UNIT[unit || 's']!;
  }
  return total <= 2_147_483_647 ? total : null;
}

class ParseError extends Error {}
const refuse = (message: string): never => {
  throw new ParseError(message);
};

/** A name in the file → fully qualified, lower case, no trailing dot. */
function absoluteName(text: string, origin: string): string {
  const name = unescapeText(text).toLowerCase();
  if (name === '@') return origin;
  if (name.endsWith('.')) return name === '.' ? '.' : name.slice(0, -1);
  return origin === '.' ? name : `${name}.${origin}`;
}

function relativeTo(fq: string, zone: string): string {
  if (fq === zone) return '@';
  if (fq.endsWith(`.${zone}`)) return fq.slice(0, -zone.length - 1);
  return refuse(`${fq} is outside the zone ${zone}`);
}

function number(token: Token | undefined, what: string): number {
  if (!token || !/^\d+$/.test(token.text)) return refuse(`Expected the ${what} (a number)`);
  return Number(token.text);
}

function exactly(rdata: readonly Token[], count: number, type: string): void {
  if (rdata.length !== count)
    refuse(`A ${type} record takes ${count} value${count === 1 ? '' : 's'}, found ${rdata.length}`);
}

function readRdata(
  type: string,
  rdata: readonly Token[],
  origin: string,
): Pick<DnsRecordValue, 'priority' | 'content'> {
  switch (type) {
    case 'A':
    case 'AAAA':
      exactly(rdata, 1, type);
      return { priority: 0, content: rdata[0]!.text };
    case 'CNAME':
    case 'NS':
      exactly(rdata, 1, type);
      return { priority: 0, content: absoluteName(rdata[0]!.text, origin) };
    case 'MX':
      exactly(rdata, 2, type);
      return { priority: number(rdata[0], 'preference'), content: absoluteName(rdata[1]!.text, origin) };
    case 'SRV':
      exactly(rdata, 4, type);
      return {
        priority: number(rdata[0], 'priority'),
        content: {
          weight: number(rdata[1], 'weight'),
          port: number(rdata[2], 'port'),
          target: absoluteName(rdata[3]!.text, origin),
        },
      };
    case 'TXT':
      if (rdata.length === 0) return refuse('A TXT record needs its text');
      return { priority: 0, content: unescapeText(rdata.map((t) => t.text).join('')) };
    case 'CAA':
      exactly(rdata, 3, type);
      return { priority: 0, content: `${rdata[0]!.text} ${rdata[1]!.text} "${rdata[2]!.text}"` };
    default:
      return { priority: 0, content: rdata.map((t) => (t.quoted ? `"${t.text}"` : t.text)).join(' ') };
  }
}

export function parseZoneFile(text: string, zone: string): ParseResult {
  const lexed = lexZone(text);
  if (!lexed.ok) return lexed;
  let origin = zone;
  let defaultTtl: number | null = null;
  let lastTtl: number | null = null;
  let owner: string | null = null;
  const records: ParsedRecord[] = [];
  const skippedSoa: number[] = [];
  for (const entry of lexed.entries) {
    try {
      const tokens = [...entry.tokens];
      const first = tokens[0]!;
      if (!first.quoted && first.text.startsWith('$')) {
        const directive = first.text.toUpperCase();
        if (directive === '$ORIGIN') {
          if (tokens.length !== 2) refuse('$ORIGIN takes one name');
          origin = absoluteName(tokens[1]!.text, origin);
        } else if (directive === '$TTL') {
          defaultTtl = tokens.length === 2 ? parseTtl(tokens[1]!.text) : null;
          if (defaultTtl === null) refuse('$TTL takes one TTL, e.g. 3600 or 1h');
        } else refuse(`${first.text} is not supported: paste the records themselves`);
        continue;
      }
      if (!entry.inheritsOwner) owner = absoluteName(tokens.shift()!.text, origin);
      else if (owner === null) refuse('The first record has no name');
      let ttl: number | null = null;
      let type: string | null = null;
      while (tokens.length > 0 && type === null) {
        const token = tokens.shift()!;
        const upper = token.text.toUpperCase();
        if (ttl === null && !token.quoted && TTL_TEXT.test(token.text)) ttl = parseTtl(token.text);
        else if (CLASSES.includes(upper)) {
          if (upper !== 'IN') refuse(`Only the IN class is supported, not ${upper}`);
        } else if (/^[A-Z][A-Z0-9-]*$/.test(upper)) type = upper;
        else refuse(`"${token.text}" is not a TTL, class or record type`);
      }
      if (type === null) return refuse('The record type is missing');
      if (type === 'SOA') {
        skippedSoa.push(entry.line);
        continue;
      }
      const effectiveTtl = ttl ?? defaultTtl ?? lastTtl ?? 3600;
      lastTtl = ttl ?? lastTtl;
      const rdata = readRdata(type, tokens, origin);
      records.push({ line: entry.line, record: { name: relativeTo(owner!, zone), type, ttl: effectiveTtl, ...rdata } });
    } catch (thrown) {
      if (thrown instanceof ParseError) return { ok: false, line: entry.line, error: thrown.message };
      throw thrown;
    }
  }
  return { ok: true, records, skippedSoa };
}
