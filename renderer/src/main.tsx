import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { AREA_SPECS } from './app/areas';
import { parseHash } from './app/navigation-store';
import { useAccountsStore } from './features/accounts/accounts-store';
import { useSettingsStore } from './features/settings/settings-store';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';

// The first screen needs its data and its code: fetch all of it at once, then render once.
// (With no account yet the first screen is the welcome, which needs no area code.)
const initialArea = parseHash(window.location.hash)?.area ?? 'accounts';
const areaCode = AREA_SPECS[initialArea].preload?.();
await Promise.allSettled([useSettingsStore.getState().load(), useAccountsStore.getState().load()]);
if (useAccountsStore.getState().accounts.length > 0) await areaCode?.catch(() => undefined);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
