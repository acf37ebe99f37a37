import { arch, platform, release } from 'node:os';
import { formatDiagnostics } from './diagnostics';
import { cacheSizeBytes } from './cache-size';
import type { RecentErrors } from './recent-errors';

/** Gathers this process's facts for formatDiagnostics (the only impure part of "Copy diagnostics"). */
export function collectDiagnostics(deps: {
  readonly version: string;
  readonly host: 'electron' | 'browser';
  readonly dataDir: string;
  readonly cacheFile: string;
  readonly accounts: () => readonly { readonly kind: string }[];
  readonly recentErrors: RecentErrors;
  readonly clock?: () => number;
}): string {
  return formatDiagnostics({
    appVersion: deps.version,
    host: deps.host,
    versions: process.versions,
    os: { platform: platform(), release: release(), arch: arch() },
    accounts: deps.accounts(),
    cacheBytes: cacheSizeBytes(deps.dataDir, deps.cacheFile),
    recentErrors: deps.recentErrors.list(),
    now: (deps.clock ?? Date.now)(),
  });
}
