/**
 * The command palette's search over every account's cache. The index is built from the cached rows
 * when the app starts and follows `cache.changed`: a change marks what it touched, and the index
 * catches up shortly after (or at once, when a query comes first), so a burst of changes during a
 * sync costs one rebuild, never a stale answer. The catch-up runs in slices of SLICE_ITEMS items
 * (a few milliseconds each) with the event loop free between them: indexing 20,000 fresh contracts
 * used to hold every other IPC call for one to two seconds.
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
/** Items written per slice of a catch-up. */
const SLICE_ITEMS = 500;
/** How long one turn of the background catch-up may hold the event loop. */
const TURN_MS = 8;

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

  /** Catch-up work not yet done, in order; each step is one short transaction. */
  const steps: (() => void)[] = [];
  let turn: ReturnType<typeof setImmediate> | null = null;

  /** Turns the marked changes into steps: the rows are read now, written slice by slice. */
  function plan(): void {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!deps.db.open) return pending.clear();
    for (const { accountId, provider, keys } of pending.values()) {
      if (!known.has(accountId)) continue;
      const scopes = keys === 'all' ? [undefined] : [...keys];
      for (const key of scopes) {
        const items = provider.items(deps.db, accountId, key);
        const kept = new Set(items.map((item) => item.key));
        // A step re-checks the account: it may have been removed while earlier slices ran.
        const step = (work: () => void) => steps.push(() => known.has(accountId) && deps.db.open && work());
        step(() => index.prune(accountId, provider.kind, kept, key));
        for (let from = 0; from < items.length; from += SLICE_ITEMS) {
          step(() => index.put(accountId, provider.kind, items.slice(from, from + SLICE_ITEMS)));
        }
      }
    }
    pending.clear();
  }

  /** Runs steps for up to `budgetMs`, then lets the event loop breathe and goes on. */
  function drain(budgetMs: number): void {
    if (turn) clearImmediate(turn);
    turn = null;
    const until = performance.now() + budgetMs;
    while (steps.length > 0 && performance.now() < until) steps.shift()!();
    if (steps.length > 0) turn = setImmediate(() => drain(TURN_MS));
  }

  function catchUp(): void {
    plan();
    drain(TURN_MS);
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
      // A query never gets a stale answer: whatever is still to do is done first.
      plan();
      drain(Infinity);
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
      if (turn) clearImmediate(turn);
      turn = null;
      steps.length = 0;
    },
  };
}
