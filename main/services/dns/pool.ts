/**
 * At most `max` tasks at once over a list, in order: a worker pool with a peak counter (the
 * concurrency actually used, for tests and the bench). Local to DNS because features may not
 * import each other; hosting's limiter does the same job and could move into the kernel.
 */
export interface PoolRun<R> {
  readonly results: R[];
  readonly peak: number;
}

export async function runPool<T, R>(
  items: readonly T[],
  max: number,
  task: (item: T) => Promise<R>,
): Promise<PoolRun<R>> {
  if (!Number.isInteger(max) || max < 1) throw new RangeError('max must be a whole number ≥ 1');
  const results = new Array<R>(items.length);
  let next = 0;
  let active = 0;
  let peak = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      active += 1;
      peak = Math.max(peak, active);
      try {
        results[index] = await task(items[index]!);
      } finally {
        active -= 1;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(max, items.length) }, worker));
  return { results, peak };
}
