/**
 * A tiny semaphore: at most `max` tasks run at once, the rest wait in order. Shared by every request
 * of one refresh so the portal never sees more than `max` parallel calls from us, whatever the mix.
 */
export interface Limiter {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** The most tasks that ran at the same time (the concurrency actually used). */
  readonly peak: number;
}

export function createLimiter(max: number): Limiter {
  if (!Number.isInteger(max) || max < 1) throw new RangeError('max must be a whole number ≥ 1');
  let active = 0;
  let peak = 0;
  const waiting: (() => void)[] = [];
  // A finishing task hands its slot straight to the next waiter, so no newcomer can slip in between.
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else active -= 1;
  };
  return {
    async run(task) {
      if (active >= max) await new Promise<void>((resolve) => waiting.push(resolve));
      else active += 1;
      peak = Math.max(peak, active);
      try {
        return await task();
      } finally {
        release();
      }
    },
    get peak() {
      return peak;
    },
  };
}

/** `task` over every item, at most `max` at once, the results in the items' order. */
export async function mapLimited<T, R>(
  items: readonly T[],
  max: number,
  task: (item: T) => Promise<R>,
): Promise<{ readonly results: R[]; readonly peak: number }> {
  const limiter = createLimiter(max);
  const results = await Promise.all(items.map((item) => limiter.run(() => task(item))));
  return { results, peak: limiter.peak };
}
