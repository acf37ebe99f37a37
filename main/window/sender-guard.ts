/**
 * Every IPC call must come from the app's own top-level frame. A call from a sub-frame, from a
 * page that navigated elsewhere, or whose frame is already gone is refused.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'reseller-console';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The parts of Electron's WebFrameMain the guard reads (so tests can pass plain objects). */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

export function isTrustedSender(frame: SenderFrame | null | undefined, appOrigin: string = APP_ORIGIN): boolean {
  if (!frame) return false;
  if (frame.parent !== null) return false;
  try {
    const url = new URL(frame.url);
    return `${url.protocol}//${url.host}` === appOrigin;
  } catch {
    return false;
  }
}
