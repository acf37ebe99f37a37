/**
 * A poll loop with back-off: every `intervalMs` while things go well; after failures the wait doubles
 * (with jitter) up to `maxIntervalMs`; paused entirely while any pause reason holds (window hidden,
 * offline). Resuming polls at once when the last poll is older than one interval. Timers are
 * injected so tests drive it without sleeping.
 */

export type PollOutcome = 'ok' | 'failed' | 'offline';
export type PauseReason = 'hidden' | 'offline';

export interface PollTimers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

export interface PollerOptions {
  readonly poll: () => Promise<PollOutcome>;
  readonly intervalMs: number;
  readonly maxIntervalMs: number;
  readonly timers: PollTimers;
  /** 0..1; default Math.random. */
  readonly random?: () => number;
}

export interface Poller {
  start(): void;
  stop(): void;
  setPaused(reason: PauseReason, paused: boolean): void;
  /** Poll now (e.g. the user opened the list), then carry on with the normal rhythm. */
  pollNow(): Promise<void>;
  /** The wait before the next poll, or null when paused/stopped (tests and the bench read it). */
  readonly nextDelayMs: number | null;
  readonly failures: number;
}

/** The wait after `failures` consecutive failed polls: interval × 2^failures, jittered ±25 %, capped. */
export function backoffDelay(failures: number, intervalMs: number, maxIntervalMs: number, random: () => number) {
  if (failures <= 0) return intervalMs;
  const raw = Math.min(maxIntervalMs, intervalMs * 2 ** Math.min(failures, 20));
  return Math.min(maxIntervalMs, Math.round(raw * (0.75 + random() * 0.5)));
}

export function createPoller(options: PollerOptions): Poller {
  const { timers, intervalMs, maxIntervalMs } = options;
  const random = options.random ?? Math.random;
  const pauses = new Set<PauseReason>();
  let running = false;
  let inFlight: Promise<void> | null = null;
  let handle: unknown = null;
  let nextDelayMs: number | null = null;
  let failures = 0;
  let lastPollAt = -Infinity;

  function clear(): void {
    if (handle !== null) timers.clearTimeout(handle);
    handle = null;
    nextDelayMs = null;
  }

  function schedule(): void {
    clear();
    if (!running || pauses.size > 0) return;
    nextDelayMs = backoffDelay(failures, intervalMs, maxIntervalMs, random);
    handle = timers.setTimeout(() => {
      handle = null;
      void pollNow();
    }, nextDelayMs);
  }

  function pollNow(): Promise<void> {
    // One poll at a time: a second call joins the one under way.
    inFlight ??= (async () => {
      clear();
      lastPollAt = timers.now();
      let outcome: PollOutcome;
      try {
        outcome = await options.poll();
      } catch {
        outcome = 'failed';
      }
      failures = outcome === 'ok' ? 0 : failures + 1;
      inFlight = null;
      schedule();
    })();
    return inFlight;
  }

  return {
    start() {
      if (running) return;
      running = true;
      void pollNow();
    },
    stop() {
      running = false;
      clear();
    },
    setPaused(reason, paused) {
      const was = pauses.size > 0;
      if (paused) pauses.add(reason);
      else pauses.delete(reason);
      if (pauses.size > 0) return clear();
      if (!was || !running || inFlight) return;
      // Back from hidden/offline: catch up at once when a poll is due, otherwise keep the rhythm.
      if (timers.now() - lastPollAt >= intervalMs) void pollNow();
      else schedule();
    },
    pollNow,
    get nextDelayMs() {
      return nextDelayMs;
    },
    get failures() {
      return failures;
    },
  };
}
