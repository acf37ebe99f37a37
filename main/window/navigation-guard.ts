/**
 * Links never navigate the app window: https links open in the system browser after a URL parse,
 * everything else is dropped. Pure, so it is unit-tested without Electron.
 */
export function externalUrlToOpen(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password) return null;
  return url.toString();
}
