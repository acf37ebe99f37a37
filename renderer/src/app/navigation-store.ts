/**
 * Where the user is, kept in the URL hash so a reload (or the app restarting) lands on the same
 * screen. Every business screen belongs to an account and says which in its route:
 * `#/a/<accountId>/<area>/<...path>`; the app's own screens are `#/accounts`, `#/settings`, `#/about`.
 */
import { create } from 'zustand';
import { hasUnsavedChanges, whenNothingUnsaved } from '../lib/use-unsaved-changes';

export const ACCOUNT_AREAS = [
  'contracts',
  'services',
  'dns',
  'invoices',
  'tickets',
  'notifications',
  'orders',
  'contacts',
  'account',
] as const;
export type AccountArea = (typeof ACCOUNT_AREAS)[number];

export const APP_AREAS = ['accounts', 'settings', 'about', 'activity'] as const;
export type AppArea = (typeof APP_AREAS)[number];

export type Route =
  | {
      readonly kind: 'account';
      readonly accountId: string;
      readonly area: AccountArea;
      readonly path: readonly string[];
    }
  | { readonly kind: 'app'; readonly area: AppArea; readonly path: readonly string[] }
  /** No route (first start, an old or mistyped link): the shell picks the first screen. */
  | { readonly kind: 'home' };

const HOME: Route = { kind: 'home' };
const isOneOf = <T extends string>(list: readonly T[], value: string | undefined): value is T =>
  value !== undefined && (list as readonly string[]).includes(value);

export function parseHash(hash: string): Route {
  let segments: string[];
  try {
    segments = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return HOME;
  }
  const [first, second, third, ...rest] = segments;
  if (first === 'a' && second && isOneOf(ACCOUNT_AREAS, third)) {
    return { kind: 'account', accountId: second, area: third, path: rest };
  }
  if (isOneOf(APP_AREAS, first)) return { kind: 'app', area: first, path: segments.slice(1) };
  return HOME;
}

const hashOf = (segments: readonly string[]) => `#/${segments.map(encodeURIComponent).join('/')}`;

/** The link to an area of an account, e.g. accountHref(id, 'services', '42'). */
export function accountHref(accountId: string, area: AccountArea, ...path: string[]): string {
  return hashOf(['a', accountId, area, ...path]);
}

export function appHref(area: AppArea, ...path: string[]): string {
  return hashOf([area, ...path]);
}

export function routeToHash(route: Route): string {
  if (route.kind === 'account') return accountHref(route.accountId, route.area, ...route.path);
  if (route.kind === 'app') return appHref(route.area, ...route.path);
  return '#/';
}

interface NavigationState {
  readonly route: Route;
  /** Goes to a link made by accountHref/appHref (a new history entry). */
  open(href: string): void;
  /** Replaces the current entry, e.g. when the shell resolves "home" to a first screen. */
  replace(href: string): void;
  syncFromLocation(): void;
}

export const useNavigation = create<NavigationState>((set, get) => ({
  route: parseHash(window.location.hash),
  open(href) {
    if (window.location.hash === href) return set({ route: parseHash(href) });
    // Leaving a form with unsaved edits asks first (lib/use-unsaved-changes).
    whenNothingUnsaved(() => {
      if (window.location.hash !== href) window.history.pushState(null, '', href);
      set({ route: parseHash(href) });
    });
  },
  replace(href) {
    if (window.location.hash !== href) window.history.replaceState(null, '', href);
    set({ route: parseHash(href) });
  },
  syncFromLocation() {
    const target = window.location.hash;
    const current = routeToHash(get().route);
    if (!hasUnsavedChanges() || target === current) return set({ route: parseHash(target) });
    // Back/forward already changed the address: put the form's address back, then ask.
    window.history.pushState(null, '', current);
    get().open(target);
  },
}));
