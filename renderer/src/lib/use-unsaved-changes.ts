/**
 * The one guard for unsaved edits. A form calls `useUnsavedChanges(dirty)`; while any form is dirty,
 * a reload or window close asks through `beforeunload`, in-app navigation (navigation-store) asks
 * "Discard unsaved changes?" in an app dialog (DiscardPrompt), and the form's own Cancel/Escape asks
 * through `confirmLeave`. The question is a store entry, so the prompt is an ordinary dialog that
 * tests and keyboard users reach like any other.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { create } from 'zustand';

interface UnsavedState {
  /** One token per mounted form with unsaved edits. */
  readonly dirty: ReadonlySet<symbol>;
  /** The open question, answered by DiscardPrompt: true = discard the edits and go on. */
  readonly question: { readonly answer: (discard: boolean) => void } | null;
}

export const useUnsavedStore = create<UnsavedState>(() => ({ dirty: new Set(), question: null }));

const update = (change: (dirty: Set<symbol>) => void) =>
  useUnsavedStore.setState((state) => {
    const dirty = new Set(state.dirty);
    change(dirty);
    return { dirty };
  });

export const hasUnsavedChanges = (): boolean => useUnsavedStore.getState().dirty.size > 0;

/** Asks the user; `onDiscard` runs (synchronously with the click) only if they chose to discard. */
export function askToDiscard(onDiscard: () => void): void {
  // A second question replaces the first, which then counts as "keep editing".
  const question = {
    answer: (discard: boolean) => {
      if (useUnsavedStore.getState().question === question) useUnsavedStore.setState({ question: null });
      if (discard) onDiscard();
    },
  };
  useUnsavedStore.setState({ question });
}

/** Runs `proceed` now when nothing is unsaved, else once the user agreed to drop every unsaved edit. */
export function whenNothingUnsaved(proceed: () => void): void {
  if (!hasUnsavedChanges()) return proceed();
  askToDiscard(() => {
    useUnsavedStore.setState({ dirty: new Set() });
    proceed();
  });
}

// Chromium shows its own "Leave site?" only when the handler cancels the event; Electron turns that
// into `will-prevent-unload`, which main answers with a native question.
function onBeforeUnload(event: BeforeUnloadEvent): void {
  if (!hasUnsavedChanges()) return;
  event.preventDefault();
  event.returnValue = '';
}
let listening = false;
function listenForUnload(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  window.addEventListener('beforeunload', onBeforeUnload);
}

export interface UnsavedChanges {
  /** For the form's Cancel, Escape or close: runs `leave` at once, or after "Discard" when edited. */
  confirmLeave(leave: () => void): void;
  /** After a successful save that moves on (e.g. opens the new item): nothing here is unsaved any more. */
  saved(): void;
}

export function useUnsavedChanges(dirty: boolean): UnsavedChanges {
  const token = useRef<symbol>(Symbol('form'));
  useEffect(() => {
    if (!dirty) return;
    const mine = token.current;
    listenForUnload();
    update((set) => set.add(mine));
    return () => update((set) => set.delete(mine));
  }, [dirty]);

  const saved = useCallback(() => update((set) => set.delete(token.current)), []);
  const confirmLeave = useCallback(
    (leave: () => void) => {
      if (!useUnsavedStore.getState().dirty.has(token.current)) return leave();
      askToDiscard(() => {
        saved();
        leave();
      });
    },
    [saved],
  );
  return useMemo(() => ({ confirmLeave, saved }), [confirmLeave, saved]);
}
