/** The Orders area's calls: quotes (live reads) and placing an order (never repeated here). */
import type { OrderItemInput, OrderOptionsInput } from '../../../../common/portal/order-item';
import { call } from '../../lib/api';

export const quoteOrder = (accountId: string, items: OrderItemInput[], options: OrderOptionsInput = {}) =>
  call((api) => api.orders.quote({ accountId, items, ...options }));

export const placeOrder = (accountId: string, items: OrderItemInput[], options: OrderOptionsInput = {}) =>
  call((api) => api.orders.place({ accountId, items, ...options }));
