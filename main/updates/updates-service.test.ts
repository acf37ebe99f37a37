import { describe, expect, it } from 'vitest';
import type { UpdateStatus } from '../../common/channels/updates';
import { AppFailure } from '../../common/errors';
import type { UpdaterEvent, UpdaterPort } from './updater-port';
import { CHECK_EVERY_MS, TICK_MS, createUpdatesService, type Timers } from './updates-service';

/** A fake updater: records calls; the test plays the events electron-updater would send. */
function fakeUpdater() {
  const listeners = new Set<(event: UpdaterEvent) => void>();
  const calls = { check: 0, quitAndInstall: 0 };
  let checkError: Error | null = null;
  const port: UpdaterPort = {
    async check() {
      calls.check += 1;
      if (checkError) throw checkError;
    },
    quitAndInstall: () => void (calls.quitAndInstall += 1),
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    port,
    calls,
    emit: (event: UpdaterEvent) => listeners.forEach((listener) => listener(event)),
    failChecksWith: (error: Error | null) => (checkError = error),
    listenerCount: () => listeners.size,
  };
}

function fakeTimers() {
  const intervals: { callback: () => void; ms: number }[] = [];
  const timers: Timers = {
    setInterval: (callback, ms) => intervals.push({ callback, ms }) - 1,
    clearInterval: (handle) => void intervals.splice(handle as number, 1),
  };
  return { timers, intervals, fire: () => intervals.forEach((entry) => entry.callback()) };
}

function setup(options: { enabled?: boolean; updater?: boolean } = {}) {
  const updater = fakeUpdater();
  const clock = { now: 1_000_000 };
  const time = fakeTimers();
  const settings = { autoUpdate: options.enabled ?? true };
  const changes: UpdateStatus[] = [];
  const service = createUpdatesService({
    updater: options.updater === false ? null : updater.port,
    unsupportedReason: 'not in the browser host',
    autoCheckEnabled: () => settings.autoUpdate,
    onChange: (status) => changes.push(status),
    clock: () => clock.now,
    timers: time.timers,
  });
  return { service, updater, clock, time, settings, changes };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('update policy', () => {
  it('checks at start, then once a day, not at every tick', async () => {
    const { service, updater, clock, time } = setup();
    service.start();
    expect(updater.calls.check).toBe(1);
    expect(time.intervals.map((entry) => entry.ms)).toEqual([TICK_MS]);
    updater.emit({ type: 'not-available' });
    clock.now += CHECK_EVERY_MS - 1;
    time.fire();
    expect(updater.calls.check).toBe(1);
    clock.now += 1;
    time.fire();
    expect(updater.calls.check).toBe(2);
  });

  it('does not check automatically when switched off, and picks up the switch without a restart', () => {
    const { service, updater, settings, clock, time } = setup({ enabled: false });
    service.start();
    expect(updater.calls.check).toBe(0);
    expect(service.status().state).toBe('disabled');
    clock.now += CHECK_EVERY_MS * 3;
    time.fire();
    expect(updater.calls.check).toBe(0);
    settings.autoUpdate = true;
    time.fire();
    expect(updater.calls.check).toBe(1);
  });

  it('a manual check works with automatic checks off', async () => {
    const { service, updater } = setup({ enabled: false });
    expect((await service.check()).state).toBe('checking');
    expect(updater.calls.check).toBe(1);
  });

  it('downloads in the background, then offers the restart and never restarts by itself', async () => {
    const { service, updater, changes, clock, time } = setup();
    service.start();
    updater.emit({ type: 'checking' });
    updater.emit({ type: 'available', version: '0.2.0' });
    updater.emit({ type: 'progress', percent: 41.6 });
    expect(service.status()).toMatchObject({ state: 'downloading', version: '0.2.0', percent: 42 });
    updater.emit({ type: 'downloaded', version: '0.2.0' });
    expect(service.status()).toMatchObject({ state: 'ready', version: '0.2.0', checkedAt: clock.now });
    expect(changes.map((status) => status.state)).toEqual(['checking', 'downloading', 'downloading', 'ready']);
    // A day later nothing re-checks over a downloaded update, and nothing quits.
    clock.now += CHECK_EVERY_MS * 2;
    time.fire();
    await flush();
    expect(updater.calls.check).toBe(1);
    expect(updater.calls.quitAndInstall).toBe(0);
    expect(service.restart()).toBeNull();
    expect(updater.calls.quitAndInstall).toBe(1);
  });

  it('refuses a restart when no update is ready', () => {
    const { service, updater } = setup();
    expect(() => service.restart()).toThrow(AppFailure);
    expect(() => service.restart()).toThrow('No update has been downloaded yet.');
    expect(updater.calls.quitAndInstall).toBe(0);
  });

  it('turns errors into state for Settings, short and without secrets', async () => {
    const { service, updater, changes } = setup();
    updater.failChecksWith(
      new Error('net::ERR_CONNECTION_REFUSED https://updates.example/latest.yml?token=feed-SECRET\n at stack'),
    );
    await service.check();
    await flush();
    const status = service.status();
    expect(status.state).toBe('error');
    expect(status.error).toMatch(/^The update check failed: net::ERR_CONNECTION_REFUSED/);
    expect(status.error).not.toContain('feed-SECRET');
    expect(status.error).not.toContain('at stack');
    expect(changes.at(-1)?.state).toBe('error');
    // The updater's own error event lands the same way.
    updater.emit({ type: 'error', message: 'HttpError: 404' });
    expect(service.status().error).toBe('The update check failed: HttpError: 404');
  });

  it('does not start a second check while one runs', async () => {
    const { service, updater } = setup();
    await service.check();
    await service.check();
    expect(updater.calls.check).toBe(1);
  });

  it('answers unsupported everywhere without an updater (browser host, development)', async () => {
    const { service, time } = setup({ updater: false });
    service.start();
    expect(time.intervals).toHaveLength(0);
    expect(service.status()).toEqual({
      state: 'unsupported',
      reason: 'not in the browser host',
      version: null,
      percent: null,
      checkedAt: null,
      error: null,
    });
    await expect(service.check()).rejects.toThrow('Updates are not available: not in the browser host.');
    expect(() => service.restart()).toThrow('not in the browser host');
  });

  it('stop clears the timer and the subscription', () => {
    const { service, updater, time } = setup();
    service.start();
    service.stop();
    expect(time.intervals).toHaveLength(0);
    expect(updater.listenerCount()).toBe(0);
  });
});
