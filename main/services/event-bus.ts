import type { EventName, PayloadOf } from '../../common/contract';

export type EventListener = <E extends EventName>(name: E, payload: PayloadOf<E>) => void;

/** Main's events, fanned out to whichever transports are attached (Electron window, browser host). */
export function createEventBus() {
  const listeners = new Set<EventListener>();
  return {
    emit<E extends EventName>(name: E, payload: PayloadOf<E>): void {
      for (const listener of listeners) listener(name, payload);
    },
    subscribe(listener: EventListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
export type EventBus = ReturnType<typeof createEventBus>;
