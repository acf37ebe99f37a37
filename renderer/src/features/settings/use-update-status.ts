import { useCallback, useEffect, useState } from 'react';
import type { UpdateStatus } from '../../../../common/channels/updates';
import type { AppError } from '../../../../common/errors';
import { call, onEvent } from '../../lib/api';

/** The update state from main, kept current by `updates.changed`; the actions answer their error. */
export function useUpdateStatus() {
  const [status, setStatus] = useState<UpdateStatus | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    let alive = true;
    void call((api) => api.updates.status()).then((result) => {
      if (!alive) return;
      if (result.ok) setStatus(result.value);
      else setError(result.error);
    });
    const stop = onEvent('updates.changed', (next) => setStatus(next));
    return () => {
      alive = false;
      stop();
    };
  }, []);

  const run = useCallback(async (action: 'check' | 'restart') => {
    setError(null);
    const result = await call((api) => (action === 'check' ? api.updates.check() : api.updates.restart()));
    if (!result.ok) setError(result.error);
    else if (result.value) setStatus(result.value);
  }, []);

  return { status, error, check: () => run('check'), restart: () => run('restart') };
}
