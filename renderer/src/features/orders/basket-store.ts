/**
 * Each account's order basket: products chosen one by one, then ordered together in one `POST
 * /order` (one invoice). Kept in memory only, never in the renderer's storage: an item's fields can
 * hold a secret (a VM's root password, a domain's transfer code).
 */
import { create } from 'zustand';
import type { OrderItemInput } from '../../../../common/portal/order-item';
import type { SummaryRow } from './order-summary';

/** The most items one order may hold (the `orders.place` channel refuses more). */
export const MAX_BASKET_ITEMS = 20;

export interface BasketItem {
  readonly id: number;
  readonly productName: string;
  readonly item: OrderItemInput;
  /** What was chosen, for the basket's list and the order summary. */
  readonly summary: readonly SummaryRow[];
}

interface BasketState {
  readonly baskets: Readonly<Record<string, readonly BasketItem[]>>;
  /** False when the basket is full. */
  add(accountId: string, entry: Omit<BasketItem, 'id'>): boolean;
  remove(accountId: string, id: number): void;
  clear(accountId: string): void;
}

const NONE: readonly BasketItem[] = [];
let nextId = 1;

export const useBasketStore = create<BasketState>()((set, get) => ({
  baskets: {},
  add(accountId, entry) {
    const items = get().baskets[accountId] ?? NONE;
    if (items.length >= MAX_BASKET_ITEMS) return false;
    set((state) => ({ baskets: { ...state.baskets, [accountId]: [...items, { ...entry, id: nextId++ }] } }));
    return true;
  },
  remove(accountId, id) {
    set((state) => ({
      baskets: { ...state.baskets, [accountId]: (state.baskets[accountId] ?? NONE).filter((item) => item.id !== id) },
    }));
  },
  clear(accountId) {
    set((state) => ({ baskets: { ...state.baskets, [accountId]: NONE } }));
  },
}));

export const useBasket = (accountId: string): readonly BasketItem[] =>
  useBasketStore((state) => state.baskets[accountId] ?? NONE);
