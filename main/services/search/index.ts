/**
 * The command palette's search over every account's cache. The index is built from the cached rows
 * when the app starts and follows `cache.changed`: a change marks what it touched, and the index
 * catches up shortly after (or at once, when a query comes first), so a burst of changes during a
 * sync costs one rebuild, never a stale answer.
 */
import { SEARCH_DEFAULT_LIMIT, type searchChannels } from '../../../common/channels/search';
import type { Handler } from '../../ipc/registry';
import type { FeatureDeps } from '../feature-deps';
import { SEARCH_PROVIDERS } from './providers';
import type { SearchProvider } from './provider';
import { createSearchIndex } from './search-index';

type SearchChannel = keyof typeof searchChannels;
/** How long changes are gathered before the index catches up in the background. */
const CATCH_UP_MS = 100;

export function createSearchFeature(deps: FeatureDeps, providers: readonly SearchProvider[] = SEARCH_PROVIDERS) {
  const index = createSearchIndex(deps.db);
  /** `${accountId} ${kind}` → 'all' or the keys of the items to re-read. */
  const pending = new Map<string, { accountId: string; provider: SearchProvider; keys: Set<string> | 'all' }>();
  let known = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | null = null;

  function mark(accountId: string, provider: SearchProvider, scope: 'all' | { key: string }): void {
    const id = `${accountId} ${provider.kind}`;
    const entry = pending.get(id) ?? { accountId, provider, keys: new Set<string>() };
    if (scope === 'all') entry.keys = 'all';
    else if (entry.keys !== 'all') entry.keys.add(scope.key);
    pending.set(id, entry);
    timer ??= setTimeout(catchUp, CATCH_UP_MS);
  }

  function catchUp(): void {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!deps.db.open) return pending.clear();
    const work = [...pending.values()];
    pending.clear();
    for (const { accountId, provider, keys } of work) {
      if (!known.has(accountId)) continue;
      if (keys === 'all') index.replace(accountId, provider.kind, provider.items(deps.db, accountId));
      else
        for (const key of keys) index.replace(accountId, provider.kind, provider.items(deps.db, accountId, key), key);
    }
  }

  /** Indexes new accounts, forgets removed ones. */
  function syncAccounts(): void {
    if (!deps.db.open) return;
    const rows = deps.db.prepare('SELECT id, kind FROM accounts').all() as { id: string; kind: string }[];
    const next = new Set(rows.map((row) => row.id));
    for (const id of known) if (!next.has(id)) index.removeAccount(id);
    for (const row of rows) {
      if (known.has(row.id)) continue;
      for (const provider of providers) if (provider.accountKind === row.kind) mark(row.id, provider, 'all');
    }
    known = next;
  }

  if (deps.db.open) index.load(new Set(deps.db.prepare('SELECT id FROM accounts').pluck().all() as string[]));
  syncAccounts();
  const unsubscribe = deps.events.subscribe((name, payload) => {
    if (name === 'accounts.changed') return syncAccounts();
    if (name !== 'cache.changed') return;
    const { accountId, resource } = payload as { accountId: string; resource: string };
    for (const provider of providers) {
      const scope = provider.affected(resource);
      if (scope) mark(accountId, provider, scope);
    }
  });

  const handlers: { [C in SearchChannel]: Handler<C> } = {
    'search.query': ({ text, limit }) => {
      if (pending.size > 0) catchUp();
      return index.query(text, limit ?? SEARCH_DEFAULT_LIMIT);
    },
  };
  return {
    kind: null,
    handlers,
    stop() {
      unsubscribe();
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
