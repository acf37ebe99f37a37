/** Realistic-looking names for seeded data. Domains use the reserved `.example` TLD so none is real. */
import type { Rng } from '../rng';

const FIRST = [
  'northwind',
  'lakeside',
  'bluepeak',
  'copperleaf',
  'riverbend',
  'oakridge',
  'silverline',
  'harbor',
  'sunfield',
  'granite',
  'maple',
  'ironwood',
  'clearwater',
  'redfern',
  'stonebridge',
  'brightwater',
  'foxglove',
  'highland',
  'juniper',
  'meadowlark',
];
const SECOND = [
  'bakery',
  'dental',
  'studio',
  'consulting',
  'outfitters',
  'legal',
  'labs',
  'travel',
  'fitness',
  'media',
  'books',
  'garden',
  'motors',
  'photo',
  'analytics',
  'coffee',
  'design',
  'clinic',
  'logistics',
  'supply',
];

/** Unique domain names for one seeding run. */
export function createDomainNames(rng: Rng): () => string {
  const used = new Set<string>();
  return () => {
    for (let attempt = 0; ; attempt += 1) {
      const base = `${rng.pick(FIRST)}-${rng.pick(SECOND)}`;
      const name = attempt < 20 ? `${base}.example` : `${base}${attempt}.example`;
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
}

export const PEOPLE: readonly [string, string][] = [
  ['Mary', 'Sue'],
  ['Daniel', 'Okafor'],
  ['Priya', 'Raman'],
  ['Tomasz', 'Nowak'],
  ['Chloé', 'Martin'],
  ['Kenji', 'Watanabe'],
  ['Sofia', 'García'],
  ['Liam', 'Byrne'],
];

export const STAFF: readonly string[] = ['Emma (Support)', 'Lukas (Billing)', 'Support Staff', 'Noah (NOC)'];

export const VM_PREFIXES: readonly string[] = [
  'web',
  'db',
  'app',
  'cache',
  'mail',
  'ci',
  'vpn',
  'api',
  'worker',
  'lb',
  'monitor',
  'backup',
  'search',
  'queue',
  'proxy',
];

export function randomPassword(rng: Rng, length = 12): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  let out = '';
  for (let i = 0; i < length; i += 1) out += alphabet[rng.int(0, alphabet.length - 1)];
  return out;
}
