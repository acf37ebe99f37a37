/**
 * The HostBill client: one typed function per endpoint of the portal's client-area API, grouped by
 * module and flattened into one object. Build one per account with its own auth manager.
 */
import type { HttpClient } from '../http';
import { accountApi } from './account';
import { affiliatesApi } from './affiliates';
import type { HostbillAuth } from './auth';
import { billingApi } from './billing';
import { catalogApi } from './catalog';
import { contactsApi } from './contacts';
import { createPortalContext } from './context';
import { dnsApi } from './dns';
import { notificationsApi } from './notifications';
import { servicesApi } from './services';
import { supportApi } from './support';
import { vmsApi } from './vms';

export interface HostbillClientOptions {
  /** e.g. https://portal.example.com/api (no trailing slash needed). */
  readonly baseUrl: string;
  readonly http: HttpClient;
  readonly auth: HostbillAuth;
}

export function createHostbillClient(options: HostbillClientOptions) {
  const ctx = createPortalContext(options);
  return {
    ...accountApi(ctx),
    ...contactsApi(ctx),
    ...notificationsApi(ctx),
    ...billingApi(ctx),
    ...supportApi(ctx),
    ...servicesApi(ctx),
    ...vmsApi(ctx),
    ...dnsApi(ctx),
    ...catalogApi(ctx),
    ...affiliatesApi(ctx),
    signOut: () => options.auth.signOut(),
  };
}

export type HostbillClient = ReturnType<typeof createHostbillClient>;
