/**
 * An area loaded as its own chunk, that renders without suspending once loaded. React throttles
 * the reveal of a suspended screen (about 300 ms), so areas are preloaded instead: the initial
 * route's before the first render, the others once the first screen is up.
 */
import { createElement, lazy, Suspense, type ComponentType, type ReactElement } from 'react';

export interface LazyArea<P extends object> {
  readonly Area: (props: P) => ReactElement;
  preload(): Promise<void>;
}

export function lazyArea<P extends object>(load: () => Promise<ComponentType<P>>): LazyArea<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const loadOnce = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (thrown: unknown) => {
        pending = null;
        throw thrown;
      },
    ));
  const Suspending = lazy(async () => ({ default: await loadOnce() }));
  function Area(props: P): ReactElement {
    if (loaded) return createElement(loaded, props);
    return (
      <Suspense fallback={<div className="page" aria-busy="true" />}>
        <Suspending {...props} />
      </Suspense>
    );
  }
  return { Area, preload: () => loadOnce().then(() => undefined) };
}
