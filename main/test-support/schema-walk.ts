/**
 * Walks the zod schemas of the IPC contract for tests: finds every string field (with the union
 * options that lead to it) and builds argument objects from a schema, valid where a candidate value
 * passes and with one field replaced on request. Used by the limits test and the IPC fuzz test.
 */
import type { z } from 'zod';

type Path = readonly (string | number)[];
/** A union node and the option taken on the way to a field. */
type Choices = ReadonlyMap<z.ZodType, number>;

export interface StringField {
  /** Where the string sits in the arguments; a record key is written `[key]`. */
  readonly path: Path;
  readonly schema: z.ZodType;
  readonly choices: Choices;
  readonly isRecordKey: boolean;
}

interface Def {
  readonly type: string;
  readonly shape?: Record<string, z.ZodType>;
  readonly innerType?: z.ZodType;
  readonly in?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly element?: z.ZodType;
  readonly keyType?: z.ZodType;
  readonly valueType?: z.ZodType;
  readonly entries?: Record<string, string | number>;
  readonly values?: readonly unknown[];
  readonly checks?: readonly { _zod: { def: { check: string; maximum?: number } } }[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'readonly', 'catch', 'nonoptional', 'prefault']);

export function stringFields(schema: z.ZodType, path: Path = [], choices: Choices = new Map()): StringField[] {
  const def = defOf(schema);
  if (def.type === 'string') return [{ path, schema, choices, isRecordKey: false }];
  if (WRAPPERS.has(def.type) && def.innerType) return stringFields(def.innerType, path, choices);
  if (def.type === 'pipe' && def.in) return stringFields(def.in, path, choices);
  if (def.type === 'object' && def.shape)
    return Object.entries(def.shape).flatMap(([key, value]) => stringFields(value, [...path, key], choices));
  if (def.type === 'array' && def.element) return stringFields(def.element, [...path, 0], choices);
  if (def.type === 'union' && def.options)
    return def.options.flatMap((option, index) => stringFields(option, path, new Map(choices).set(schema, index)));
  if (def.type === 'record' && def.keyType && def.valueType) {
    const keys = stringFields(def.keyType, path, choices).map((field) => ({ ...field, isRecordKey: true }));
    return [...keys, ...stringFields(def.valueType, [...path, 'key'], choices)];
  }
  return [];
}

/** The `.max()` of a string schema, or null when it has none. */
export function maxLengthOf(schema: z.ZodType): number | null {
  const limits = (defOf(schema).checks ?? [])
    .filter((check) => check._zod.def.check === 'max_length')
    .map((check) => check._zod.def.maximum ?? Infinity);
  return limits.length > 0 ? Math.min(...limits) : null;
}

/** Values tried in turn for a string field: the first the field accepts is used. */
const STRING_CANDIDATES = [
  'acc-1',
  '12345',
  'anna@example.com',
  'https://api.example.com',
  'Str0ng-Passw0rd!x',
  'web-01',
  'A short reason',
  'example.com',
  '192.0.2.10',
  '2001:db8::1',
  '0 issue "letsencrypt.org"',
  '_sip._tcp',
  'US',
  '123456',
  '',
];

export interface SampleOptions {
  readonly choices?: Choices;
  /** Put `value` at this path instead of a sample. */
  readonly override?: { readonly path: Path; readonly value: unknown; readonly isRecordKey?: boolean };
  /** Picks among valid candidates (fuzzing); the first one when absent. */
  readonly random?: () => number;
  /** Extra candidates tried first for strings (e.g. real account ids). */
  readonly strings?: readonly string[];
  /** Candidates for fields of this name (`accountId`, `contractId`), taken four times in five. */
  readonly byKey?: Readonly<Record<string, readonly string[]>>;
}

export function sampleArgs(schema: z.ZodType, options: SampleOptions = {}): unknown {
  return sample(schema, [], options);
}

function samePath(a: Path, b: Path): boolean {
  return a.length === b.length && a.every((part, index) => part === b[index]);
}

function sample(schema: z.ZodType, path: Path, options: SampleOptions): unknown {
  const { override } = options;
  if (override && !override.isRecordKey && samePath(path, override.path)) return override.value;
  const def = defOf(schema);
  const pick = <T>(values: readonly T[]): T | undefined =>
    values[options.random ? Math.floor(options.random() * values.length) : 0];
  switch (def.type) {
    case 'string': {
      const key = path.at(-1);
      const preferred = (typeof key === 'string' ? (options.byKey?.[key] ?? []) : []).filter(
        (candidate) => schema.safeParse(candidate).success,
      );
      if (preferred.length > 0 && (!options.random || options.random() < 0.8)) return pick(preferred);
      const candidates = [...(options.strings ?? []), ...STRING_CANDIDATES];
      const valid = candidates.filter((candidate) => schema.safeParse(candidate).success);
      return pick(valid) ?? 'x';
    }
    case 'number':
    case 'int': {
      const valid = [1, 0, 60, 3600, 100].filter((candidate) => schema.safeParse(candidate).success);
      return pick(valid) ?? 1;
    }
    case 'boolean':
      return options.random ? options.random() < 0.5 : true;
    case 'undefined':
      return undefined;
    case 'null':
      return null;
    case 'literal':
      return def.values?.[0];
    case 'enum':
      return pick(Object.values(def.entries ?? {}));
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(def.shape ?? {})) out[key] = sample(value, [...path, key], options);
      return out;
    }
    case 'array':
      return def.element ? [sample(def.element, [...path, 0], options)] : [];
    case 'record': {
      const keyIsOverridden = override?.isRecordKey && samePath(path, override.path);
      // The key "key" where the key schema takes it, so a value's path is the one stringFields gives.
      const keyFits = def.keyType?.safeParse('key').success ?? true;
      const key = keyIsOverridden
        ? String(override?.value)
        : keyFits || !def.keyType
          ? 'key'
          : String(sample(def.keyType, path, options));
      return { [key]: def.valueType ? sample(def.valueType, [...path, 'key'], options) : null };
    }
    case 'union': {
      const chosen =
        options.choices?.get(schema) ?? (options.random ? Math.floor(options.random() * def.options!.length) : 0);
      return sample(def.options![chosen]!, path, options);
    }
    case 'pipe':
      return sample(def.in!, path, options);
    default:
      if (WRAPPERS.has(def.type) && def.innerType) return sample(def.innerType, path, options);
      return undefined;
  }
}

/** A seeded PRNG (mulberry32): the same seed gives the same calls, so a failure can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
