/**
 * Every area of the product. Business areas belong to an account kind and are listed under each
 * account of that kind in the sidebar; app areas (accounts, settings, about) stand on their own.
 * Each area is its own chunk: the first screen loads only what it shows.
 */
import type { ReactElement } from 'react';
import type { AccountKind } from '../../../common/models/account';
import type { IconName } from '../components/icons';
import { useUnreadBadge } from '../features/notifications/use-unread-badge';
import type { AccountAreaProps } from './area-props';
import { lazyArea, type LazyArea } from './lazy-area';
import { ACCOUNT_AREAS, type AccountArea, type AppArea } from './navigation-store';

export interface AccountAreaSpec {
  readonly label: string;
  readonly icon: IconName;
  readonly kind: AccountKind;
  readonly Area: (props: AccountAreaProps) => ReactElement;
  readonly preload: () => Promise<void>;
  /** A count shown beside the area in the sidebar (e.g. unread notifications), null for none. */
  readonly useBadge?: (accountId: string) => number | null;
}

export interface AppAreaSpec {
  readonly label: string;
  readonly icon: IconName;
  readonly Area: () => ReactElement;
  readonly preload: () => Promise<void>;
}

const built = (spec: Omit<AccountAreaSpec, 'Area' | 'preload'>, area: LazyArea<AccountAreaProps>): AccountAreaSpec => ({
  ...spec,
  Area: area.Area,
  preload: area.preload,
});

export const ACCOUNT_AREA_SPECS: Readonly<Record<AccountArea, AccountAreaSpec>> = {
  contracts: built(
    { label: 'Contracts', icon: 'contracts', kind: 'ionos-reseller' },
    lazyArea(async () => (await import('../features/contracts/contracts-area')).ContractsArea),
  ),
  services: built(
    { label: 'Services & VMs', icon: 'services', kind: 'hostbill' },
    lazyArea(async () => (await import('../features/services/services-area')).ServicesArea),
  ),
  dns: built(
    { label: 'DNS', icon: 'dns', kind: 'hostbill' },
    lazyArea(async () => (await import('../features/dns/dns-area')).DnsArea),
  ),
  invoices: built(
    { label: 'Invoices', icon: 'invoices', kind: 'hostbill' },
    lazyArea(async () => (await import('../features/invoices/invoices-area')).InvoicesArea),
  ),
  tickets: built(
    { label: 'Tickets', icon: 'tickets', kind: 'hostbill' },
    lazyArea(async () => (await import('../features/tickets/tickets-area')).TicketsArea),
  ),
  notifications: built(
    { label: 'Notifications', icon: 'notifications', kind: 'hostbill', useBadge: useUnreadBadge },
    lazyArea(async () => (await import('../features/notifications/notifications-area')).NotificationsArea),
  ),
  orders: built(
    { label: 'Orders', icon: 'orders', kind: 'hostbill' },
    lazyArea(async () => (await import('../features/orders/orders-area')).OrdersArea),
  ),
  contacts: built(
    { label: 'Contacts', icon: 'contacts', kind: 'hostbill' },
    lazyArea(async () => (await import('../features/contacts/contacts-area')).ContactsArea),
  ),
  account: built(
    { label: 'Portal account', icon: 'account', kind: 'hostbill' },
    lazyArea(async () => (await import('../features/account/account-area')).AccountArea),
  ),
};

const appArea = (label: string, icon: IconName, area: LazyArea<object>): AppAreaSpec => ({
  label,
  icon,
  Area: () => <area.Area />,
  preload: area.preload,
});

export const APP_AREA_SPECS: Readonly<Record<AppArea, AppAreaSpec>> = {
  accounts: appArea(
    'Accounts',
    'accounts',
    lazyArea(async () => (await import('../features/accounts/accounts-screen')).AccountsScreen),
  ),
  settings: appArea(
    'Settings',
    'settings',
    lazyArea(async () => (await import('../features/settings/settings-screen')).SettingsScreen),
  ),
  about: appArea(
    'About',
    'about',
    lazyArea(async () => (await import('../features/about/about-screen')).AboutScreen),
  ),
  activity: appArea(
    'Activity',
    'bolt',
    lazyArea(async () => (await import('../features/activity/activity-screen')).ActivityScreen),
  ),
};

/** The areas an account of this kind has, in sidebar order. */
export function areasOf(kind: AccountKind): readonly AccountArea[] {
  return ACCOUNT_AREAS.filter((area) => ACCOUNT_AREA_SPECS[area].kind === kind);
}

/** Loads every built area's code, e.g. once the first screen is up, so later navigation never waits. */
export function preloadAllAreas(): Promise<unknown> {
  return Promise.allSettled([
    ...Object.values(ACCOUNT_AREA_SPECS).map((spec) => spec.preload()),
    ...Object.values(APP_AREA_SPECS).map((spec) => spec.preload()),
  ]);
}
