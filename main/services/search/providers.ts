/** Every kind the palette finds; an area adds its provider with one line here. */
import { contactsProvider } from './contacts-provider';
import { contractsProvider } from './contracts-provider';
import { dnsRecordsProvider, dnsZonesProvider } from './dns-provider';
import { invoicesProvider } from './invoices-provider';
import type { SearchProvider } from './provider';
import { servicesProvider } from './services-provider';
import { ticketsProvider } from './tickets-provider';
import { vmsProvider } from './vms-provider';

export const SEARCH_PROVIDERS: readonly SearchProvider[] = [
  contractsProvider,
  servicesProvider,
  vmsProvider,
  invoicesProvider,
  dnsZonesProvider,
  dnsRecordsProvider,
  contactsProvider,
  ticketsProvider,
];
