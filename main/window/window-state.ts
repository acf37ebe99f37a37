/** Remembers the window's size and position; refuses bounds that would put it off every screen. */
export interface WindowBounds {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly maximized: boolean;
}

export const DEFAULT_BOUNDS = { width: 1280, height: 820 } as const;

export function restorableBounds(
  stored: unknown,
  displays: readonly { x: number; y: number; width: number; height: number }[],
): WindowBounds | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const b = stored as Partial<WindowBounds>;
  if (![b.x, b.y, b.width, b.height].every((n) => Number.isInteger(n))) return null;
  const bounds = b as WindowBounds;
  if (bounds.width < 640 || bounds.height < 480) return null;
  const visible = displays.some(
    (d) =>
      bounds.x < d.x + d.width - 80 &&
      bounds.x + bounds.width > d.x + 80 &&
      bounds.y >= d.y - 20 &&
      bounds.y < d.y + d.height - 80,
  );
  return visible ? { ...bounds, maximized: bounds.maximized === true } : null;
}
