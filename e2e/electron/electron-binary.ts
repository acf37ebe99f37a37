import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The Electron binary's path, or why there is none. Reads the package's path.txt directly:
 * `require('electron')` would try to download the binary when it is missing.
 */
export function findElectron(): { path: string } | { missing: string } {
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { missing: 'the electron package is not installed' };
  }
  const pathFile = join(packageDir, 'path.txt');
  const binary = existsSync(pathFile) ? join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim()) : null;
  if (binary && existsSync(binary)) return { path: binary };
  return {
    missing:
      'no Electron binary is installed (npm ci ran with ELECTRON_SKIP_BINARY_DOWNLOAD=1, as it must where the download host is unreachable); the same journeys run in the browser project',
  };
}
