/** The window's own background per theme: the renderer's --bg, so nothing flashes before it paints. */
export const WINDOW_BACKGROUND = { light: '#f6f7f9', dark: '#0f1115' } as const;

export function windowBackground(dark: boolean): string {
  return dark ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light;
}
