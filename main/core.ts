/**
 * The app without its Electron shell: cache, keychain, services and the IPC handler map. The
 * Electron main process and the browser host both build exactly this, with their own ports.
 */
import { join } from 'node:path';
import { toAppError, type AppError } from '../common/errors';
import type { AppInfo, CacheNotice } from '../common/models/cached';
import { err, type Result } from '../common/result';
import { createAccountsRepo } from './cache/accounts-repo';
import { CACHE_FILE, ensureDataDir, loadCacheKey, secureCacheFiles } from './cache/cache-key';
import { openCacheDatabase, opensWithKey, type CacheDb } from './cache/database';
import { createSettingsRepo } from './cache/settings-repo';
import { createSyncStateRepo } from './cache/sync-state-repo';
import { createDispatcher, type Dispatch } from './ipc/registry';
import { buildHandlers } from './ipc/handlers';
import type { FetchPort } from './api/http';
import type { CredentialStore } from './secrets/credential-store';
import { createAccountsService } from './services/accounts-service';
import { createDemoService, type StartDemoSandbox } from './services/demo-service';
import { createEventBus, type EventBus } from './services/event-bus';
import { createResourceSync } from './services/resource-sync';
import { createSettingsService } from './services/settings-service';
import { createConnectionHealth } from './services/connection-health';
import { createConnections } from './services/connections';
import { createStoredActivity } from './services/activity';
import { accountRequirer } from './services/require-account';
import { createFeatures } from './services/features';
import type { Logger } from './logger';
import { createFolderFilesPort, openOnlySaved, type FilesPort } from './ports/files';
import { collectDiagnostics } from './diagnostics/collect';
import { createRecentErrors, recordingFailures } from './diagnostics/recent-errors';
import { desktopHandlers } from './desktop/handlers';
import type { UpdaterPort } from './updates/updater-port';
import { createUpdatesService } from './updates/updates-service';

export interface CorePorts {
  readonly dataDir: string;
  readonly secrets: CredentialStore;
  readonly fetch: FetchPort;
  readonly host: AppInfo['host'];
  readonly version: string;
  readonly logger: Logger;
  /** Loaded lazily: the sandbox is only pulled in when the demo profile is used. */
  readonly startDemoSandbox: StartDemoSandbox;
  /** Where exports and downloads go; the browser host's default writes under the data dir. */
  readonly files?: FilesPort;
  readonly clock?: () => number;
  /** Electron's updater in a packaged app; absent in the browser host and in development. */
  readonly updater?: UpdaterPort;
}

export interface AppCore {
  readonly dispatch: Dispatch;
  readonly events: EventBus;
  /** Why the core could not start (e.g. no keychain); every call then answers this error. */
  readonly startupError: AppError | null;
  close(): Promise<void>;
}

export async function createAppCore(ports: CorePorts): Promise<AppCore> {
  const events = createEventBus();
  ensureDataDir(ports.dataDir);
  let db: CacheDb;
  let notice: CacheNotice | null = null;
  try {
    const loaded = await loadCacheKey(ports.secrets, ports.dataDir, opensWithKey);
    notice = loaded.notice;
    if (notice) ports.logger.warn('core', `${notice.kind}: the other cache file is ${notice.file}`);
    secureCacheFiles(ports.dataDir);
    db = openCacheDatabase({ path: join(ports.dataDir, CACHE_FILE), keyHex: loaded.keyHex });
  } catch (thrown) {
    const startupError = toAppError(thrown);
    ports.logger.warn('core', `could not open the cache: ${startupError.kind}`);
    return degradedCore(ports, events, startupError, notice);
  }

  const repos = {
    accounts: createAccountsRepo(db),
    settings: createSettingsRepo(db),
    syncState: createSyncStateRepo(db),
  };
  const health = createConnectionHealth(events);
  const sync = createResourceSync({
    syncState: repos.syncState,
    events,
    accountExists: (accountId) => repos.accounts.get(accountId) !== null,
    logger: ports.logger,
    onOutcome: health.recordSync,
    clock: ports.clock,
  });
  const connections = createConnections({
    accounts: repos.accounts,
    secrets: ports.secrets,
    fetch: ports.fetch,
    logger: ports.logger,
    clock: ports.clock,
  });
  const accounts = createAccountsService({
    repo: repos.accounts,
    secrets: ports.secrets,
    events,
    checker: connections,
    onAccountChanged: (id) => {
      connections.forget(id);
      sync.forgetFailures(id);
    },
    onConnectionOk: (id) => sync.forgetFailures(id),
    beforeRemove: (row) => connections.signOut(row),
    health,
  });
  const settings = createSettingsService(repos.settings, repos.accounts);
  const demo = createDemoService({
    accounts,
    repo: repos.accounts,
    start: ports.startDemoSandbox,
    logger: ports.logger,
  });
  const files = openOnlySaved(ports.files ?? createFolderFilesPort(ports.dataDir));
  const features = createFeatures({
    db,
    sync,
    connections,
    accounts,
    events,
    files,
    activity: createStoredActivity(db, events, ports.clock),
    logger: ports.logger,
    clock: ports.clock ?? Date.now,
    requireAccount: accountRequirer(repos.accounts),
  });
  const recentErrors = createRecentErrors();
  const updates = createUpdatesService({
    updater: ports.updater ?? null,
    unsupportedReason: ports.host === 'browser' ? 'not in the browser host' : 'not in a development build',
    autoCheckEnabled: () => settings.get().autoUpdate,
    onChange: (status) => events.emit('updates.changed', status),
    clock: ports.clock,
  });
  const diagnostics = () =>
    collectDiagnostics({ ...ports, cacheFile: CACHE_FILE, accounts: () => repos.accounts.list(), recentErrors });
  const desktop = desktopHandlers({ diagnostics, updates });
  const handlers = buildHandlers({
    info: () => appInfo(ports, notice),
    accounts,
    settings,
    demo,
    files,
    features: features.handlers,
    desktop,
  });
  const dispatch = recordingFailures(
    createDispatcher(handlers, {
      onInternalError: (channel, thrown) =>
        ports.logger.error('ipc', `${channel} failed: ${thrown instanceof Error ? thrown.name : typeof thrown}`),
    }),
    recentErrors,
  );
  await demo.resumeIfNeeded();
  updates.start();

  return {
    dispatch,
    events,
    startupError: null,
    async close() {
      updates.stop();
      features.stop();
      await sync.settle();
      await demo.stop();
      db.close();
    },
  };
}

function appInfo(ports: CorePorts, startupNotice: CacheNotice | null): AppInfo {
  return {
    name: 'Reseller Console',
    version: ports.version,
    host: ports.host,
    platform: `${process.platform} ${process.arch}`,
    versions: Object.fromEntries(
      ['node', 'electron', 'chrome', 'v8'].flatMap((key) => {
        const value = (process.versions as Record<string, string | undefined>)[key];
        return value ? [[key, value]] : [];
      }),
    ),
    dataDir: ports.dataDir,
    keychain: ports.secrets.description,
    startupNotice,
  };
}

/** Without a cache there is nothing to serve: app.info still answers, everything else the cause. */
function degradedCore(ports: CorePorts, events: EventBus, startupError: AppError, notice: CacheNotice | null): AppCore {
  return {
    events,
    startupError,
    dispatch: async (channel): Promise<Result<unknown>> =>
      channel === 'app.info' ? { ok: true, value: appInfo(ports, notice) } : err(startupError),
    close: async () => undefined,
  };
}
