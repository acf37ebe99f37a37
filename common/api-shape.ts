/**
 * Builds `window.api` from the contract. Shared by the preload (over Electron IPC) and the browser
 * host's bridge (over HTTP) so the two shapes cannot drift.
 */
// Types only: the browser host's bridge builds the api without loading the zod schemas.
import type { ChannelCall, ChannelName, EventName, PayloadOf } from './contract';
import type { Result } from './result';

type Nest<K extends string, V> = K extends `${infer Head}.${infer Tail}`
  ? { readonly [P in Head]: Nest<Tail, V> }
  : { readonly [P in K]: V };
type UnionToIntersection<U> = (U extends unknown ? (arg: U) => void : never) extends (arg: infer I) => void ? I : never;

export type Unsubscribe = () => void;
export type Subscribe = <E extends EventName>(name: E, listener: (payload: PayloadOf<E>) => void) => Unsubscribe;

export type Api = UnionToIntersection<{ [C in ChannelName]: Nest<C, ChannelCall<C>> }[ChannelName]> & {
  /** Listen to an event main pushes; returns the function that stops listening. */
  readonly on: Subscribe;
};

export type Invoke = (channel: ChannelName, args: unknown) => Promise<Result<unknown>>;
export type RawSubscribe = (name: EventName, listener: (payload: unknown) => void) => Unsubscribe;

export interface ContractNames {
  readonly channels: readonly ChannelName[];
  readonly events: readonly EventName[];
}

export function buildApi(names: ContractNames, invoke: Invoke, subscribe: RawSubscribe): Api {
  const root: Record<string, unknown> = {};
  for (const name of names.channels) {
    const segments = name.split('.');
    let node = root;
    for (const segment of segments.slice(0, -1)) {
      node = (node[segment] ??= {}) as Record<string, unknown>;
    }
    node[segments.at(-1)!] = (args?: unknown) => invoke(name, args);
  }
  root.on = (name: string, listener: (payload: unknown) => void) => {
    if (!(names.events as readonly string[]).includes(name)) throw new TypeError(`Unknown event: ${name}`);
    if (typeof listener !== 'function') throw new TypeError('Listener must be a function');
    return subscribe(name as EventName, listener);
  };
  return deepFreeze(root) as unknown as Api;
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (typeof child === 'object' && child !== null) deepFreeze(child);
  }
  return Object.freeze(value);
}

/** Every function path on the api, e.g. ["accounts.add", ..., "on"]: used by tests of both hosts. */
export function apiFunctionPaths(api: object, prefix = ''): string[] {
  return Object.entries(api).flatMap(([key, value]) =>
    typeof value === 'function'
      ? [prefix + key]
      : typeof value === 'object' && value !== null
        ? apiFunctionPaths(value, `${prefix}${key}.`)
        : [],
  );
}
