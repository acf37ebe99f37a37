import { beforeEach, expect, it } from 'vitest';
import { MAX_BASKET_ITEMS, useBasketStore } from './basket-store';

const entry = (n: number) => ({
  productName: `Product ${n}`,
  item: { productId: String(n), cycle: 'm' } as never,
  summary: [{ label: 'Billing cycle', value: 'Monthly' }],
});

beforeEach(() => useBasketStore.setState({ baskets: {} }));

it('keeps one basket per account and refuses more items than one order may hold', () => {
  const { add, remove, clear } = useBasketStore.getState();
  for (let n = 0; n < MAX_BASKET_ITEMS; n += 1) expect(add('a1', entry(n))).toBe(true);
  expect(add('a1', entry(99))).toBe(false);
  expect(add('a2', entry(1))).toBe(true);
  const first = useBasketStore.getState().baskets.a1![0]!;
  remove('a1', first.id);
  expect(useBasketStore.getState().baskets.a1).toHaveLength(MAX_BASKET_ITEMS - 1);
  expect(useBasketStore.getState().baskets.a1!.some((item) => item.id === first.id)).toBe(false);
  clear('a1');
  expect(useBasketStore.getState().baskets.a1).toEqual([]);
  expect(useBasketStore.getState().baskets.a2).toHaveLength(1);
});
