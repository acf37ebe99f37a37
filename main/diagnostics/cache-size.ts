import { statSync } from 'node:fs';
import { join } from 'node:path';

/** Bytes of the cache database with its WAL and shared-memory files; null when none can be read. */
export function cacheSizeBytes(dataDir: string, cacheFile: string): number | null {
  let total = 0;
  let found = false;
  for (const suffix of ['', '-wal', '-shm']) {
    try {
      total += statSync(join(dataDir, cacheFile + suffix)).size;
      found = true;
    } catch {
      // A missing -wal or -shm file is normal.
    }
  }
  return found ? total : null;
}
