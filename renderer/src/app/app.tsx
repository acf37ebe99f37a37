import { useEffect, type ReactElement } from 'react';
import { ErrorNotice } from '../components/error-notice';
import { useAccountsStore } from '../features/accounts/accounts-store';
import { useSettingsStore } from '../features/settings/settings-store';
import { useAppliedTheme } from '../features/settings/use-theme';
import { Sidebar } from '../features/shell/sidebar';
import { StartupNotice } from '../features/shell/startup-notice';
import { WelcomeScreen } from '../features/shell/welcome-screen';
import { onEvent } from '../lib/api';
import { AREA_SPECS, preloadAllAreas } from './areas';
import { ErrorBoundary } from './error-boundary';
import { useNavigation, type Route } from './navigation-store';

const DEFAULT_ROUTE: Route = { area: 'accounts', path: [] };

export function App(): ReactElement {
  const settings = useSettingsStore();
  const accounts = useAccountsStore();
  const { route, syncFromLocation } = useNavigation();
  useAppliedTheme(settings.settings.theme);

  useEffect(() => {
    const stop = onEvent('accounts.changed', () => void accounts.load());
    window.addEventListener('popstate', syncFromLocation);
    return () => {
      stop();
      window.removeEventListener('popstate', syncFromLocation);
    };
    // The first load starts in main.tsx; later changes come through events and store actions.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const ready = accounts.loaded && settings.loaded;
  useEffect(() => {
    // Once the first screen is painted (not before: it must not compete with that frame), fetch
    // the other areas' code while the user reads it.
    if (ready) requestAnimationFrame(() => setTimeout(() => void preloadAllAreas(), 0));
  }, [ready]);

  if (!ready) return <div className="page" aria-busy="true" />;
  if (accounts.error?.kind === 'keychain' || accounts.error?.kind === 'unsupported') {
    return (
      <main className="page" style={{ maxWidth: 720, margin: '48px auto' }}>
        <h1 style={{ marginBottom: 16 }}>Reseller Console cannot start</h1>
        <ErrorNotice error={accounts.error} />
      </main>
    );
  }
  const current = route ?? DEFAULT_ROUTE;
  const showWelcome = accounts.accounts.length === 0 && current.area !== 'settings' && current.area !== 'about';
  return (
    <div className="shell">
      <button type="button" className="skip-link" onClick={() => document.getElementById('content')?.focus()}>
        Skip to content
      </button>
      <Sidebar current={current.area} />
      <main className="main" id="content" tabIndex={-1}>
        <StartupNotice />
        <ErrorBoundary resetKey={current.area}>
          {showWelcome ? <WelcomeScreen /> : AREA_SPECS[current.area].render(current)}
        </ErrorBoundary>
      </main>
    </div>
  );
}
