// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApi } from '../../../common/api-shape';
import type { Cached } from '../../../common/models/cached';
import { resourceKeys, type ResourceKey } from '../../../common/resource-keys';
import type { Result } from '../../../common/result';
import { forgetCachedResources, useCachedResource } from './use-cached-resource';

const keys = resourceKeys('test', { item: ['id'] });
const listeners = new Set<(payload: unknown) => void>();
const emit = (accountId: string, resource: ResourceKey) =>
  act(() => listeners.forEach((listener) => listener({ accountId, resource })));

/** A read whose answer the test releases when it wants, to put answers out of order. */
function deferredRead() {
  const calls: { id: string; resolve: (value: string) => void }[] = [];
  const read = (id: string) => () =>
    new Promise<Result<Cached<string>>>((done) =>
      calls.push({
        id,
        resolve: (value) =>
          done({ ok: true, value: { data: value, syncedAt: null, stale: false, refreshing: false, lastError: null } }),
      }),
    );
  return { calls, read };
}

function Item({ id, read }: { id: string; read: (id: string) => () => Promise<Result<Cached<string>>> }) {
  const resource = useCachedResource({ accountId: 'a1', keys: [keys.key.item({ id })], read: read(id) });
  return <p data-testid="value">{resource.data ?? 'loading'}</p>;
}

beforeEach(() => {
  forgetCachedResources();
  listeners.clear();
  Object.defineProperty(window, 'api', {
    configurable: true,
    value: buildApi(
      { channels: [], events: ['cache.changed'] },
      async () => ({ ok: true, value: null }),
      (_name, listener) => (listeners.add(listener), () => listeners.delete(listener)),
    ),
  });
});
afterEach(cleanup);

describe('useCachedResource', () => {
  it('drops a slow answer for a resource no longer wanted when a newer one arrives', async () => {
    const { calls, read } = deferredRead();
    const view = render(<Item id="1" read={read} />);
    view.rerender(<Item id="2" read={read} />);
    expect(calls.map((call) => call.id)).toEqual(['1', '2']);
    await act(async () => calls[1]!.resolve('two'));
    await act(async () => calls[0]!.resolve('one (late)'));
    expect(screen.getByTestId('value').textContent).toBe('two');
  });

  it('re-reads on cache.changed for its own key only', async () => {
    const { calls, read } = deferredRead();
    render(<Item id="1" read={read} />);
    await act(async () => calls[0]!.resolve('first'));
    emit('a1', keys.key.item({ id: '2' }));
    emit('other-account', keys.key.item({ id: '1' }));
    expect(calls).toHaveLength(1);
    emit('a1', keys.key.item({ id: '1' }));
    expect(calls).toHaveLength(2);
    await act(async () => calls[1]!.resolve('second'));
    expect(screen.getByTestId('value').textContent).toBe('second');
  });

  it('ignores an answer that lands after unmount, and stops listening', async () => {
    const { calls, read } = deferredRead();
    const view = render(<Item id="1" read={read} />);
    view.unmount();
    await act(async () => calls[0]!.resolve('too late'));
    expect(listeners.size).toBe(0);
    emit('a1', keys.key.item({ id: '1' }));
    expect(calls).toHaveLength(1);
  });

  it('paints a remembered answer at once when the screen comes back', async () => {
    const { calls, read } = deferredRead();
    const first = render(<Item id="1" read={read} />);
    await act(async () => calls[0]!.resolve('kept'));
    first.unmount();
    render(<Item id="1" read={read} />);
    expect(screen.getByTestId('value').textContent).toBe('kept');
    expect(calls).toHaveLength(2);
  });
});
