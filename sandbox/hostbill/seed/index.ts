/** Builds the seeded world. Same seed and size → same data (timestamps of later actions aside). */
import { createRng } from '../rng';
import type { AuthMode, HostbillState } from '../state';
import { createClient, DEMO_MFA_CODE, seedContacts, seedLogs } from './account';
import { seedAffiliates } from './affiliates';
import { seedInvoices } from './billing';
import { seedZones } from './dns';
import { createDomainNames } from './names';
import { seedServices, seedVms } from './services';
import { seedNotifications, seedStatuses, seedTickets } from './support';

export interface SeedSize {
  readonly services: number;
  readonly vms: number;
  readonly zones: number;
  readonly invoices: number;
  /** Records of one extra zone added for the DNS editor's scale tests and bench (0 = none). */
  readonly largeZoneRecords?: number;
}

export const DEFAULT_SIZE: SeedSize = { services: 12, vms: 30, zones: 5, invoices: 400 };

/** Seeded dates hang off a fixed day so a seed always gives the same data. */
export const DEFAULT_ANCHOR = new Date('2025-11-20T09:30:00Z');

export function createState(seed: number, size: SeedSize, mode: AuthMode, anchor = DEFAULT_ANCHOR): HostbillState {
  const rng = createRng(seed);
  const state: HostbillState = {
    mode,
    client: createClient(anchor),
    mfaCode: DEMO_MFA_CODE,
    contacts: new Map(),
    services: new Map(),
    vms: new Map(),
    zones: new Map(),
    invoices: new Map(),
    tickets: new Map(),
    notifications: new Map(),
    statuses: new Map(),
    logs: [],
    affiliates: {},
    modules: { affiliates: true },
    sequences: {},
    quirks: { detailWithoutLabel: false, withoutRoutes: [] },
  };
  const nextDomain = createDomainNames(rng);
  seedContacts(state, rng, anchor);
  seedLogs(state, rng, anchor);
  seedServices(state, rng, Math.max(0, size.services), anchor, nextDomain);
  seedVms(state, rng, Math.max(0, size.vms), anchor);
  seedZones(state, rng, Math.max(0, size.zones), nextDomain, Math.max(0, size.largeZoneRecords ?? 0));
  seedInvoices(state, rng, Math.max(0, size.invoices), anchor, createRng(seed ^ 0x5eed1));
  seedTickets(state, rng, 24, anchor);
  seedNotifications(state, rng, anchor);
  seedStatuses(state, anchor);
  state.affiliates = seedAffiliates(rng, anchor);
  return state;
}
