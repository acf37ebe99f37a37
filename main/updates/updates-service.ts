/**
 * The update policy. Checks at start and then once a day while automatic checks are on; a manual
 * check works either way. An update downloads in the background and is then offered ("Restart to
 * update"); nothing here ever restarts the app by itself. Errors become state for Settings, never
 * a dialog. Without an updater (browser host, development build) everything answers `unsupported`.
 */
import type { UpdateStatus } from '../../common/channels/updates';
import { fail } from '../../common/errors';
import { redactSecrets } from '../logging/redact';
import type { UpdaterEvent, UpdaterPort } from './updater-port';

export const CHECK_EVERY_MS = 24 * 60 * 60 * 1000;
/** How often the timer looks whether a daily check is due (survives sleep and clock changes). */
export const TICK_MS = 60 * 60 * 1000;

export interface Timers {
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export interface UpdatesOptions {
  /** Null where updates cannot happen; `unsupportedReason` then says why. */
  readonly updater: UpdaterPort | null;
  readonly unsupportedReason: string;
  /** The Settings switch, read at each decision so a change applies without a restart. */
  readonly autoCheckEnabled: () => boolean;
  readonly onChange: (status: UpdateStatus) => void;
  readonly clock?: () => number;
  readonly timers?: Timers;
}

export interface UpdatesService {
  status(): UpdateStatus;
  check(): Promise<UpdateStatus>;
  restart(): null;
  /** The check at start and the daily timer. */
  start(): void;
  stop(): void;
}

type Phase = Pick<UpdateStatus, 'state' | 'version' | 'percent' | 'error'>;

const EMPTY = { reason: null, version: null, percent: null, checkedAt: null, error: null } as const;

export function createUpdatesService(options: UpdatesOptions): UpdatesService {
  const clock = options.clock ?? Date.now;
  const timers: Timers = options.timers ?? {
    setInterval: (callback, ms) => setInterval(callback, ms).unref(),
    clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
  };
  const { updater } = options;
  let phase: Phase = { state: 'idle', version: null, percent: null, error: null };
  let checkedAt: number | null = null;
  let lastAttemptAt: number | null = null;
  let timer: unknown = null;

  function status(): UpdateStatus {
    if (!updater) return { ...EMPTY, state: 'unsupported', reason: options.unsupportedReason };
    const idle = phase.state === 'idle' || phase.state === 'up-to-date';
    if (idle && !options.autoCheckEnabled()) return { ...EMPTY, ...phase, state: 'disabled', checkedAt };
    return { ...EMPTY, ...phase, checkedAt };
  }

  function set(next: Phase): void {
    phase = next;
    options.onChange(status());
  }

  function onEvent(event: UpdaterEvent): void {
    switch (event.type) {
      case 'checking':
        return set({ state: 'checking', version: null, percent: null, error: null });
      case 'available':
        return set({ state: 'downloading', version: event.version, percent: 0, error: null });
      case 'progress':
        if (phase.state !== 'downloading') return;
        return set({ ...phase, percent: Math.max(0, Math.min(100, Math.round(event.percent))) });
      case 'downloaded':
        checkedAt = clock();
        return set({ state: 'ready', version: event.version, percent: null, error: null });
      case 'not-available':
        checkedAt = clock();
        return set({ state: 'up-to-date', version: null, percent: null, error: null });
      case 'error':
        return set({ state: 'error', version: null, percent: null, error: errorText(event.message) });
    }
  }

  // Subscribed from the start, so a manual check before start() is heard too.
  let unsubscribe = updater?.onEvent(onEvent) ?? null;

  const busy = () => phase.state === 'checking' || phase.state === 'downloading' || phase.state === 'ready';

  async function runCheck(port: UpdaterPort): Promise<void> {
    lastAttemptAt = clock();
    try {
      await port.check();
    } catch (thrown) {
      onEvent({ type: 'error', message: thrown instanceof Error ? thrown.message : String(thrown) });
    }
  }

  function tick(): void {
    if (!updater || busy() || !options.autoCheckEnabled()) return;
    if (lastAttemptAt !== null && clock() - lastAttemptAt < CHECK_EVERY_MS) return;
    void runCheck(updater);
  }

  return {
    status,
    async check() {
      if (!updater) fail('unsupported', `Updates are not available: ${options.unsupportedReason}.`);
      if (!busy()) {
        set({ state: 'checking', version: null, percent: null, error: null });
        void runCheck(updater);
      }
      return status();
    },
    restart() {
      if (!updater) fail('unsupported', `Updates are not available: ${options.unsupportedReason}.`);
      if (phase.state !== 'ready') fail('conflict', 'No update has been downloaded yet.');
      updater.quitAndInstall();
      return null;
    },
    start() {
      if (!updater || timer !== null) return;
      tick();
      timer = timers.setInterval(tick, TICK_MS);
    },
    stop() {
      if (timer !== null) timers.clearInterval(timer);
      timer = null;
      unsubscribe?.();
      unsubscribe = null;
    },
  };
}

/** The updater's own text can carry a feed URL with a query; keep it short and redacted. */
function errorText(message: string): string {
  const firstLine = redactSecrets(message.split('\n')[0] ?? '').slice(0, 200);
  return `The update check failed: ${firstLine || 'no details'}`;
}
