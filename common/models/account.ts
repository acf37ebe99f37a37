import type { AppError } from '../errors';

export const ACCOUNT_KINDS = ['ionos-reseller', 'hostbill'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

/** IONOS takes Basic or a bearer API token; HostBill takes a JWT login or Basic on every call. */
export const AUTH_METHODS = {
  'ionos-reseller': ['basic', 'token'],
  hostbill: ['jwt', 'basic'],
} as const satisfies Record<AccountKind, readonly string[]>;

export type AuthMethod = (typeof AUTH_METHODS)[AccountKind][number];

export const ACCOUNT_KIND_LABELS: Readonly<Record<AccountKind, string>> = {
  'ionos-reseller': 'IONOS Reseller',
  hostbill: 'HostBill portal',
};

export const AUTH_METHOD_LABELS: Readonly<Record<AuthMethod, string>> = {
  basic: 'Username and password (Basic)',
  token: 'API token (Bearer)',
  jwt: 'Sign in with password (JWT)',
};

export const DEFAULT_BASE_URLS: Readonly<Record<AccountKind, string>> = {
  'ionos-reseller': 'https://api.ionos.com/reseller/v2',
  hostbill: 'https://portal.example.com/api',
};

/** A profile as the renderer sees it. It never carries a secret, only whether one is stored. */
export interface Account {
  readonly id: string;
  readonly kind: AccountKind;
  readonly label: string;
  readonly baseUrl: string;
  readonly username: string;
  readonly authMethod: AuthMethod;
  /** Backed by the in-process sandbox (the demo profile). */
  readonly demo: boolean;
  readonly hasSecret: boolean;
  readonly createdAt: string;
  /** Why the last contact with the API failed (sign-in refused, unreachable…); null when it worked or was not tried. */
  readonly connectionError: AppError | null;
}

export interface AccountCheck {
  readonly ok: boolean;
  /** One line per step, titled by what it checks ("Reach the portal", "Sign in"), whatever the outcome. */
  readonly steps: readonly { readonly label: string; readonly ok: boolean; readonly message: string }[];
  /** The portal asked for a second factor: the UI offers to enter the code (accounts.completeMfa). */
  readonly needsCode?: boolean;
}
