/** Every area of the product, in sidebar order, with the screen that renders it. */
import { lazy, Suspense, type ReactElement, type ReactNode } from 'react';
import type { IconName } from '../components/icons';
import { NotBuiltScreen } from '../features/shell/not-built-screen';

// Each area is its own chunk: the first screen loads only what it shows.
const AboutScreen = lazy(async () => ({ default: (await import('../features/about/about-screen')).AboutScreen }));
const AccountsScreen = lazy(async () => ({ default: (await import('../features/accounts/accounts-screen')).AccountsScreen }));
const ContractsArea = lazy(async () => ({ default: (await import('../features/contracts/contracts-area')).ContractsArea }));
const ServicesArea = lazy(async () => ({ default: (await import('../features/services/services-area')).ServicesArea }));
const SettingsScreen = lazy(async () => ({ default: (await import('../features/settings/settings-screen')).SettingsScreen }));

function Loading({ children }: { children: ReactNode }): ReactElement {
  return <Suspense fallback={<div className="page" aria-busy="true" />}>{children}</Suspense>;
}
import type { Area, Route } from './navigation-store';

export interface AreaSpec {
  readonly label: string;
  readonly icon: IconName;
  readonly section: 'Business' | 'App';
  readonly built: boolean;
  readonly render: (route: Route) => ReactElement;
}

const notBuilt = (title: string, icon: IconName, what: string) => () => <NotBuiltScreen title={title} icon={icon} what={what} />;

export const AREA_SPECS: Readonly<Record<Area, AreaSpec>> = {
  contracts: { label: 'Contracts', icon: 'contracts', section: 'Business', built: true, render: (route) => <Loading><ContractsArea route={route} /></Loading> },
  services: { label: 'Services & VMs', icon: 'services', section: 'Business', built: true, render: (route) => <Loading><ServicesArea route={route} /></Loading> },
  dns: { label: 'DNS', icon: 'dns', section: 'Business', built: false, render: notBuilt('DNS', 'dns', 'DNS zones and records of your HostBill services.') },
  invoices: { label: 'Invoices', icon: 'invoices', section: 'Business', built: false, render: notBuilt('Invoices', 'invoices', 'Invoices, payments and credit from your HostBill portal.') },
  tickets: { label: 'Tickets', icon: 'tickets', section: 'Business', built: false, render: notBuilt('Tickets', 'tickets', 'Support tickets with your HostBill provider.') },
  orders: { label: 'Orders', icon: 'orders', section: 'Business', built: false, render: notBuilt('Orders', 'orders', 'The catalog, quotes and orders of your HostBill portal.') },
  account: { label: 'Portal account', icon: 'account', section: 'Business', built: false, render: notBuilt('Portal account', 'account', 'Your HostBill profile, contacts, balance and notifications.') },
  accounts: { label: 'Accounts', icon: 'accounts', section: 'App', built: true, render: () => <Loading><AccountsScreen /></Loading> },
  settings: { label: 'Settings', icon: 'settings', section: 'App', built: true, render: () => <Loading><SettingsScreen /></Loading> },
  about: { label: 'About', icon: 'about', section: 'App', built: true, render: () => <Loading><AboutScreen /></Loading> },
};
