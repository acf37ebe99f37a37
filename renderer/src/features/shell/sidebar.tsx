import type { ReactElement } from 'react';
import { ACCOUNT_KIND_LABELS } from '../../../../common/models/account';
import { AREA_SPECS } from '../../app/areas';
import { AREAS, useNavigation, type Area } from '../../app/navigation-store';
import { Icon } from '../../components/icons';
import { useAccountsStore } from '../accounts/accounts-store';
import { useSettingsStore } from '../settings/settings-store';

export function Sidebar({ current }: { current: Area }): ReactElement {
  const go = useNavigation((state) => state.go);
  // The current screen stays until the next one's code is in: no blank fallback, no flash.
  const openArea = async (area: Area) => {
    await AREA_SPECS[area].preload?.().catch(() => undefined);
    go(area);
  };
  return (
    <nav className="sidebar" aria-label="Main">
      <div className="brand">
        <span className="brand-mark">
          <Icon name="bolt" />
        </span>
        Reseller Console
      </div>
      <AccountSwitcher />
      {(['Business', 'App'] as const).map((section) => (
        <div key={section}>
          <div className="nav-section" aria-hidden="true">
            {section === 'Business' ? 'Business' : 'App'}
          </div>
          <ul className="nav-list">
            {AREAS.filter((area) => AREA_SPECS[area].section === section).map((area) => (
              <li key={area}>
                <button
                  type="button"
                  className="nav-item"
                  aria-current={area === current ? 'page' : undefined}
                  onClick={() => void openArea(area)}
                >
                  <Icon name={AREA_SPECS[area].icon} />
                  {AREA_SPECS[area].label}
                  {!AREA_SPECS[area].built && <span className="soon">soon</span>}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}

function AccountSwitcher(): ReactElement | null {
  const accounts = useAccountsStore((state) => state.accounts);
  const { settings, setActiveAccount } = useSettingsStore();
  if (accounts.length === 0) return null;
  return (
    <div className="account-switcher field">
      <label htmlFor="account-switcher">Active account</label>
      <select
        id="account-switcher"
        value={settings.activeAccountId ?? ''}
        onChange={(event) => void setActiveAccount(event.target.value || null)}
      >
        {accounts.map((account) => (
          <option key={account.id} value={account.id}>
            {account.label} — {ACCOUNT_KIND_LABELS[account.kind]}
          </option>
        ))}
      </select>
    </div>
  );
}
