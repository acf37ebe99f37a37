/**
 * API clients per account, built on demand from the profile and its keychain secret and kept in
 * memory until the account changes. The single place where secrets are read for API use.
 */
import { fail } from '../../common/errors';
import type { AccountCheck } from '../../common/models/account';
import type { AccountRow, AccountsRepo } from '../cache/accounts-repo';
import { createHttpClient, type FetchPort } from '../api/http';
import type { Logger } from '../logger';
import type { CredentialStore } from '../secrets/credential-store';

export interface ConnectionsDeps {
  readonly accounts: AccountsRepo;
  readonly secrets: CredentialStore;
  readonly fetch: FetchPort;
  readonly logger: Logger;
}

export function createConnections(deps: ConnectionsDeps) {
  const http = createHttpClient({ fetch: deps.fetch });
  return {
    http,
    async check(row: AccountRow): Promise<AccountCheck> {
      return fail('unsupported', `Checking ${row.kind} accounts is not available yet.`);
    },
    forget(_accountId: string): void {},
  };
}
export type Connections = ReturnType<typeof createConnections>;
