import { fail } from '../../common/errors';
import { ACCOUNT_KIND_LABELS, type AccountKind } from '../../common/models/account';
import type { AccountRow, AccountsRepo } from '../cache/accounts-repo';

/**
 * One answer for every feature: an id that names no account of the kind asked for is `not-found`
 * (a stale link, a removed account, a script's typo), never a crash and never "this is not an X account".
 */
export function accountRequirer(repo: AccountsRepo): (accountId: string, kind: AccountKind) => AccountRow {
  return (accountId, kind) => {
    const row = repo.get(accountId);
    if (!row || row.kind !== kind) {
      fail('not-found', `There is no ${ACCOUNT_KIND_LABELS[kind]} account with that id: it may have been removed.`);
    }
    return row;
  };
}
