import { describe, expect, it } from 'vitest';
import { formatDiagnostics, type DiagnosticsInput } from './diagnostics';
import { createRecentErrors, recordingFailures } from './recent-errors';

// Stored rows carry names, URLs and usernames: the report must only count their kinds.
const accounts = [
  {
    kind: 'hostbill',
    name: 'Acme Hosting Ltd',
    baseUrl: 'https://portal.acme-hosting.example',
    username: 'ann@acme.example',
  },
  { kind: 'hostbill', name: 'Beta Reseller', baseUrl: 'https://billing.beta.example/api', username: 'bob' },
  { kind: 'ionos-reseller', name: 'IONOS main', baseUrl: 'https://api.ionos.example/reseller/v2', username: 'ops' },
];

const input: DiagnosticsInput = {
  appVersion: '0.1.0',
  host: 'electron',
  versions: { electron: '45.5.0', chrome: '142.0.7444.59', node: '22.20.0', openssl: '3.5.0' },
  os: { platform: 'linux', release: '6.12.0-amd64', arch: 'x64' },
  accounts,
  cacheBytes: 5 * 1024 * 1024 + 300 * 1024,
  recentErrors: [
    // A message with a URL and a secret was around when this failed; only the kind may show.
    {
      kind: 'network',
      channel: 'services.refresh',
      at: Date.UTC(2026, 11, 1, 10),
      message: 'https://portal.acme-hosting.example?token=abc',
    } as never,
    { kind: 'auth', channel: 'accounts.test', at: Date.UTC(2026, 11, 1, 11) },
  ],
  now: Date.UTC(2026, 11, 1, 12),
};

describe('diagnostics', () => {
  it('lists versions, accounts per kind, cache size and recent error kinds', () => {
    expect(formatDiagnostics(input)).toBe(
      [
        'Reseller Console diagnostics',
        'Generated: 2026-12-01T12:00:00.000Z',
        'App: 0.1.0 (electron)',
        'Electron: 45.5.0',
        'Chromium: 142.0.7444.59',
        'Node: 22.20.0',
        'OS: linux 6.12.0-amd64 x64',
        'Accounts: hostbill 2, ionos-reseller 1',
        'Cache size: 5.3 MiB',
        'Recent errors: 2 recorded, last 2:',
        '  2026-12-01T10:00:00.000Z network (services.refresh)',
        '  2026-12-01T11:00:00.000Z auth (accounts.test)',
      ].join('\n'),
    );
  });

  it('holds no account name, URL, username or secret', () => {
    const text = formatDiagnostics(input);
    for (const row of accounts) {
      expect(text).not.toContain(row.name);
      expect(text).not.toContain(row.baseUrl);
      expect(text).not.toContain(row.username);
    }
    expect(text).not.toMatch(/https?:|token|@/);
  });

  it('cuts anything that is not a plain token (a kind or version cannot smuggle a URL in)', () => {
    const text = formatDiagnostics({
      ...input,
      appVersion: '1.0 https://evil.example/?token=x',
      accounts: [{ kind: 'hostbill://portal.example' }],
    });
    expect(text).not.toContain('https://');
    expect(text).not.toContain('evil.example/');
  });

  it('says none and unknown when there is nothing to count', () => {
    const text = formatDiagnostics({
      ...input,
      accounts: [],
      cacheBytes: null,
      recentErrors: [],
      versions: { node: '24.1.0' },
    });
    expect(text).toContain('Accounts: none');
    expect(text).toContain('Cache size: unknown');
    expect(text).toContain('Recent errors: none');
    expect(text).toContain('Electron: none');
  });

  it('records the kind of every failed answer and keeps only the last ones', async () => {
    const recent = createRecentErrors(2, () => 7);
    const dispatch = recordingFailures(
      async (channel: string) =>
        channel === 'ok'
          ? { ok: true as const, value: 1 }
          : { ok: false as const, error: { kind: 'network' as const, message: 'https://x.example failed' } },
      recent,
    );
    await dispatch('ok');
    await dispatch('a.one');
    await dispatch('a.two');
    await dispatch('a.three');
    expect(recent.list()).toEqual([
      { channel: 'a.two', kind: 'network', at: 7 },
      { channel: 'a.three', kind: 'network', at: 7 },
    ]);
  });
});
