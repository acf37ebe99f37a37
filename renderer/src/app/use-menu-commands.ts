/**
 * The renderer's side of the application menu: one `menu.command` event from main, turned into
 * navigation (the areas of the current account, Settings, Accounts, About), a click on the
 * screen's Refresh, focus in the list's search, or the command palette's open event.
 */
import { useEffect } from 'react';
import type { MenuCommand } from '../../../common/channels/app';
import type { Account } from '../../../common/models/account';
import { useAccountsStore } from '../features/accounts/accounts-store';
import { useSettingsStore } from '../features/settings/settings-store';
import { onEvent } from '../lib/api';
import { ACCOUNT_AREA_SPECS } from './areas';
import { accountHref, appHref, useNavigation, type AccountArea, type Route } from './navigation-store';

/** Fired on window for Ctrl/Cmd+K; the command palette listens for it. */
export const COMMAND_PALETTE_EVENT = 'rc:command-palette';

export type MenuAction =
  | { readonly open: string }
  | { readonly click: 'refresh' }
  | { readonly focus: 'search' }
  | { readonly dispatch: typeof COMMAND_PALETTE_EVENT };

/**
 * What a command does on this route. "Go to" uses the account on screen, else the active one, and
 * does nothing when that account's kind has no such area (an IONOS account has no Invoices).
 */
export function menuAction(
  command: MenuCommand,
  context: { route: Route; accounts: readonly Pick<Account, 'id' | 'kind'>[]; activeAccountId: string | null },
): MenuAction | null {
  if (command.startsWith('go:')) {
    const area = command.slice(3) as AccountArea;
    const spec = ACCOUNT_AREA_SPECS[area];
    const currentId = context.route.kind === 'account' ? context.route.accountId : context.activeAccountId;
    const account = context.accounts.find((candidate) => candidate.id === currentId) ?? context.accounts[0];
    return spec && account && spec.kind === account.kind ? { open: accountHref(account.id, area) } : null;
  }
  switch (command) {
    case 'settings':
    case 'accounts':
    case 'about':
      return { open: appHref(command) };
    case 'refresh':
      return { click: 'refresh' };
    case 'focus-search':
      return { focus: 'search' };
    case 'command-palette':
      return { dispatch: COMMAND_PALETTE_EVENT };
    default:
      return null;
  }
}

function perform(action: MenuAction): void {
  const content = document.getElementById('content') ?? document.body;
  if ('open' in action) useNavigation.getState().open(action.open);
  else if ('click' in action) content.querySelector<HTMLButtonElement>('button[aria-label="Refresh"]:enabled')?.click();
  else if ('focus' in action) {
    const search = content.querySelector<HTMLInputElement>('input[type="search"]');
    search?.focus();
    search?.select();
  } else window.dispatchEvent(new CustomEvent(action.dispatch));
}

export function useMenuCommands(): void {
  useEffect(
    () =>
      onEvent('menu.command', ({ command }) => {
        const action = menuAction(command, {
          route: useNavigation.getState().route,
          accounts: useAccountsStore.getState().accounts,
          activeAccountId: useSettingsStore.getState().settings.activeAccountId,
        });
        if (action) perform(action);
      }),
    [],
  );
}
