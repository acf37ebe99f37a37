import type { ReactElement } from 'react';
import { THEMES, type Theme } from '../../../../common/models/settings';
import { ErrorNotice } from '../../components/error-notice';
import { UpdatesSection } from './updates-section';
import { DesktopNotificationsSetting } from './desktop-setting';
import { useSettingsStore } from './settings-store';

const THEME_LABELS: Readonly<Record<Theme, string>> = { system: 'Same as the system', light: 'Light', dark: 'Dark' };

export function SettingsScreen(): ReactElement {
  const { settings, setTheme, error } = useSettingsStore();
  return (
    <section className="page" aria-labelledby="settings-title">
      <header className="page-header">
        <div>
          <h1 id="settings-title">Settings</h1>
          <p>Saved on this computer.</p>
        </div>
      </header>
      {error && <ErrorNotice error={error} />}
      <div className="card card-body stack">
        <fieldset className="field">
          <legend>Theme</legend>
          <div className="segmented" role="radiogroup" aria-label="Theme">
            {THEMES.map((theme) => (
              <label key={theme}>
                <input
                  type="radio"
                  name="theme"
                  value={theme}
                  checked={settings.theme === theme}
                  onChange={() => void setTheme(theme)}
                />
                {THEME_LABELS[theme]}
              </label>
            ))}
          </div>
          <span className="hint">“Same as the system” follows your operating system’s light or dark mode.</span>
        </fieldset>
        <UpdatesSection />
        <DesktopNotificationsSetting />
      </div>
    </section>
  );
}
