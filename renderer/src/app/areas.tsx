/** Every area of the product, in sidebar order, with the screen that renders it. */
import type { ReactElement } from 'react';
import type { IconName } from '../components/icons';
import { AboutScreen } from '../features/about/about-screen';
import { AccountsScreen } from '../features/accounts/accounts-screen';
import { ContractsArea } from '../features/contracts/contracts-area';
import { ServicesArea } from '../features/services/services-area';
import { SettingsScreen } from '../features/settings/settings-screen';
import { NotBuiltScreen } from '../features/shell/not-built-screen';
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
  contracts: { label: 'Contracts', icon: 'contracts', section: 'Business', built: true, render: (route) => <ContractsArea route={route} /> },
  services: { label: 'Services & VMs', icon: 'services', section: 'Business', built: true, render: (route) => <ServicesArea route={route} /> },
  dns: { label: 'DNS', icon: 'dns', section: 'Business', built: false, render: notBuilt('DNS', 'dns', 'DNS zones and records of your HostBill services.') },
  invoices: { label: 'Invoices', icon: 'invoices', section: 'Business', built: false, render: notBuilt('Invoices', 'invoices', 'Invoices, payments and credit from your HostBill portal.') },
  tickets: { label: 'Tickets', icon: 'tickets', section: 'Business', built: false, render: notBuilt('Tickets', 'tickets', 'Support tickets with your HostBill provider.') },
  orders: { label: 'Orders', icon: 'orders', section: 'Business', built: false, render: notBuilt('Orders', 'orders', 'The catalog, quotes and orders of your HostBill portal.') },
  account: { label: 'Portal account', icon: 'account', section: 'Business', built: false, render: notBuilt('Portal account', 'account', 'Your HostBill profile, contacts, balance and notifications.') },
  accounts: { label: 'Accounts', icon: 'accounts', section: 'App', built: true, render: () => <AccountsScreen /> },
  settings: { label: 'Settings', icon: 'settings', section: 'App', built: true, render: () => <SettingsScreen /> },
  about: { label: 'About', icon: 'about', section: 'App', built: true, render: () => <AboutScreen /> },
};
