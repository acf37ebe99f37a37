/**
 * Where the user is, kept in the URL hash so a reload (or the app restarting) lands on the same
 * screen. One route per sidebar entry, plus an optional sub-path for detail views.
 */
import { create } from 'zustand';

export const AREAS = [
  'contracts',
  'services',
  'dns',
  'invoices',
  'tickets',
  'orders',
  'account',
  'accounts',
  'settings',
  'about',
] as const;
export type Area = (typeof AREAS)[number];

export interface Route {
  readonly area: Area;
  /** e.g. ["15514"] for a contract's detail. */
  readonly path: readonly string[];
}

export function parseHash(hash: string): Route | null {
  const [area, ...path] = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  return area && (AREAS as readonly string[]).includes(area) ? { area: area as Area, path } : null;
}

export function routeToHash(route: Route): string {
  return `#/${[route.area, ...route.path].map(encodeURIComponent).join('/')}`;
}

interface NavigationState {
  readonly route: Route | null;
  go(area: Area, ...path: string[]): void;
  syncFromLocation(): void;
}

export const useNavigation = create<NavigationState>((set) => ({
  route: parseHash(window.location.hash),
  go(area, ...path) {
    const route = { area, path };
    const hash = routeToHash(route);
    if (window.location.hash !== hash) window.history.pushState(null, '', hash);
    set({ route });
  },
  syncFromLocation() {
    set({ route: parseHash(window.location.hash) });
  },
}));
