/**
 * Compile-time proof that the handler map is tied to the contract: `npm run typecheck` fails if
 * either @ts-expect-error below stops being an error.
 */
import type { HandlerMap } from './registry';

// @ts-expect-error a map missing every channel must not compile
export const missingHandlers: HandlerMap = {};

export const wrongResult = (map: HandlerMap): HandlerMap => ({
  ...map,
  // @ts-expect-error app.info must answer an AppInfo, not a number
  'app.info': () => 42,
});
