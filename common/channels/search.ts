/**
 * The command palette's search: one query over everything the cache holds, across every account,
 * answered from the encrypted cache's search index (nothing is sent to a portal).
 */
import { z } from 'zod';
import { channel } from '../channel';

export const SEARCH_DEFAULT_LIMIT = 50;
export const SEARCH_MAX_LIMIT = 200;

/** How a result matched, best first: the whole number or IP, a word's start, anywhere, letters in order. */
export type SearchMatch = 'exact' | 'prefix' | 'contains' | 'fuzzy';

export interface SearchResult {
  /** What it is: "contract", "service", "vm", and one more per area that adds a provider. */
  readonly kind: string;
  readonly accountId: string;
  readonly title: string;
  readonly subtitle: string;
  /** Relative to the account ("contracts/15514"): the renderer opens accountHref(accountId, …route). */
  readonly route: string;
  readonly match: SearchMatch;
}

export const searchQuerySchema = z.strictObject({
  text: z.string().max(200, 'At most 200 characters'),
  limit: z.number().int().min(1).max(SEARCH_MAX_LIMIT).optional(),
});

export const searchChannels = {
  /** Ranked matches from every account's cached data (exact number or IP, prefix, then fuzzy). */
  'search.query': channel<readonly SearchResult[]>()(searchQuerySchema),
};
