/**
 * Where the window opens: the size, position and maximised state last used on each display,
 * remembered per display. Bounds whose display is gone (or that would sit off every screen) are
 * moved onto the primary display, resized to fit it. Pure, so it is unit-tested.
 */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface WindowBounds extends Rect {
  readonly maximized: boolean;
}

export interface DisplayInfo {
  /** The display's full bounds: its identity across restarts (ids are not stable on every OS). */
  readonly bounds: Rect;
  /** The part not covered by task bars and docks. */
  readonly workArea: Rect;
}

export interface StoredWindowState {
  readonly lastDisplay: string;
  readonly byDisplay: Readonly<Record<string, WindowBounds>>;
}

export const MIN_WIDTH = 1024;
export const MIN_HEIGHT = 640;
export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;
/** How much of the title bar must be on a screen for the window to count as reachable. */
const GRIP = 80;

export function displayKey(display: DisplayInfo): string {
  const { x, y, width, height } = display.bounds;
  return `${x},${y},${width}x${height}`;
}

/** Where to open the window (always an answer: the default size centred on the primary display). */
export function placeWindow(stored: unknown, displays: readonly DisplayInfo[], primary: DisplayInfo): WindowBounds {
  const state = parseState(stored);
  if (state) {
    const byKey = new Map(displays.map((display) => [displayKey(display), display]));
    const last = byKey.get(state.lastDisplay);
    const saved = state.byDisplay[state.lastDisplay];
    if (last && saved) return reachable(saved, last.workArea) ? saved : fitInto(saved, last.workArea);
    // The last display is gone: a display that is still here and has bounds of its own…
    for (const [key, bounds] of Object.entries(state.byDisplay)) {
      const display = byKey.get(key);
      if (display) return reachable(bounds, display.workArea) ? bounds : fitInto(bounds, display.workArea);
    }
    // …or the last bounds, brought onto the primary display.
    if (saved) return centreIn({ ...saved }, primary.workArea);
  }
  return centreIn({ ...DEFAULT_SIZE, x: 0, y: 0, maximized: false }, primary.workArea);
}

/** The state to store after the window moved or resized on `display`. */
export function rememberBounds(stored: unknown, bounds: WindowBounds, display: DisplayInfo): StoredWindowState {
  const key = displayKey(display);
  const previous = parseState(stored)?.byDisplay ?? {};
  return { lastDisplay: key, byDisplay: { ...previous, [key]: bounds } };
}

function parseState(stored: unknown): StoredWindowState | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const { lastDisplay, byDisplay } = stored as Partial<StoredWindowState>;
  if (typeof lastDisplay !== 'string' || typeof byDisplay !== 'object' || byDisplay === null) return null;
  const valid = Object.entries(byDisplay).flatMap(([key, bounds]) => {
    const parsed = parseBounds(bounds);
    return parsed ? [[key, parsed] as const] : [];
  });
  return { lastDisplay, byDisplay: Object.fromEntries(valid) };
}

function parseBounds(value: unknown): WindowBounds | null {
  if (typeof value !== 'object' || value === null) return null;
  const b = value as Partial<WindowBounds>;
  if (![b.x, b.y, b.width, b.height].every((n) => Number.isInteger(n))) return null;
  if ((b.width as number) <= 0 || (b.height as number) <= 0) return null;
  return {
    x: b.x as number,
    y: b.y as number,
    width: Math.max(MIN_WIDTH, b.width as number),
    height: Math.max(MIN_HEIGHT, b.height as number),
    maximized: b.maximized === true,
  };
}

/** The title bar can be grabbed: enough of its width on the area and its top inside it. */
function reachable(bounds: Rect, area: Rect): boolean {
  return (
    bounds.x < area.x + area.width - GRIP &&
    bounds.x + bounds.width > area.x + GRIP &&
    bounds.y >= area.y &&
    bounds.y < area.y + area.height - GRIP &&
    bounds.width <= area.width &&
    bounds.height <= area.height
  );
}

/** Keeps the size where it fits, moves the window inside the area. */
function fitInto(bounds: WindowBounds, area: Rect): WindowBounds {
  const width = Math.min(bounds.width, Math.max(area.width, MIN_WIDTH));
  const height = Math.min(bounds.height, Math.max(area.height, MIN_HEIGHT));
  return {
    ...bounds,
    width,
    height,
    x: clamp(bounds.x, area.x, area.x + area.width - width),
    y: clamp(bounds.y, area.y, area.y + area.height - height),
  };
}

function centreIn(bounds: WindowBounds, area: Rect): WindowBounds {
  const fitted = fitInto(bounds, area);
  return {
    ...fitted,
    x: area.x + Math.max(0, Math.round((area.width - fitted.width) / 2)),
    y: area.y + Math.max(0, Math.round((area.height - fitted.height) / 2)),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
