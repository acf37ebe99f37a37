import { describe, expect, it } from 'vitest';
import { MIN_HEIGHT, MIN_WIDTH, displayKey, placeWindow, rememberBounds, type DisplayInfo } from './window-state';

const laptop: DisplayInfo = {
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
};
const monitor: DisplayInfo = {
  bounds: { x: 1920, y: 0, width: 2560, height: 1440 },
  workArea: { x: 1920, y: 0, width: 2560, height: 1400 },
};

describe('window placement per display', () => {
  it('opens where it was last, maximised or not, on the display it was on', () => {
    let state = rememberBounds(null, { x: 100, y: 80, width: 1200, height: 800, maximized: false }, laptop);
    state = rememberBounds(state, { x: 2100, y: 100, width: 1800, height: 1100, maximized: true }, monitor);
    expect(placeWindow(state, [laptop, monitor], laptop)).toEqual({
      x: 2100,
      y: 100,
      width: 1800,
      height: 1100,
      maximized: true,
    });
    state = rememberBounds(state, { x: 120, y: 90, width: 1200, height: 800, maximized: false }, laptop);
    expect(placeWindow(state, [laptop, monitor], laptop)).toMatchObject({ x: 120, y: 90, maximized: false });
    expect(Object.keys(state.byDisplay)).toEqual([displayKey(laptop), displayKey(monitor)]);
  });

  it('uses the bounds remembered for a display still attached when the last one is gone', () => {
    let state = rememberBounds(null, { x: 100, y: 80, width: 1200, height: 800, maximized: false }, laptop);
    state = rememberBounds(state, { x: 2100, y: 100, width: 1800, height: 1100, maximized: true }, monitor);
    expect(placeWindow(state, [laptop], laptop)).toEqual({ x: 100, y: 80, width: 1200, height: 800, maximized: false });
  });

  it('brings the window back onto the primary display when its only display is gone', () => {
    const state = rememberBounds(null, { x: 2100, y: 100, width: 1800, height: 1100, maximized: true }, monitor);
    const placed = placeWindow(state, [laptop], laptop);
    // Fits the laptop's work area, centred, and stays maximised.
    expect(placed).toEqual({ x: 60, y: 0, width: 1800, height: 1040, maximized: true });
  });

  it('moves a window that sits off its display (resolution change) back inside', () => {
    const state = {
      lastDisplay: displayKey(laptop),
      byDisplay: { [displayKey(laptop)]: { x: 1850, y: 1000, width: 1200, height: 800, maximized: false } },
    };
    const placed = placeWindow(state, [laptop], laptop);
    expect(placed).toEqual({ x: 720, y: 240, width: 1200, height: 800, maximized: false });
  });

  it('never opens smaller than the minimum size and answers the default for bad or missing state', () => {
    const state = rememberBounds(null, { x: 10, y: 10, width: 300, height: 200, maximized: false }, laptop);
    expect(placeWindow(state, [laptop], laptop)).toMatchObject({ width: MIN_WIDTH, height: MIN_HEIGHT });
    for (const bad of [null, 'x', { lastDisplay: 3 }, { lastDisplay: 'a', byDisplay: { a: { x: '0' } } }]) {
      expect(placeWindow(bad, [laptop], laptop)).toEqual({
        x: 320,
        y: 110,
        width: 1280,
        height: 820,
        maximized: false,
      });
    }
  });
});
