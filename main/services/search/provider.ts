/**
 * A search provider indexes one kind of cached thing. Adding an area to the palette is one file
 * like contracts-provider.ts and one line in providers.ts.
 */
import type { AccountKind } from '../../../common/models/account';
import type { CacheDb } from '../../cache/database';

export interface SearchItem {
  /** Unique within the kind and account (e.g. the contract number). */
  readonly key: string;
  readonly title: string;
  readonly subtitle: string;
  /** Relative to the account, e.g. "contracts/15514". */
  readonly route: string;
  /** Everything the item can be found by (title and subtitle are included anyway). */
  readonly terms: readonly (string | null)[];
  /** Values that rank first when typed in full: numbers, IP addresses. */
  readonly exact: readonly (string | null)[];
}

export interface SearchProvider {
  readonly kind: string;
  readonly accountKind: AccountKind;
  /**
   * Which items a `cache.changed` resource invalidates: 'all' of the account's, one item's key,
   * or null when the resource is not this provider's.
   */
  affected(resource: string): 'all' | { readonly key: string } | null;
  /** The account's items from the cache (only `key`'s, when given). */
  items(db: CacheDb, accountId: string, key?: string): readonly SearchItem[];
}
