/**
 * The portal's price for the form as it is now: one quote per pause in typing (debounced), and only
 * the answer for the latest values is shown (an older answer arriving late is dropped).
 */
import { useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../../common/errors';
import type { Quote } from '../../../../common/models/hostbill';
import type { OrderItemInput } from '../../../../common/portal/order-item';
import { quoteOrder } from './orders-api';

export const QUOTE_DEBOUNCE_MS = 250;

export interface QuoteState {
  readonly quote: Quote | null;
  readonly error: AppError | null;
  /** A quote for the current values is on its way. */
  readonly pending: boolean;
}

interface Answer {
  readonly for: string;
  readonly quote: Quote | null;
  readonly error: AppError | null;
}

/** `items` null or empty: the values are not valid yet (or the basket is empty), nothing is asked. */
export function useQuote(accountId: string, items: readonly OrderItemInput[] | null, enabled: boolean): QuoteState {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const latest = useRef<string | null>(null);
  const wanted = items && items.length > 0 && enabled ? `${accountId}\u0000${JSON.stringify(items)}` : null;
  useEffect(() => {
    latest.current = wanted;
    if (wanted === null || items === null) return;
    const timer = setTimeout(() => {
      void quoteOrder(accountId, [...items]).then((result) => {
        if (latest.current !== wanted) return;
        setAnswer(
          result.ok
            ? { for: wanted, quote: result.value, error: null }
            : { for: wanted, quote: null, error: result.error },
        );
      });
    }, QUOTE_DEBOUNCE_MS);
    return () => clearTimeout(timer);
    // `wanted` stands for `items` (same content, new array each render).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [accountId, wanted]);
  return {
    quote: answer?.quote ?? null,
    error: answer?.error ?? null,
    pending: wanted !== null && answer?.for !== wanted,
  };
}
