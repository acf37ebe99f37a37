/**
 * The feature list. A feature is a folder under main/services/ whose factory answers the handlers of
 * its own channels (and, optionally, a stop for timers); adding an area is one line here.
 */
import type { AccountKind } from '../../common/models/account';
import { createActivityFeature } from './activity';
import { createContractsFeature } from './contracts';
import { createDnsFeature } from './dns';
import type { FeatureDeps } from './feature-deps';
import { createHostingFeature } from './hosting';
import { createSearchFeature } from './search';
import { createSupportFeature } from './support';
import { createInvoicesFeature } from './invoices';
import { createPortalFeature } from './portal';

const FEATURE_FACTORIES = {
  contracts: createContractsFeature,
  hosting: createHostingFeature,
  activity: createActivityFeature,
  search: createSearchFeature,
  support: createSupportFeature,
  invoices: createInvoicesFeature,
  portal: createPortalFeature,
  dns: createDnsFeature,
} as const;

type Factories = typeof FEATURE_FACTORIES;
type Built = { readonly [K in keyof Factories]: ReturnType<Factories[K]> };
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
/** Every feature's handlers in one map; `buildHandlers` checks it covers the contract. */
export type FeatureHandlers = UnionToIntersection<Built[keyof Built]['handlers']>;

interface AnyFeature {
  /** null: an app-wide feature (activity log, search) whose channels name no single account. */
  readonly kind: AccountKind | null;
  readonly handlers: Readonly<Record<string, (args: never) => unknown>>;
  readonly stop?: () => void;
}

export interface Features {
  readonly built: Built;
  readonly handlers: FeatureHandlers;
  stop(): void;
}

export function createFeatures(deps: FeatureDeps): Features {
  const built = Object.fromEntries(
    Object.entries(FEATURE_FACTORIES).map(([name, create]) => [name, create(deps)]),
  ) as unknown as Built;
  const all = Object.values(built) as readonly AnyFeature[];
  const handlers = Object.assign({}, ...all.map((feature) => guardAccounts(deps, feature))) as FeatureHandlers;
  return { built, handlers, stop: () => all.forEach((feature) => feature.stop?.()) };
}

/**
 * Every feature channel names its account: check it once, here, before any handler runs, so an
 * unknown or removed id is `not-found` for every area alike (and never starts a background sync).
 * An account removed while its call was running makes that call `not-found` too, whatever broke
 * on the way (typically its rows no longer have an account to belong to).
 */
function guardAccounts(deps: FeatureDeps, feature: AnyFeature): Record<string, (args: never) => unknown> {
  const kind = feature.kind;
  return Object.fromEntries(
    Object.entries(feature.handlers).map(([channel, handler]) => [
      channel,
      async (args: { readonly accountId?: unknown }) => {
        const accountId = kind !== null && typeof args?.accountId === 'string' ? args.accountId : null;
        if (accountId === null || kind === null) return handler(args as never);
        deps.requireAccount(accountId, kind);
        try {
          return await handler(args as never);
        } catch (thrown) {
          deps.requireAccount(accountId, kind);
          throw thrown;
        }
      },
    ]),
  );
}
