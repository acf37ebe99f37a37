/**
 * The boundary where HostBill's loose JSON becomes the app's types. The same field can be a number
 * in one answer and a string in the next ("3600" vs 3600), money comes as "19.65", and
 * "0000-00-00 00:00:00" means "never": everything past this file sees numbers, ISO dates and null.
 */
import { z } from 'zod';
import { fail } from '../../../common/errors';
import type { SrvContent } from '../../../common/models/hostbill';
import { UNREADABLE_MESSAGE } from './errors';

/** A JSON object whose fields are not trusted yet. */
export type Raw = Readonly<Record<string, unknown>>;

/** Lenient envelope parsing: unknown fields pass, a wrong shape altogether is a 'server' error. */
export function parseWith<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const result = schema.safeParse(body);
  if (!result.success) fail('server', UNREADABLE_MESSAGE);
  return result.data;
}

/** A list of objects; non-object entries are dropped rather than failing the whole list. */
export const rawList = z.array(z.unknown()).transform((items) => items.filter(isRaw));
/** A list the portal sometimes sends as an object keyed by id (PHP arrays). */
export const rawListOrMap = z
  .union([z.array(z.unknown()), z.record(z.string(), z.unknown())])
  .transform((value) => (Array.isArray(value) ? value : Object.values(value)).filter(isRaw));
export const rawObject = z.record(z.string(), z.unknown());

export function isRaw(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function num(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const trimmed = value.trim().replace(/,/g, '');
  return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(trimmed) ? Number(trimmed) : null;
}

/** Money stays in the currency unit: "19.65" → 19.65. */
export const money = num;

export function int(value: unknown): number | null {
  const n = num(value);
  return n === null ? null : Math.trunc(n);
}

/** Ids are kept as strings (they go back into paths); numbers become their decimal text. */
export function id(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  return null;
}

export function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

export function bool(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') return ['1', 'true', 'yes', 'on', 'y'].includes(value.trim().toLowerCase());
  return false;
}

const NEVER = /^0000-00-00/;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * Calendar dates stay "YYYY-MM-DD" (a due date has no time zone: turning it into a UTC instant would
 * show the day before in the Americas). Date-times carry no zone on the wire; they are read as UTC.
 */
export function date(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) {
    // Unix seconds (some modules send those).
    return new Date(value < 1e12 ? value * 1000 : value).toISOString();
  }
  if (typeof value !== 'string') return null;
  const v = value.trim();
  if (v === '' || NEVER.test(v)) return null;
  if (DATE_ONLY.test(v)) return validDate(`${v}T00:00:00Z`) ? v : null;
  const m = DATE_TIME.exec(v);
  if (m) {
    const iso = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}Z`;
    return validDate(iso) ? iso : null;
  }
  if (/^\d{9,13}$/.test(v)) return date(Number(v));
  // Only ISO-looking text: V8's lenient parser turns words like "Campaign 2" into dates.
  if (!/^\d{4}-\d{2}-\d{2}T/.test(v)) return null;
  const parsed = Date.parse(v);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString();
}

function validDate(iso: string): boolean {
  return !Number.isNaN(Date.parse(iso));
}

export function strings(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(text).filter((v): v is string => v !== null);
  const single = text(value);
  if (single === null) return [];
  return single
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** First present field among several names the portals use for the same thing. */
export function pick(raw: Raw, ...keys: string[]): unknown {
  for (const key of keys) {
    const value = raw[key];
    if (value !== undefined && value !== null && value !== '') return value;
  }
  return undefined;
}

/**
 * SRV content on the wire is an array: [weight, port, target] (priority has its own field), with
 * [priority, weight, port, target] and "weight port target" text seen too.
 */
export function srvFromWire(content: unknown): SrvContent | null {
  let parts: unknown[] | null = null;
  if (Array.isArray(content)) parts = content;
  else if (isRaw(content)) {
    const weight = int(content.weight);
    const port = int(content.port);
    const target = text(content.target);
    return weight !== null && port !== null && target !== null ? { weight, port, target } : null;
  } else if (typeof content === 'string') parts = content.trim().split(/\s+/);
  if (!parts) return null;
  const tail = parts.length >= 4 ? parts.slice(-3) : parts;
  if (tail.length !== 3) return null;
  const [weight, port, target] = [int(tail[0]), int(tail[1]), text(tail[2])];
  return weight !== null && port !== null && target !== null ? { weight, port, target } : null;
}

export function srvToWire(content: SrvContent): [number, number, string] {
  return [content.weight, content.port, content.target];
}

/** Keys whose values must never leave the client module, whatever endpoint sent them. */
const SECRET_KEYS = /^(password|pass|passwd|root_?password|rootpass|secret|api_?key)$/i;

/** Deep copy without secret fields: applied to every answer before anything reads it. */
export function stripSecrets(value: unknown, depth = 0): unknown {
  if (depth > 20) return null;
  if (Array.isArray(value)) return value.map((v) => stripSecrets(v, depth + 1));
  if (!isRaw(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (!SECRET_KEYS.test(key)) out[key] = stripSecrets(inner, depth + 1);
  }
  return out;
}

/** Flattens a portal row into plain scalars (nested values as JSON text) for pass-through tables. */
export function flatRow(raw: Raw): Record<string, string | number | boolean | null> {
  const out: Record<string, string | number | boolean | null> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === null || typeof value === 'boolean') out[key] = value;
    else if (typeof value === 'number') out[key] = Number.isFinite(value) ? value : null;
    else if (typeof value === 'string') out[key] = flatString(value);
    else out[key] = JSON.stringify(value);
  }
  return out;
}

function flatString(value: string): string | number | null {
  const v = value.trim();
  // Leading zeros mean a code (postcode, voucher), not a number.
  if (num(v) !== null && !/^0\d/.test(v)) return num(v);
  if (NEVER.test(v)) return null;
  return DATE_ONLY.test(v) || DATE_TIME.test(v) ? (date(v) ?? value) : value;
}

/** The `info` lines of a success answer. */
export function infoOf(body: unknown): string[] {
  if (!isRaw(body)) return [];
  if (Array.isArray(body.info)) return body.info.map(text).filter((t): t is string => t !== null);
  const single = text(body.info);
  return single === null ? [] : [single];
}
