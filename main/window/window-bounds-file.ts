/**
 * Window bounds live in a small plain file beside the cache: they are not customer data, and the
 * window must be placed before the encrypted cache is open.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WindowBounds } from './window-state';

export function createWindowBoundsFile(dataDir: string) {
  const file = join(dataDir, 'window-state.json');
  return {
    read(): unknown {
      try {
        return JSON.parse(readFileSync(file, 'utf8')) as unknown;
      } catch {
        return null;
      }
    },
    write(bounds: WindowBounds): void {
      try {
        writeFileSync(file, JSON.stringify(bounds));
      } catch {
        // Not remembering the window position is harmless.
      }
    },
  };
}
