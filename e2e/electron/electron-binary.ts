import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The Electron binary's path, or why there is none (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1). */
export function findElectron(): { path: string } | { missing: string } {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown;
    if (typeof path === 'string' && existsSync(path)) return { path };
    return { missing: 'the electron package has no binary here' };
  } catch {
    return {
      missing: 'no Electron binary is installed (npm ci ran with ELECTRON_SKIP_BINARY_DOWNLOAD=1, or the download is unreachable); these journeys run in the browser project instead',
    };
  }
}
