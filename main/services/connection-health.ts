/**
 * Whether each account's last contact with its API failed for a connection reason (sign-in refused,
 * portal unreachable, second factor wanted), so the sidebar can flag the account with a way to fix
 * it. Other failures (a refused edit, a missing feature) say nothing about the connection.
 */
import { appError, type AppError, type AppErrorKind } from '../../common/errors';
import type { AccountCheck } from '../../common/models/account';
import type { EventBus } from './event-bus';

const CONNECTION_KINDS: ReadonlySet<AppErrorKind> = new Set([
  'auth',
  'mfa-required',
  'network',
  'offline',
  'timeout',
  'keychain',
]);

export function createConnectionHealth(events: EventBus) {
  const failures = new Map<string, AppError>();
  function set(accountId: string, error: AppError | null): void {
    const before = failures.get(accountId);
    if (error) failures.set(accountId, { kind: error.kind, message: error.message });
    else failures.delete(accountId);
    if (before?.kind !== error?.kind || before?.message !== error?.message) events.emit('accounts.changed', null);
  }
  return {
    /** A sync's outcome: success clears the flag, a connection failure sets it, anything else leaves it. */
    recordSync(accountId: string, error: AppError | null): void {
      if (error === null || CONNECTION_KINDS.has(error.kind)) set(accountId, error);
    },
    /** The connection test speaks for the connection as a whole. */
    recordCheck(accountId: string, check: AccountCheck): void {
      const failed = check.steps.find((step) => !step.ok);
      const unreachable = check.steps[0] !== undefined && !check.steps[0].ok;
      set(accountId, check.ok || !failed ? null : appError(unreachable ? 'network' : 'auth', failed.message));
    },
    get: (accountId: string): AppError | null => failures.get(accountId) ?? null,
    forget: (accountId: string): void => void failures.delete(accountId),
  };
}
export type ConnectionHealth = ReturnType<typeof createConnectionHealth>;
