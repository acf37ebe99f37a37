import { useEffect, type ReactElement } from 'react';
import type { Account } from '../../../common/models/account';
import { DiscardPrompt } from '../components/discard-prompt';
import { ErrorNotice } from '../components/error-notice';
import { useAccountsStore } from '../features/accounts/accounts-store';
import { useSettingsStore } from '../features/settings/settings-store';
import { useAppliedTheme } from '../features/settings/use-theme';
import { Sidebar } from '../features/shell/sidebar';
import { WelcomeScreen } from '../features/accounts/welcome-screen';
import { PaletteHost } from '../features/palette/palette-host';
import { StartupNotice } from '../features/shell/startup-notice';
import { onEvent } from '../lib/api';
import { ACCOUNT_AREA_SPECS, APP_AREA_SPECS, areasOf, preloadAllAreas } from './areas';
import { ErrorBoundary } from './error-boundary';
import { accountHref, appHref, routeToHash, useNavigation, type Route } from './navigation-store';
import { RequireAccount } from './require-account';
import { useMenuCommands } from './use-menu-commands';
import { useShortcuts } from './use-shortcuts';

/** Where "home" (no route, an old link) lands: the first area of the first account, else the accounts screen. */
export function homeHref(accounts: readonly Account[]): string {
  const first = accounts[0];
  const area = first ? areasOf(first.kind)[0] : undefined;
  return first && area ? accountHref(first.id, area) : appHref('accounts');
}

export function App(): ReactElement {
  const settings = useSettingsStore();
  const accounts = useAccountsStore();
  const { route, syncFromLocation, replace } = useNavigation();
  useAppliedTheme(settings.settings.theme);
  useMenuCommands();
  useShortcuts();

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
  useEffect(() => {
    if (ready && route.kind === 'home' && accounts.accounts.length > 0) replace(homeHref(accounts.accounts));
  }, [ready, route, accounts.accounts, replace]);

  if (!ready) return <div className="page" aria-busy="true" />;
  if (accounts.error?.kind === 'keychain' || accounts.error?.kind === 'unsupported') {
    return (
      <main className="page" style={{ maxWidth: 720, margin: '48px auto' }}>
        <h1 style={{ marginBottom: 16 }}>Reseller Console cannot start</h1>
        <ErrorNotice error={accounts.error} />
      </main>
    );
  }
  const showWelcome = accounts.accounts.length === 0 && (route.kind !== 'app' || route.area === 'accounts');
  return (
    <div className="shell">
      <button type="button" className="skip-link" onClick={() => document.getElementById('content')?.focus()}>
        Skip to content
      </button>
      <Sidebar route={route} />
      <main className="main" id="content" tabIndex={-1}>
        <StartupNotice />
        <ErrorBoundary resetKey={routeToHash(route)}>
          {showWelcome ? <WelcomeScreen /> : <Screen route={route} />}
        </ErrorBoundary>
      </main>
      <PaletteHost />
      <DiscardPrompt />
    </div>
  );
}

function Screen({ route }: { route: Route }): ReactElement {
  if (route.kind === 'home') return <div className="page" aria-busy="true" />;
  if (route.kind === 'app') {
    const { Area } = APP_AREA_SPECS[route.area];
    return <Area />;
  }
  const spec = ACCOUNT_AREA_SPECS[route.area];
  return (
    <RequireAccount key={route.accountId} accountId={route.accountId} kind={spec.kind}>
      {(account) => <spec.Area accountId={account.id} path={route.path} />}
    </RequireAccount>
  );
}
