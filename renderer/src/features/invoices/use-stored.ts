/**
 * UI state that survives a reload (the list's filters and sort), per account, in localStorage. What
 * comes back is validated by `restore`, so an old or damaged value means "no filters", never a crash.
 */
import { useCallback, useState } from 'react';

export function useStored<T>(storageKey: string, restore: (stored: unknown) => T): [T, (next: T) => void] {
  const [value, setValue] = useState<T>(() => {
    try {
      const text = localStorage.getItem(storageKey);
      return restore(text === null ? undefined : JSON.parse(text));
    } catch {
      return restore(undefined);
    }
  });
  const store = useCallback(
    (next: T) => {
      setValue(next);
      try {
        localStorage.setItem(storageKey, JSON.stringify(next));
      } catch {
        // Storage full or disabled: the filters still apply for this session.
      }
    },
    [storageKey],
  );
  return [value, store];
}
