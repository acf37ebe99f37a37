/** Starts the app core and the browser host around it: used by `npm run host`, the e2e fixtures and the bench. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createAppCore, type AppCore } from '../../main/core';
import { createConsoleLogger, type Logger } from '../../main/logger';
import type { CredentialStore } from '../../main/secrets/credential-store';
import { createKeytarStore } from '../../main/secrets/keytar-store';
import { startBrowserHost, type BrowserHost } from './server';

const ROOT = resolve(import.meta.dirname, '../..');

export interface HostRun {
  readonly host: BrowserHost;
  readonly core: AppCore;
  close(): Promise<void>;
}

export async function startHostRun(options: {
  dataDir: string;
  port?: number;
  secrets?: CredentialStore;
  logger?: Logger;
}): Promise<HostRun> {
  const version = (JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const core = await createAppCore({
    dataDir: options.dataDir,
    secrets: options.secrets ?? createKeytarStore(),
    fetch: (url, init) => fetch(url, init),
    host: 'browser',
    version,
    logger: options.logger ?? createConsoleLogger(),
    startDemoSandbox: async () => (await import('../../sandbox/demo')).startDemoSandbox(),
  });
  const host = await startBrowserHost({
    core,
    port: options.port,
    rendererDir: resolve(ROOT, 'out/renderer'),
    bridgeFile: resolve(ROOT, 'out/host/bridge.js'),
  });
  return {
    host,
    core,
    async close() {
      await host.close();
      await core.close();
    },
  };
}
