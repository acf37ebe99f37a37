import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { useAccountsStore } from './features/accounts/accounts-store';
import { useSettingsStore } from './features/settings/settings-store';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';

// Ask main for the first screen's data before React mounts: the answers arrive while it renders.
void useSettingsStore.getState().load();
void useAccountsStore.getState().load();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
