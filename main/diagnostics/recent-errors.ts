/** The last failures' kinds, for diagnostics: kept in memory only, never their messages. */
import type { Result } from '../../common/result';

export interface RecentError {
  readonly kind: string;
  readonly channel: string;
  readonly at: number;
}

export function createRecentErrors(limit = 50, clock: () => number = Date.now) {
  const entries: RecentError[] = [];
  return {
    record(channel: string, kind: string): void {
      entries.push({ channel, kind, at: clock() });
      if (entries.length > limit) entries.shift();
    },
    list: (): readonly RecentError[] => [...entries],
  };
}
export type RecentErrors = ReturnType<typeof createRecentErrors>;

/** Wraps a dispatch so every failed answer leaves its kind behind. */
export function recordingFailures<A extends unknown[]>(
  dispatch: (channel: string, ...rest: A) => Promise<Result<unknown>>,
  recent: RecentErrors,
): (channel: string, ...rest: A) => Promise<Result<unknown>> {
  return async (channel, ...rest) => {
    const result = await dispatch(channel, ...rest);
    if (!result.ok) recent.record(channel, result.error.kind);
    return result;
  };
}
