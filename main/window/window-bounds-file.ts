/**
 * Window placement lives in a small plain file beside the cache: it is not customer data, and the
 * window must be placed before the encrypted cache is open.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StoredWindowState } from './window-state';

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
    write(state: StoredWindowState): void {
      try {
        writeFileSync(file, JSON.stringify(state));
      } catch {
        // Not remembering the window position is harmless.
      }
    },
  };
}
