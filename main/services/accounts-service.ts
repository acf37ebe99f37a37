/**
 * Accounts ("profiles"): the profile in the cache DB, its secret only in the keychain. The
 * renderer sends a secret once (add, or edit with a new one) and never gets it back.
 */
import { randomUUID } from 'node:crypto';
import type { AccountDraft, AccountUpdate } from '../../common/channels/accounts';
import { fail } from '../../common/errors';
import { AUTH_METHODS, type Account, type AccountCheck, type AuthMethod } from '../../common/models/account';
import type { AccountRow, AccountsRepo } from '../cache/accounts-repo';
import { SECRET_KINDS, secretAccount, type CredentialStore, type SecretKind } from '../secrets/credential-store';
import type { ConnectionHealth } from './connection-health';
import type { EventBus } from './event-bus';

export interface AccountChecker {
  check(account: AccountRow): Promise<AccountCheck>;
  completeMfa(account: AccountRow, code: string): Promise<AccountCheck>;
}

export interface AccountsServiceDeps {
  readonly repo: AccountsRepo;
  readonly secrets: CredentialStore;
  readonly events: EventBus;
  readonly checker: AccountChecker;
  readonly clock?: () => number;
  /** Called after an account is removed or its sign-in changed, so clients held in memory are dropped. */
  readonly onAccountChanged?: (accountId: string) => void;
  /** Called before an account is removed, e.g. to end its server session. */
  readonly beforeRemove?: (account: AccountRow) => Promise<void>;
  readonly health?: ConnectionHealth;
  /** Called when a connection test (or a second factor) succeeded, so failed syncs are tried again. */
  readonly onConnectionOk?: (accountId: string) => void;
}

/** Which keychain entry holds the credential the user typed. */
export function primarySecretKind(method: AuthMethod): SecretKind {
  return method === 'token' ? 'api-token' : 'password';
}

export function createAccountsService(deps: AccountsServiceDeps) {
  const now = () => new Date((deps.clock ?? Date.now)()).toISOString();

  async function toAccount(row: AccountRow): Promise<Account> {
    const secret = await deps.secrets.get(secretAccount(row.id, primarySecretKind(row.authMethod)));
    const { updatedAt: _updatedAt, ...visible } = row;
    return { ...visible, hasSecret: secret !== null, connectionError: deps.health?.get(row.id) ?? null };
  }

  function requireRow(id: string): AccountRow {
    return deps.repo.get(id) ?? fail('not-found', 'That account no longer exists.');
  }

  async function forgetSecrets(id: string, keep?: SecretKind): Promise<void> {
    for (const kind of SECRET_KINDS) {
      if (kind !== keep) await deps.secrets.delete(secretAccount(id, kind));
    }
  }

  function checked(id: string, check: AccountCheck): AccountCheck {
    deps.health?.recordCheck(id, check);
    if (check.ok) deps.onConnectionOk?.(id);
    return check;
  }

  return {
    async list(): Promise<Account[]> {
      return Promise.all(deps.repo.list().map(toAccount));
    },

    async add(draft: AccountDraft & { demo?: boolean }): Promise<Account> {
      const row: AccountRow = {
        id: randomUUID(),
        kind: draft.kind,
        label: draft.label,
        baseUrl: draft.baseUrl,
        username: draft.username,
        authMethod: draft.authMethod,
        demo: draft.demo ?? false,
        createdAt: now(),
        updatedAt: now(),
      };
      const account = secretAccount(row.id, primarySecretKind(row.authMethod));
      // Keychain first: if it is unavailable, nothing at all is stored.
      await deps.secrets.set(account, draft.secret);
      try {
        deps.repo.insert(row);
      } catch (thrown) {
        await deps.secrets.delete(account);
        throw thrown;
      }
      deps.events.emit('accounts.changed', null);
      return toAccount(row);
    },

    async update(update: AccountUpdate): Promise<Account> {
      const row = requireRow(update.id);
      const allowed: readonly string[] = AUTH_METHODS[row.kind];
      if (!allowed.includes(update.authMethod)) {
        fail('validation', 'That sign-in method does not exist for this kind of account.', {
          details: { authMethod: `Choose one of: ${allowed.join(', ')}` },
        });
      }
      const authMethod = update.authMethod as AuthMethod;
      if (authMethod === 'basic' && update.username.length === 0) {
        fail('validation', 'Enter the username for Basic sign-in.', { details: { username: 'Enter the username' } });
      }
      const kind = primarySecretKind(authMethod);
      const methodChanged = authMethod !== row.authMethod;
      if (methodChanged && update.secret === undefined) {
        fail('validation', 'A new sign-in method needs its password or token.', {
          details: { secret: 'Enter the password or token for the new sign-in method' },
        });
      }
      if (update.secret !== undefined) await deps.secrets.set(secretAccount(row.id, kind), update.secret);
      const signInChanged =
        update.secret !== undefined ||
        methodChanged ||
        update.baseUrl !== row.baseUrl ||
        update.username !== row.username;
      // Other secrets (an old token, a refresh token bound to old credentials) no longer apply.
      if (signInChanged) await forgetSecrets(row.id, kind);
      const next = {
        ...row,
        label: update.label,
        baseUrl: update.baseUrl,
        username: update.username,
        authMethod,
        updatedAt: now(),
      };
      deps.repo.update(next);
      if (signInChanged) deps.onAccountChanged?.(row.id);
      deps.events.emit('accounts.changed', null);
      return toAccount(next);
    },

    async remove(id: string): Promise<null> {
      const row = requireRow(id);
      await deps.beforeRemove?.(row);
      await forgetSecrets(id);
      deps.repo.remove(id);
      deps.health?.forget(id);
      deps.onAccountChanged?.(id);
      deps.events.emit('accounts.changed', null);
      return null;
    },

    async test(id: string): Promise<AccountCheck> {
      return checked(id, await deps.checker.check(requireRow(id)));
    },

    async completeMfa(id: string, code: string): Promise<AccountCheck> {
      return checked(id, await deps.checker.completeMfa(requireRow(id), code));
    },

    requireRow,
  };
}
export type AccountsService = ReturnType<typeof createAccountsService>;
