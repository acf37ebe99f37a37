/**
 * API clients per account, built on demand from the profile and its keychain secrets and kept in
 * memory until the account changes. The one place where secrets are read for API use.
 */
import { AppFailure, fail } from '../../common/errors';
import type { AccountCheck } from '../../common/models/account';
import type { AccountRow, AccountsRepo } from '../cache/accounts-repo';
import { createHttpClient, type FetchPort, type HttpClient } from '../api/http';
import {
  checkHostbillAccount,
  createHostbillAuth,
  createHostbillClient,
  type HostbillClient,
  type TokenStore,
} from '../api/hostbill';
import { checkIonosAccount } from '../api/ionos/check';
import { createIonosClient, type IonosAuth, type IonosClient } from '../api/ionos/client';
import type { Logger } from '../logger';
import { secretAccount, type CredentialStore } from '../secrets/credential-store';
import { primarySecretKind } from './accounts-service';
import { accountRequirer } from './require-account';

export interface ConnectionsDeps {
  readonly accounts: AccountsRepo;
  readonly secrets: CredentialStore;
  readonly fetch: FetchPort;
  readonly logger: Logger;
  readonly clock?: () => number;
}

export function createConnections(deps: ConnectionsDeps) {
  const http: HttpClient = createHttpClient({ fetch: deps.fetch });
  const ionosClients = new Map<string, IonosClient>();
  const hostbillClients = new Map<string, HostbillClient>();

  const account = accountRequirer(deps.accounts);

  async function secretOf(row: AccountRow): Promise<string> {
    const secret = await deps.secrets.get(secretAccount(row.id, primarySecretKind(row.authMethod)));
    return secret ?? fail('auth', `No password or token is stored for “${row.label}”. Edit the account to enter it.`);
  }

  /** HostBill refresh tokens rotate on every refresh: the newest is always the one in the keychain. */
  function refreshTokenStore(row: AccountRow): TokenStore {
    const name = secretAccount(row.id, 'refresh-token');
    return {
      getRefreshToken: () => deps.secrets.get(name),
      setRefreshToken: async (token) => {
        if (token === null) await deps.secrets.delete(name);
        else await deps.secrets.set(name, token);
      },
    };
  }

  function ionosAuth(row: AccountRow, secret: string): IonosAuth {
    return row.authMethod === 'token'
      ? { method: 'token', token: secret }
      : { method: 'basic', username: row.username, password: secret };
  }

  function hostbillAuthFor(row: AccountRow, password: string) {
    return createHostbillAuth({
      baseUrl: row.baseUrl,
      http,
      tokenStore: refreshTokenStore(row),
      credentials: { username: row.username, password },
      method: row.authMethod === 'basic' ? 'basic' : 'jwt',
      clock: deps.clock,
    });
  }

  async function check(row: AccountRow): Promise<AccountCheck> {
    const secret = await secretOf(row);
    if (row.kind === 'ionos-reseller') {
      return checkIonosAccount(createIonosClient({ baseUrl: row.baseUrl, auth: ionosAuth(row, secret), http }));
    }
    return checkHostbillAccount({
      baseUrl: row.baseUrl,
      http,
      credentials: { username: row.username, password: secret },
      method: row.authMethod === 'basic' ? 'basic' : 'jwt',
      tokenStore: refreshTokenStore(row),
      clock: deps.clock,
    });
  }

  return {
    http,
    async ionos(accountId: string): Promise<IonosClient> {
      const cached = ionosClients.get(accountId);
      if (cached) return cached;
      const row = account(accountId, 'ionos-reseller');
      const client = createIonosClient({ baseUrl: row.baseUrl, auth: ionosAuth(row, await secretOf(row)), http });
      ionosClients.set(accountId, client);
      return client;
    },
    async hostbill(accountId: string): Promise<HostbillClient> {
      const cached = hostbillClients.get(accountId);
      if (cached) return cached;
      const row = account(accountId, 'hostbill');
      const client = createHostbillClient({
        baseUrl: row.baseUrl,
        http,
        auth: hostbillAuthFor(row, await secretOf(row)),
      });
      hostbillClients.set(accountId, client);
      return client;
    },
    check,
    /**
     * Completes a HostBill sign-in that asked for a second factor. The new refresh token lands in
     * the keychain, so the account's clients (rebuilt here) and later checks sign in with it.
     */
    async completeMfa(row: AccountRow, code: string): Promise<AccountCheck> {
      if (row.kind !== 'hostbill') fail('unsupported', 'Only HostBill portals ask for a second factor.');
      const auth = hostbillAuthFor(row, await secretOf(row));
      try {
        await auth.signIn();
      } catch (thrown) {
        // The expected answer: the portal asked for the code, which is what completes it below.
        if (!(thrown instanceof AppFailure) || thrown.error.kind !== 'mfa-required') throw thrown;
      }
      await auth.completeMfa(code);
      hostbillClients.delete(row.id);
      return check(row);
    },
    /**
     * Ends the portal session of a HostBill account being removed (revokes its tokens). Best
     * effort: offline or refused, the account is removed all the same and the tokens expire.
     */
    async signOut(row: AccountRow): Promise<void> {
      if (row.kind !== 'hostbill') return;
      if ((await deps.secrets.get(secretAccount(row.id, 'refresh-token'))) === null && !hostbillClients.has(row.id))
        return;
      try {
        const client =
          hostbillClients.get(row.id) ??
          createHostbillClient({ baseUrl: row.baseUrl, http, auth: hostbillAuthFor(row, await secretOf(row)) });
        await client.signOut();
      } catch {
        deps.logger.info('connections', 'portal sign-out on removal did not complete');
      }
    },
    /** Drops the clients of an account whose sign-in changed or that was removed. */
    forget(accountId: string): void {
      ionosClients.delete(accountId);
      hostbillClients.delete(accountId);
    },
  };
}
export type Connections = ReturnType<typeof createConnections>;
