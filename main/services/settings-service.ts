import { DEFAULT_SETTINGS, THEMES, type Settings } from '../../common/models/settings';
import type { AccountsRepo } from '../cache/accounts-repo';
import type { SettingsRepo } from '../cache/settings-repo';

const KEY = 'app.settings';

export function createSettingsService(repo: SettingsRepo, accounts: AccountsRepo) {
  function get(): Settings {
    const stored = repo.get(KEY) as Partial<Settings> | undefined;
    const theme = THEMES.includes(stored?.theme as never)
      ? (stored!.theme as Settings['theme'])
      : DEFAULT_SETTINGS.theme;
    // An active account that was removed falls back to the first one left.
    const rows = accounts.list();
    const activeAccountId =
      rows.find((row) => row.id === stored?.activeAccountId)?.id ?? rows[0]?.id ?? DEFAULT_SETTINGS.activeAccountId;
    const autoUpdate = typeof stored?.autoUpdate === 'boolean' ? stored.autoUpdate : DEFAULT_SETTINGS.autoUpdate;
    const desktopNotifications = stored?.desktopNotifications === true;
    return { theme, activeAccountId, autoUpdate, desktopNotifications };
  }
  return {
    get,
    set(change: Partial<Settings>): Settings {
      const next = { ...get(), ...change };
      repo.set(KEY, next);
      return get();
    },
  };
}
export type SettingsService = ReturnType<typeof createSettingsService>;
