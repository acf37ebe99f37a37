/**
 * The one way a screen reads cached data: ask main, show the answer, read again whenever main says
 * one of the resource's keys changed, and forget it on unmount. Answers that arrive for a resource
 * the screen no longer wants (the user moved on, a newer read overtook a slow one) are dropped.
 * The last answer per resource is kept in memory, so going back to a screen paints at once.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { AppError } from '../../../common/errors';
import type { Cached } from '../../../common/models/cached';
import type { ResourceKey } from '../../../common/resource-keys';
import type { Result } from '../../../common/result';
import { onEvent } from './api';

export interface CachedResourceSpec<T, V> {
  readonly accountId: string;
  /** cache.changed resources that make this one stale; the first one names it. */
  readonly keys: readonly ResourceKey[];
  readonly read: () => Promise<Result<Cached<T>>>;
  /** The refresh button's call; without it refresh() just reads again. */
  readonly refresh?: () => Promise<Result<unknown>>;
  /** Derives what the screen shows (rows, search keys); runs once per answer. */
  readonly select?: (data: T) => V;
}

export interface CachedResource<V> {
  readonly data: V | null;
  /** The answer's freshness (null before the first answer). */
  readonly cached: Omit<Cached<unknown>, 'data'> | null;
  readonly syncedAt: string | null;
  readonly stale: boolean;
  /** Why a read or refresh call itself failed (a failed background sync is `cached.lastError`). */
  readonly error: AppError | null;
  /** A refresh asked for by the user (or the first background sync) is running. */
  readonly refreshing: boolean;
  reload(): Promise<void>;
  refresh(): Promise<void>;
}

interface Answer<V> {
  readonly data: V;
  readonly cached: Omit<Cached<unknown>, 'data'>;
}

const remembered = new Map<string, Answer<unknown>>();
const pending = new Map<string, Promise<Result<Cached<unknown>>>>();
const identityOf = (accountId: string, keys: readonly ResourceKey[]) => `${accountId}\u0000${keys[0] ?? ''}`;

/**
 * Starts a read before the screen mounts (e.g. when its code loads); the screen's own first read
 * then takes this answer instead of asking again.
 */
export function prefetchCachedResource<T>(
  spec: Pick<CachedResourceSpec<T, unknown>, 'accountId' | 'keys' | 'read'>,
): void {
  const identity = identityOf(spec.accountId, spec.keys);
  if (!pending.has(identity)) pending.set(identity, spec.read() as Promise<Result<Cached<unknown>>>);
}

export function useCachedResource<T, V = T>(spec: CachedResourceSpec<T, V>): CachedResource<V> {
  const identity = identityOf(spec.accountId, spec.keys);
  const specRef = useRef(spec);
  // The latest spec (its read and select close over the screen's props) for the reads to use.
  useLayoutEffect(() => {
    specRef.current = spec;
  });
  const [state, setState] = useState(() => ({
    identity,
    answer: (remembered.get(identity) as Answer<V> | undefined) ?? null,
    error: null as AppError | null,
    refreshing: false,
  }));
  // Each read takes a ticket; only the newest ticket's answer is applied.
  const ticket = useRef(0);
  const mounted = useRef(true);

  const current = state.identity === identity ? state : null;

  const read = useCallback(async (): Promise<void> => {
    const mine = (ticket.current += 1);
    const wanted = identityOf(specRef.current.accountId, specRef.current.keys);
    const early = pending.get(wanted);
    pending.delete(wanted);
    const result = (await (early ?? specRef.current.read())) as Result<Cached<T>>;
    if (!mounted.current || mine !== ticket.current) return;
    if (!result.ok) {
      setState((previous) => ({ ...previous, identity: wanted, error: result.error }));
      return;
    }
    const { data, ...cached } = result.value;
    const select = specRef.current.select;
    const answer: Answer<V> = { data: select ? select(data) : (data as unknown as V), cached };
    remembered.set(wanted, answer as Answer<unknown>);
    setState((previous) => ({ ...previous, identity: wanted, answer, error: null }));
  }, []);

  useEffect(() => {
    mounted.current = true;
    void read();
    const keys = new Set<string>(specRef.current.keys);
    const accountId = specRef.current.accountId;
    const stop = onEvent('cache.changed', (change) => {
      if (change.accountId === accountId && keys.has(change.resource)) void read();
    });
    return () => {
      mounted.current = false;
      ticket.current += 1;
      stop();
    };
    // The keys' joined text is their identity: a new array with the same keys is the same resource.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [identity, spec.keys.join('\u0000'), read]);

  const refresh = useCallback(async (): Promise<void> => {
    const run = specRef.current.refresh;
    if (!run) return read();
    setState((previous) => ({ ...previous, refreshing: true }));
    const result = await run();
    if (!mounted.current) return;
    setState((previous) => ({ ...previous, refreshing: false, error: result.ok ? null : result.error }));
    await read();
  }, [read]);

  // Until the first answer for a new resource, show what was remembered for it (if anything).
  const answer = current ? current.answer : ((remembered.get(identity) as Answer<V> | undefined) ?? null);
  return {
    data: answer?.data ?? null,
    cached: answer?.cached ?? null,
    syncedAt: answer?.cached.syncedAt ?? null,
    stale: answer?.cached.stale ?? false,
    error: current?.error ?? null,
    refreshing: (current?.refreshing ?? false) || (answer?.cached.refreshing ?? false),
    reload: read,
    refresh,
  };
}

/** For tests: forget remembered answers. */
export function forgetCachedResources(): void {
  remembered.clear();
  pending.clear();
}

/** The resource as a Cached<V> (data with its freshness), null before the first answer. */
export function asCached<V>(resource: Pick<CachedResource<V>, 'cached' | 'data'>): Cached<V> | null {
  return resource.cached && resource.data !== null ? { ...resource.cached, data: resource.data } : null;
}
