/** Upgrade options per service kind: configurable resources and the packages one may move to. */
import { money } from '../rng';
import { PRODUCTS } from '../seed/catalog-data';
import type { ServiceRecord } from '../state';

export interface UpgradeItem {
  readonly id: string;
  readonly name: string;
  readonly price: number;
  readonly setup_price: number;
  readonly selected: boolean;
}

export interface UpgradeResource {
  /** A number on the wire, while item ids are strings: as in the seed's sample. */
  readonly id: number;
  readonly name: string;
  readonly type: 'select';
  readonly items: readonly UpgradeItem[];
}

type ItemSpec = readonly [id: string, name: string, price: number, setup?: number];

const BANDWIDTH_HOSTING: readonly ItemSpec[] = [
  ['9953', '100 GB', 1],
  ['10103', '500 GB', 5],
  ['10104', '1 TB', 10],
];
const BANDWIDTH_SERVER: readonly ItemSpec[] = [
  ['9960', '1 TB', 0],
  ['9961', '5 TB', 10],
  ['9962', '10 TB', 25],
];
const BACKUPS: readonly ItemSpec[] = [
  ['10110', 'None', 0],
  ['10111', 'Daily, 7 days', 5, 2.5],
  ['10112', 'Daily, 30 days', 12, 5],
];

function resource(service: ServiceRecord, id: number, name: string, specs: readonly ItemSpec[]): UpgradeResource {
  const selected = service.upgradeSelections[String(id)] ?? specs[0]?.[0];
  return {
    id,
    name,
    type: 'select',
    items: specs.map(([itemId, itemName, price, setup = 0]) => ({
      id: itemId,
      name: itemName,
      price,
      setup_price: setup,
      selected: itemId === selected,
    })),
  };
}

export function upgradeOptions(service: ServiceRecord): {
  resources: UpgradeResource[];
  packages: { id: string; name: string; price: string; recurring: string }[];
} {
  const resources: UpgradeResource[] = [];
  if (service.kind === 'hosting') resources.push(resource(service, 1557, 'Bandwidth', BANDWIDTH_HOSTING));
  if (service.kind === 'cloud' || service.kind === 'vps') {
    resources.push(resource(service, 1558, 'Bandwidth', BANDWIDTH_SERVER), resource(service, 1560, 'Backups', BACKUPS));
  }
  const packages = PRODUCTS.filter(
    (p) => p.kind === service.kind && p.id !== service.productId && p.prices[service.cycleCode] !== undefined,
  ).map((p) => ({
    id: p.id,
    name: p.name,
    price: money(p.prices[service.cycleCode] ?? 0),
    recurring: service.cycleCode,
  }));
  return { resources, packages };
}
