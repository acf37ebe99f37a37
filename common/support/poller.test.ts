import { describe, expect, it } from 'vitest';
import { backoffDelay, createPoller, type PollOutcome } from './poller';

/** A clock and timer queue the test advances by hand: no real waiting. */
function manualTimers() {
  let now = 0;
  let seq = 0;
  const pending = new Map<number, { at: number; run: () => void }>();
  return {
    timers: {
      setTimeout: (run: () => void, ms: number) => {
        seq += 1;
        pending.set(seq, { at: now + ms, run });
        return seq;
      },
      clearTimeout: (handle: unknown) => void pending.delete(handle as number),
      now: () => now,
    },
    pendingCount: () => pending.size,
    async advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const due = [...pending.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        pending.delete(due[0]);
        now = due[1].at;
        due[1].run();
        await new Promise((resolve) => setImmediate(resolve));
      }
      now = until;
    },
  };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('notification poller', () => {
  it('polls at the interval, backs off after failures up to the cap, and recovers', async () => {
    const clock = manualTimers();
    const outcomes: PollOutcome[] = ['ok', 'failed', 'failed', 'failed', 'failed', 'failed', 'ok'];
    let polls = 0;
    const poller = createPoller({
      poll: async () => outcomes[polls++] ?? 'ok',
      intervalMs: 1000,
      maxIntervalMs: 5000,
      timers: clock.timers,
      random: () => 0.5,
    });
    poller.start();
    await flush();
    expect(polls).toBe(1);
    expect(poller.nextDelayMs).toBe(1000);
    const delays: (number | null)[] = [];
    for (let i = 0; i < 6; i += 1) {
      await clock.advance(poller.nextDelayMs!);
      delays.push(poller.nextDelayMs);
    }
    expect(polls).toBe(7);
    expect(delays).toEqual([2000, 4000, 5000, 5000, 5000, 1000]);
    expect(poller.failures).toBe(0);
    poller.stop();
    expect(clock.pendingCount()).toBe(0);
  });

  it('stops while hidden or offline and catches up at once when shown again', async () => {
    const clock = manualTimers();
    let polls = 0;
    const poller = createPoller({
      poll: async () => ((polls += 1), 'ok'),
      intervalMs: 1000,
      maxIntervalMs: 8000,
      timers: clock.timers,
    });
    poller.start();
    await flush();
    poller.setPaused('hidden', true);
    expect(poller.nextDelayMs).toBeNull();
    await clock.advance(10_000);
    expect(polls).toBe(1);
    poller.setPaused('offline', true);
    poller.setPaused('hidden', false);
    await clock.advance(10_000);
    expect(polls).toBe(1);
    poller.setPaused('offline', false);
    await flush();
    expect(polls).toBe(2);
    expect(poller.nextDelayMs).toBe(1000);
    poller.stop();
  });

  it('joins a manual poll to the one under way and treats a throw as a failure', async () => {
    const clock = manualTimers();
    let polls = 0;
    let release: () => void = () => {};
    const poller = createPoller({
      poll: () =>
        new Promise<PollOutcome>((_resolve, reject) => {
          polls += 1;
          release = () => reject(new Error('boom'));
        }),
      intervalMs: 1000,
      maxIntervalMs: 4000,
      timers: clock.timers,
      random: () => 0.5,
    });
    poller.start();
    const again = poller.pollNow();
    expect(polls).toBe(1);
    release();
    await again;
    expect(poller.failures).toBe(1);
    expect(poller.nextDelayMs).toBe(2000);
    poller.stop();
  });

  it('jitters the back-off within ±25 % and never beyond the cap', () => {
    expect(backoffDelay(0, 1000, 9000, () => 0)).toBe(1000);
    expect(backoffDelay(2, 1000, 9000, () => 0)).toBe(3000);
    expect(backoffDelay(2, 1000, 9000, () => 1)).toBe(5000);
    expect(backoffDelay(50, 1000, 9000, () => 1)).toBe(9000);
  });
});
