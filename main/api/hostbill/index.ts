/** Public surface of the HostBill client module. */
export { createHostbillAuth, jwtExpiry, REFRESH_MARGIN_MS } from './auth';
export type { HostbillAuth, HostbillAuthMethod, HostbillAuthOptions, SignInOutcome, TokenStore } from './auth';
export { checkHostbillAccount, memoryTokenStore } from './check';
export type { HostbillCheckOptions } from './check';
export { createHostbillClient } from './client';
export type { HostbillClient, HostbillClientOptions } from './client';
export type { VmActionOutcome, WaitOptions } from './vms';
export type { OrderItem, OrderOptions } from './catalog';
export type { UpgradeRequest } from './services';
export type { NotificationFilter } from './notifications';
