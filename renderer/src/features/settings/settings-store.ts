import { create } from 'zustand';
import type { AppError } from '../../../../common/errors';
import { DEFAULT_SETTINGS, type Settings, type Theme } from '../../../../common/models/settings';
import { call } from '../../lib/api';

interface SettingsState {
  readonly settings: Settings;
  readonly loaded: boolean;
  readonly error: AppError | null;
  load(): Promise<void>;
  setTheme(theme: Theme): Promise<void>;
  setActiveAccount(accountId: string | null): Promise<void>;
  setAutoUpdate(autoUpdate: boolean): Promise<void>;
  setDesktopNotifications(on: boolean): Promise<void>;
}

export const useSettingsStore = create<SettingsState>((set, get) => {
  // Local preferences apply at once (a theme switch must feel instant); a failed save reverts.
  const apply = async (change: Partial<Settings>) => {
    const before = get().settings;
    set({ settings: { ...before, ...change } });
    const result = await call((api) => api.settings.set(change));
    set(result.ok ? { settings: result.value, error: null } : { settings: before, error: result.error });
  };
  return {
    settings: DEFAULT_SETTINGS,
    loaded: false,
    error: null,
    async load() {
      const result = await call((api) => api.settings.get());
      set(result.ok ? { settings: result.value, loaded: true, error: null } : { loaded: true, error: result.error });
    },
    setTheme: (theme) => apply({ theme }),
    setActiveAccount: (activeAccountId) => apply({ activeAccountId }),
    setAutoUpdate: (autoUpdate) => apply({ autoUpdate }),
    setDesktopNotifications: (desktopNotifications) => apply({ desktopNotifications }),
  };
});
