import { useEffect } from 'react';
import type { Theme } from '../../../../common/models/settings';

/** Pins the page's color-scheme for light/dark; "system" leaves it to the OS (and follows changes). */
export function useAppliedTheme(theme: Theme): void {
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
}
