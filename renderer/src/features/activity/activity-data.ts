/**
 * The activity log's data: the entries matching the filters, re-read whenever main records a write
 * (`activity.entries` changes), and the CSV export.
 */
import { useEffect, useState } from 'react';
import { activityKeys, type ActivityFilters, type ActivityPage } from '../../../../common/channels/activity';
import type { AppError } from '../../../../common/errors';
import type { Result } from '../../../../common/result';
import { call, onEvent } from '../../lib/api';

export interface ActivityLog {
  readonly page: ActivityPage | null;
  readonly error: AppError | null;
  readonly loading: boolean;
}

export function useActivityLog(filters: ActivityFilters): ActivityLog {
  const [state, setState] = useState<ActivityLog>({ page: null, error: null, loading: true });
  const key = JSON.stringify(filters);
  useEffect(() => {
    let current = true;
    const read = async () => {
      const result = await call((api) => api.activity.list({ filters }));
      if (!current) return;
      setState((before) =>
        result.ok
          ? { page: result.value, error: null, loading: false }
          : { page: before.page, error: result.error, loading: false },
      );
    };
    void read();
    const entries = activityKeys.key.entries();
    const stop = onEvent('cache.changed', (change) => {
      if (change.resource === entries) void read();
    });
    return () => {
      current = false;
      stop();
    };
    // `key` stands for the filters' content: a new object with the same filters is no new read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state;
}

export function exportActivity(filters: ActivityFilters): Promise<Result<{ readonly path: string } | null>> {
  return call((api) => api.activity.export({ filters }));
}
