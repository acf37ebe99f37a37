/** Every area of the product, in sidebar order, with the screen that renders it. */
import type { ReactElement } from 'react';
import type { IconName } from '../components/icons';
import { NotBuiltScreen } from '../features/shell/not-built-screen';
import { lazyArea, type LazyArea } from './lazy-area';
import type { Area, Route } from './navigation-store';

// Each area is its own chunk: the first screen loads only what it shows.
const about = lazyArea(async () => (await import('../features/about/about-screen')).AboutScreen);
const accounts = lazyArea(async () => (await import('../features/accounts/accounts-screen')).AccountsScreen);
const contracts = lazyArea(async () => (await import('../features/contracts/contracts-area')).ContractsArea);
const services = lazyArea(async () => (await import('../features/services/services-area')).ServicesArea);
const settings = lazyArea(async () => (await import('../features/settings/settings-screen')).SettingsScreen);

export interface AreaSpec {
  readonly label: string;
  readonly icon: IconName;
  readonly section: 'Business' | 'App';
  readonly built: boolean;
  readonly render: (route: Route) => ReactElement;
  /** Loads the area's code ahead of time (built areas only). */
  readonly preload?: LazyArea<never>['preload'];
}

const notBuilt = (title: string, icon: IconName, what: string) => () => (
  <NotBuiltScreen title={title} icon={icon} what={what} />
);

export const AREA_SPECS: Readonly<Record<Area, AreaSpec>> = {
  contracts: {
    label: 'Contracts',
    icon: 'contracts',
    section: 'Business',
    built: true,
    render: (route) => <contracts.Area route={route} />,
    preload: contracts.preload,
  },
  services: {
    label: 'Services & VMs',
    icon: 'services',
    section: 'Business',
    built: true,
    render: (route) => <services.Area route={route} />,
    preload: services.preload,
  },
  dns: {
    label: 'DNS',
    icon: 'dns',
    section: 'Business',
    built: false,
    render: notBuilt('DNS', 'dns', 'DNS zones and records of your HostBill services.'),
  },
  invoices: {
    label: 'Invoices',
    icon: 'invoices',
    section: 'Business',
    built: false,
    render: notBuilt('Invoices', 'invoices', 'Invoices, payments and credit from your HostBill portal.'),
  },
  tickets: {
    label: 'Tickets',
    icon: 'tickets',
    section: 'Business',
    built: false,
    render: notBuilt('Tickets', 'tickets', 'Support tickets with your HostBill provider.'),
  },
  orders: {
    label: 'Orders',
    icon: 'orders',
    section: 'Business',
    built: false,
    render: notBuilt('Orders', 'orders', 'The catalog, quotes and orders of your HostBill portal.'),
  },
  account: {
    label: 'Portal account',
    icon: 'account',
    section: 'Business',
    built: false,
    render: notBuilt('Portal account', 'account', 'Your HostBill profile, contacts, balance and notifications.'),
  },
  accounts: {
    label: 'Accounts',
    icon: 'accounts',
    section: 'App',
    built: true,
    render: () => <accounts.Area />,
    preload: accounts.preload,
  },
  settings: {
    label: 'Settings',
    icon: 'settings',
    section: 'App',
    built: true,
    render: () => <settings.Area />,
    preload: settings.preload,
  },
  about: {
    label: 'About',
    icon: 'about',
    section: 'App',
    built: true,
    render: () => <about.Area />,
    preload: about.preload,
  },
};

/** Loads every built area's code, e.g. once the first screen is up, so later navigation never waits. */
export function preloadAllAreas(): Promise<unknown> {
  return Promise.allSettled(Object.values(AREA_SPECS).map((spec) => spec.preload?.()));
}
