import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, homeHref } from './app/app';
import { ACCOUNT_AREA_SPECS, APP_AREA_SPECS } from './app/areas';
import { parseHash, useNavigation, type Route } from './app/navigation-store';
import { useAccountsStore } from './features/accounts/accounts-store';
import { useSettingsStore } from './features/settings/settings-store';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';

const codeOf = (route: Route) =>
  route.kind === 'account'
    ? ACCOUNT_AREA_SPECS[route.area].preload()
    : route.kind === 'app'
      ? APP_AREA_SPECS[route.area].preload()
      : undefined;

// The first screen needs its data and its code: fetch all of it at once, then render once.
// (With no account yet the first screen is the welcome, which needs no area code.)
let areaCode = codeOf(parseHash(window.location.hash));
await Promise.allSettled([useSettingsStore.getState().load(), useAccountsStore.getState().load()]);
const { accounts } = useAccountsStore.getState();
if (accounts.length > 0 && parseHash(window.location.hash).kind === 'home') {
  // No route yet: land on the first account's first area, as if it had been the link.
  useNavigation.getState().replace(homeHref(accounts));
  areaCode = codeOf(useNavigation.getState().route);
}
if (accounts.length > 0) await areaCode?.catch(() => undefined);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
