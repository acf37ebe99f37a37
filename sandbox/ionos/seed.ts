/**
 * Deterministic demo data: the same seed gives the same contracts, so tests, screenshots and the
 * demo profile agree. Plain arrays and a small PRNG keep 20,000 contracts well under a second.
 */
import { IonosState, type SimResourceLimits } from './state';

/** mulberry32: tiny, fast and good enough for fake data. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMPANY_STEMS = [
  'Nordlicht',
  'Bergmann',
  'Alpenblick',
  'Rheinland',
  'Havelberg',
  'Sonnenhof',
  'Eichenwald',
  'Blauwasser',
  'Kranich',
  'Falkenstein',
  'Lindenhof',
  'Seeblick',
  'Greenfield',
  'Bluebird',
  'Redwood',
  'Silverline',
  'Harbor',
  'Northwind',
  'Brightside',
  'Oakridge',
  'Maple',
  'Cedar',
  'Atlas',
  'Orion',
  'Vega',
  'Helios',
  'Meridian',
  'Polaris',
  'Castillo',
  'Montaña',
  'Lumière',
  'Soleil',
  'Van Dijk',
  'De Vries',
  'Kowalski',
  'Müller',
  'Schäfer',
  'Weber',
  'Fischer',
  'Novak',
];
const COMPANY_TRADES = [
  'Hosting',
  'IT-Service',
  'Consulting',
  'Media',
  'Logistik',
  'Software',
  'Webdesign',
  'Digital',
  'Systems',
  'Networks',
  'Solutions',
  'Data',
  'Cloud',
  'Praxis',
  'Immobilien',
  'Handel',
  'Druck',
  'Reisen',
];
const COMPANY_FORMS = ['GmbH', 'GmbH & Co. KG', 'AG', 'KG', 'e.K.', 'UG', 'Ltd', 'SAS', 'B.V.', 'S.L.', 'Inc.'];
const FIRST_NAMES = [
  'Anna',
  'Lukas',
  'Marie',
  'Jonas',
  'Sophie',
  'Felix',
  'Lena',
  'Paul',
  'Emma',
  'Leon',
  'Mia',
  'Finn',
  'Hannah',
  'Elias',
  'Laura',
  'Noah',
  'Julia',
  'Ben',
  'Sarah',
  'Tim',
  'Claire',
  'Pierre',
  'Lucía',
  'Mateo',
  'Olivia',
  'James',
  'Agnieszka',
  'Piotr',
  'Sanne',
  'Daan',
  'Zoë',
  'Jürgen',
];
const LAST_NAMES = [
  'Schmidt',
  'Müller',
  'Schneider',
  'Fischer',
  'Weber',
  'Meyer',
  'Wagner',
  'Becker',
  'Hoffmann',
  'Koch',
  'Richter',
  'Klein',
  'Wolf',
  'Neumann',
  'Schwarz',
  'Zimmermann',
  'Braun',
  'Krüger',
  'Hartmann',
  'Lange',
  'Dubois',
  'Martin',
  'García',
  'López',
  'Smith',
  'Taylor',
  'Nowak',
  'Jansen',
  'de Jong',
  "O'Neill",
];
const RAM_STEPS = [2048, 4096, 8192, 16384, 32768, 65536, 131072];
const CORE_STEPS = [1, 2, 4, 8, 16, 24, 32];
const HDD_STEPS = [250, 500, 1000, 2000, 4000];
const SSD_STEPS = [100, 250, 500, 1000, 2000];
/** Not documented but seen in the wild: the UI must show them as they come. */
const UNKNOWN_STATUSES = ['SUSPENDED', 'PROVISIONING'];

export interface SeedOptions {
  readonly contracts: number;
  readonly seed: number;
}

export function seedState(options: SeedOptions): IonosState {
  const state = new IonosState();
  const random = createRandom(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

  for (let index = 0; index < options.contracts; index += 1) {
    // Real contract numbers are not contiguous: contracts of other resellers sit in between.
    if (index > 0 && random() < 0.2) state.nextContractNumber += between(1, 5);
    const stem = pick(COMPANY_STEMS);
    const name = `${stem} ${pick(COMPANY_TRADES)} ${pick(COMPANY_FORMS)}`;
    const contract = state.addContract({
      name,
      status: pickStatus(index, random()),
      resourceLimits: randomLimits(pick, between),
    });
    // About one in twenty has no reference: the field is optional and then simply absent.
    if (random() >= 0.05) contract.resellerReference = `CUST-${String(between(1, 999_999)).padStart(6, '0')}`;
    const domain = `${slug(stem)}-${slug(name.split(' ')[1] ?? 'it')}.example`;
    const adminCount = between(0, 5);
    for (let n = 0; n < adminCount; n += 1) {
      const firstName = pick(FIRST_NAMES);
      const lastName = pick(LAST_NAMES);
      state.addAdmin(contract.id, {
        firstName,
        lastName,
        email: `${slug(firstName)}.${slug(lastName)}${n > 0 ? n + 1 : ''}@${domain}`,
        password: 'Seeded-Password-1',
      });
    }
  }
  return state;
}

function pickStatus(index: number, roll: number): string {
  // Fixed places for the undocumented statuses, so even a small seed shows them.
  if (index === 3) return UNKNOWN_STATUSES[0] as string;
  if (index === 7) return UNKNOWN_STATUSES[1] as string;
  if (roll < 0.82) return 'BILLABLE';
  if (roll < 0.92) return 'CEASED';
  if (roll < 0.99) return 'REJECTED';
  return UNKNOWN_STATUSES[Math.floor((roll - 0.99) * 200)] ?? 'SUSPENDED';
}

function randomLimits(
  pick: <T>(list: readonly T[]) => T,
  between: (min: number, max: number) => number,
): SimResourceLimits {
  const ramServerMax = pick(RAM_STEPS);
  const cpuServerMax = pick(CORE_STEPS);
  const hddVolumeMaxSize = pick(HDD_STEPS);
  const ssdVolumeMaxSize = pick(SSD_STEPS);
  // Contract totals are a whole number of maximal servers: never below the per-server limit.
  return {
    ramServerMax,
    cpuServerMax,
    hddVolumeMaxSize,
    ssdVolumeMaxSize,
    ramContractMax: ramServerMax * between(1, 8),
    cpuContractMax: cpuServerMax * between(1, 8),
    hddVolumeContractMaxSize: hddVolumeMaxSize * between(1, 6),
    ssdVolumeContractMaxSize: ssdVolumeMaxSize * between(1, 6),
    ips: between(1, 16),
  };
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}
