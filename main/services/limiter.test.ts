import { expect, it } from 'vitest';
import { createLimiter, mapLimited } from './limiter';

const later = <T>(value: T, ms: number) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

it('runs at most max at once and keeps the items order in the results', async () => {
  let active = 0;
  let most = 0;
  const { results, peak } = await mapLimited([30, 5, 20, 1, 10, 2, 8], 3, async (ms) => {
    active += 1;
    most = Math.max(most, active);
    await later(null, ms);
    active -= 1;
    return ms * 2;
  });
  expect(results).toEqual([60, 10, 40, 2, 20, 4, 16]);
  expect(peak).toBe(3);
  expect(most).toBe(3);
});

it('hands a freed slot to the oldest waiter', async () => {
  const limiter = createLimiter(1);
  const order: string[] = [];
  await Promise.all(
    ['a', 'b', 'c'].map((name) => limiter.run(async () => order.push(await later(name, name === 'a' ? 10 : 1)))),
  );
  expect(order).toEqual(['a', 'b', 'c']);
  expect(limiter.peak).toBe(1);
});

it('refuses a limit that is not a whole number ≥ 1', () => {
  expect(() => createLimiter(0)).toThrow(RangeError);
  expect(() => createLimiter(1.5)).toThrow(RangeError);
});
