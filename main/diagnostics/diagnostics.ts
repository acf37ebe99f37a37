/**
 * "Copy diagnostics": what support needs to place a problem, and nothing that identifies the
 * user: counts instead of account names, error kinds instead of messages (which can hold URLs).
 * Pure, so what it may and may not include is unit-tested.
 */
export interface DiagnosticsInput {
  readonly appVersion: string;
  readonly host: 'electron' | 'browser';
  /** process.versions: electron, chrome, node are read, everything else ignored. */
  readonly versions: Readonly<Record<string, string | undefined>>;
  readonly os: { readonly platform: string; readonly release: string; readonly arch: string };
  /** The accounts as stored; only each one's kind is read. */
  readonly accounts: readonly { readonly kind: string }[];
  /** Bytes of the cache files; null when they could not be read. */
  readonly cacheBytes: number | null;
  /** The most recent failures, oldest first; only kind, channel and time are read. */
  readonly recentErrors: readonly { readonly kind: string; readonly channel: string; readonly at: number }[];
  readonly now: number;
}

const SHOWN_ERRORS = 10;

export function formatDiagnostics(input: DiagnosticsInput): string {
  const kinds = new Map<string, number>();
  for (const { kind } of input.accounts) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  const accounts =
    [...kinds.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([kind, count]) => `${safeToken(kind)} ${count}`)
      .join(', ') || 'none';
  const errors = input.recentErrors
    .slice(-SHOWN_ERRORS)
    .map((error) => `  ${new Date(error.at).toISOString()} ${safeToken(error.kind)} (${safeToken(error.channel)})`);
  return [
    'Reseller Console diagnostics',
    `Generated: ${new Date(input.now).toISOString()}`,
    `App: ${safeToken(input.appVersion)} (${input.host})`,
    `Electron: ${safeToken(input.versions.electron ?? 'none')}`,
    `Chromium: ${safeToken(input.versions.chrome ?? 'none')}`,
    `Node: ${safeToken(input.versions.node ?? 'none')}`,
    `OS: ${safeToken(input.os.platform)} ${safeToken(input.os.release)} ${safeToken(input.os.arch)}`,
    `Accounts: ${accounts}`,
    `Cache size: ${input.cacheBytes === null ? 'unknown' : formatBytes(input.cacheBytes)}`,
    `Recent errors: ${errors.length === 0 ? 'none' : `${input.recentErrors.length} recorded, last ${errors.length}:`}`,
    ...errors,
  ].join('\n');
}

/** Versions, kinds and channel names are short tokens; anything else is cut to that alphabet. */
function safeToken(value: string): string {
  return value.replace(/[^A-Za-z0-9._+-]/g, '').slice(0, 48) || '?';
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
