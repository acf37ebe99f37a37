/**
 * Keyboard of the table body: the rows are one tab stop (roving focus). Arrow Up/Down move the
 * active row, Page Up/Down by a screenful, Home/End to the ends, Enter opens, Space selects (when
 * the table has selection, otherwise it opens, as a button would).
 */
import { useEffect, useState, type KeyboardEvent, type RefObject } from 'react';

export interface RowKeyboard {
  readonly activeIndex: number;
  readonly setActive: (index: number) => void;
  readonly onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

export function useRowKeyboard(options: {
  readonly count: number;
  readonly rowHeight: number;
  readonly scrollRef: RefObject<HTMLElement | null>;
  readonly scrollToIndex: (index: number) => void;
  readonly onOpen: (index: number) => void;
  readonly onToggle: ((index: number) => void) | null;
}): RowKeyboard {
  const { count, rowHeight, scrollRef, scrollToIndex, onOpen, onToggle } = options;
  const [active, setActive] = useState(0);
  const [focusWanted, setFocusWanted] = useState(false);
  const activeIndex = Math.min(active, Math.max(0, count - 1));

  // After a move the target row may exist only once the virtualizer scrolled: check after each
  // render until it is there.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (!focusWanted) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${activeIndex}"]`);
    if (row) {
      row.focus({ preventScroll: true });
      setFocusWanted(false);
    }
  });

  function move(to: number) {
    if (count === 0) return;
    const next = Math.max(0, Math.min(count - 1, to));
    setActive(next);
    setFocusWanted(true);
    scrollToIndex(next);
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    // Keys typed into a checkbox or a link inside a cell are theirs.
    const target = event.target as HTMLElement;
    if (target.tagName !== 'TR') return;
    // The row the key was typed on is the active one, even if its focus event was missed.
    const at = Number(target.dataset.index ?? activeIndex);
    const from = Number.isInteger(at) && at >= 0 && at < count ? at : activeIndex;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: from + 1,
      ArrowUp: from - 1,
      PageDown: from + page,
      PageUp: from - page,
      Home: 0,
      End: count - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      move(moves[event.key]!);
    } else if (event.key === 'Enter' || (event.key === ' ' && !onToggle)) {
      event.preventDefault();
      onOpen(from);
    } else if (event.key === ' ' && onToggle) {
      event.preventDefault();
      onToggle(from);
    }
  }

  return { activeIndex, setActive, onKeyDown };
}
