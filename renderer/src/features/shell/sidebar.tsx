/**
 * The sidebar lists each account with the areas its kind has, like a mail client lists mailboxes,
 * then the app's own screens. An account whose last connection failed is flagged with a way to fix
 * it. Collapsed, it shows icons only (the choice is kept across restarts).
 */
import { useState, type ReactElement } from 'react';
import { ACCOUNT_KIND_LABELS, type Account } from '../../../../common/models/account';
import { ACCOUNT_AREA_SPECS, APP_AREA_SPECS, areasOf } from '../../app/areas';
import {
  accountHref,
  APP_AREAS,
  appHref,
  useNavigation,
  type AccountArea,
  type Route,
} from '../../app/navigation-store';
import { Icon, type IconName } from '../../components/icons';
import { useAccountsStore } from '../accounts/accounts-store';

const COLLAPSED_KEY = 'rc.sidebar.collapsed';

export function Sidebar({ route }: { route: Route }): ReactElement {
  const accounts = useAccountsStore((state) => state.accounts);
  const [collapsed, setCollapsed] = useState(() => localStorage.getItem(COLLAPSED_KEY) === '1');
  const toggle = () => {
    localStorage.setItem(COLLAPSED_KEY, collapsed ? '0' : '1');
    setCollapsed(!collapsed);
  };
  return (
    <nav className={collapsed ? 'sidebar sidebar-collapsed' : 'sidebar'} aria-label="Main">
      <div className="brand">
        <span className="brand-mark">
          <Icon name="bolt" />
        </span>
        <span className="nav-text">Reseller Console</span>
      </div>
      {accounts.map((account) => (
        <AccountSection key={account.id} account={account} route={route} />
      ))}
      <div className="nav-section" aria-hidden="true">
        <span className="nav-text">App</span>
      </div>
      <ul className="nav-list">
        {APP_AREAS.map((area) => (
          <NavItem
            key={area}
            href={appHref(area)}
            icon={APP_AREA_SPECS[area].icon}
            label={APP_AREA_SPECS[area].label}
            current={route.kind === 'app' && route.area === area}
            preload={APP_AREA_SPECS[area].preload}
          />
        ))}
      </ul>
      <button
        type="button"
        className="nav-item sidebar-toggle"
        onClick={toggle}
        aria-expanded={!collapsed}
        aria-label={collapsed ? 'Expand the sidebar' : 'Collapse the sidebar'}
        title={collapsed ? 'Expand the sidebar' : 'Collapse the sidebar'}
      >
        <Icon name={collapsed ? 'expand' : 'collapse'} />
        <span className="nav-text">Collapse</span>
      </button>
    </nav>
  );
}

function AccountSection({ account, route }: { account: Account; route: Route }): ReactElement {
  const here = route.kind === 'account' && route.accountId === account.id;
  const failed = account.connectionError;
  return (
    <section className="nav-account" aria-label={`${account.label} (${ACCOUNT_KIND_LABELS[account.kind]})`}>
      <div className="nav-section" title={`${account.label} — ${ACCOUNT_KIND_LABELS[account.kind]}`}>
        <span className="nav-account-initials" aria-hidden="true">
          {initials(account.label)}
        </span>
        <span className="nav-text nav-account-name">{account.label}</span>
        <span className="nav-text nav-account-kind">{account.kind === 'hostbill' ? 'HostBill' : 'IONOS'}</span>
      </div>
      {failed && (
        <a
          className="nav-connection-failed"
          href={appHref('accounts', account.id)}
          title={`The last connection failed: ${failed.message}`}
        >
          <Icon name="alert" />
          <span className="nav-text">Connection failed — fix</span>
        </a>
      )}
      <ul className="nav-list">
        {areasOf(account.kind).map((area) => (
          <AccountNavItem key={area} account={account} area={area} current={here && route.area === area} />
        ))}
      </ul>
    </section>
  );
}

/** Two letters that tell accounts apart when the sidebar shows icons only. */
function initials(label: string): string {
  const words = label.split(/[\s\-_.()]+/).filter(Boolean);
  return (words.length > 1 ? `${words[0]![0]}${words[1]![0]}` : label.slice(0, 2)).toUpperCase();
}

function AccountNavItem({
  account,
  area,
  current,
}: {
  account: Account;
  area: AccountArea;
  current: boolean;
}): ReactElement {
  const spec = ACCOUNT_AREA_SPECS[area];
  const badge = spec.useBadge?.(account.id) ?? null;
  return (
    <NavItem
      href={accountHref(account.id, area)}
      icon={spec.icon}
      label={spec.label}
      current={current}
      preload={spec.preload}
      extra={
        badge ? (
          <span className="nav-badge" aria-label={`${badge} unread`}>
            {badge}
          </span>
        ) : null
      }
    />
  );
}

function NavItem(props: {
  href: string;
  icon: IconName;
  label: string;
  current: boolean;
  preload?: () => Promise<void>;
  extra?: ReactElement | null;
}): ReactElement {
  const open = useNavigation((state) => state.open);
  return (
    <li>
      <a
        className="nav-item"
        href={props.href}
        aria-current={props.current ? 'page' : undefined}
        title={props.label}
        onClick={(event) => {
          event.preventDefault();
          // The current screen stays until the next one's code is in: no blank fallback, no flash.
          void (props.preload?.().catch(() => undefined) ?? Promise.resolve()).then(() => open(props.href));
        }}
      >
        <Icon name={props.icon} />
        <span className="nav-text">{props.label}</span>
        {props.extra}
      </a>
    </li>
  );
}
