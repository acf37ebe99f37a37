/** The handler map: the app's own channels here, every feature's from the feature list. */
import type { AppInfo } from '../../common/models/cached';
import type { FilesPort } from '../ports/files';
import type { AccountsService } from '../services/accounts-service';
import type { DemoService } from '../services/demo-service';
import type { FeatureHandlers } from '../services/features';
import type { SettingsService } from '../services/settings-service';
import type { DesktopHandlers } from '../desktop/handlers';
import type { HandlerMap } from './registry';

export interface HandlerDeps {
  readonly info: () => AppInfo;
  readonly accounts: AccountsService;
  readonly settings: SettingsService;
  readonly demo: DemoService;
  readonly files: FilesPort;
  readonly features: FeatureHandlers;
  readonly desktop: DesktopHandlers;
}

export function buildHandlers(deps: HandlerDeps): HandlerMap {
  const { accounts, settings, demo } = deps;
  return {
    'app.info': () => deps.info(),
    'settings.get': () => settings.get(),
    'settings.set': (change) => {
      if (change.activeAccountId) accounts.requireRow(change.activeAccountId);
      return settings.set(change);
    },
    'accounts.list': () => accounts.list(),
    'accounts.add': (draft) => accounts.add(draft),
    'accounts.update': (update) => accounts.update(update),
    'accounts.remove': ({ id }) => accounts.remove(id),
    'accounts.test': ({ id }) => accounts.test(id),
    'accounts.completeMfa': ({ id, code }) => accounts.completeMfa(id, code),
    'demo.start': () => demo.start(),
    'exports.open': async ({ path }) => (await deps.files.open(path), null),
    'exports.saveCsv': ({ name, csv }) =>
      deps.files.save({
        folder: 'exports',
        suggestedName: name.toLowerCase().endsWith('.csv') ? name : `${name}.csv`,
        bytes: new TextEncoder().encode(csv),
      }),
    ...deps.features,
    ...deps.desktop,
  } satisfies HandlerMap;
}
