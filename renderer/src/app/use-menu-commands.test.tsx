// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../../common/channels/app';
import type { Account } from '../../../common/models/account';
import { useAccountsStore } from '../features/accounts/accounts-store';
import { COMMAND_PALETTE_EVENT, menuAction, useMenuCommands } from './use-menu-commands';
import { parseHash, useNavigation } from './navigation-store';

const hostbill = { id: 'hb-1', kind: 'hostbill' } as const;
const ionos = { id: 'io-1', kind: 'ionos-reseller' } as const;
const onAccount = (accountId: string) => parseHash(`#/a/${accountId}/services`);

describe('menu commands', () => {
  it('go-to items open that area of the account on screen, and nothing for a kind without it', () => {
    const context = { route: onAccount('hb-1'), accounts: [ionos, hostbill], activeAccountId: 'io-1' };
    expect(menuAction('go:invoices', context)).toEqual({ open: '#/a/hb-1/invoices' });
    expect(menuAction('go:contracts', context)).toBeNull();
    // Off an account screen, the active account decides.
    const onSettings = { ...context, route: parseHash('#/settings') };
    expect(menuAction('go:contracts', onSettings)).toEqual({ open: '#/a/io-1/contracts' });
    expect(menuAction('go:dns', { ...onSettings, accounts: [] })).toBeNull();
  });

  it('app screens, refresh, search and the palette', () => {
    const context = { route: parseHash('#/accounts'), accounts: [], activeAccountId: null };
    expect(menuAction('settings', context)).toEqual({ open: '#/settings' });
    expect(menuAction('about', context)).toEqual({ open: '#/about' });
    expect(menuAction('refresh', context)).toEqual({ click: 'refresh' });
    expect(menuAction('focus-search', context)).toEqual({ focus: 'search' });
    expect(menuAction('command-palette', context)).toEqual({ dispatch: COMMAND_PALETTE_EVENT });
    expect(menuAction('nonsense' as MenuCommand, context)).toBeNull();
  });
});

describe('useMenuCommands', () => {
  afterEach(() => {
    cleanup();
    Reflect.deleteProperty(window, 'api');
  });

  function mount() {
    let listener: ((payload: { command: MenuCommand }) => void) | null = null;
    Object.defineProperty(window, 'api', {
      configurable: true,
      value: {
        on: (name: string, next: typeof listener) => {
          if (name === 'menu.command') listener = next;
          return () => (listener = null);
        },
      },
    });
    let refreshed = 0;
    function Screen() {
      useMenuCommands();
      return (
        <main id="content">
          <input type="search" aria-label="Search" defaultValue="abc" />
          <button type="button" aria-label="Refresh" onClick={() => (refreshed += 1)}>
            Refresh
          </button>
        </main>
      );
    }
    const view = render(<Screen />);
    return {
      send: (command: MenuCommand) => listener?.({ command }),
      refreshed: () => refreshed,
      view,
      listening: () => listener !== null,
    };
  }

  it('focuses the search, presses Refresh, navigates and opens the palette', () => {
    const { send, refreshed } = mount();
    send('focus-search');
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Search');
    send('refresh');
    expect(refreshed()).toBe(1);
    useAccountsStore.setState({ accounts: [hostbill as unknown as Account] });
    useNavigation.getState().open('#/a/hb-1/services');
    send('go:tickets');
    expect(useNavigation.getState().route).toEqual({ kind: 'account', accountId: 'hb-1', area: 'tickets', path: [] });
    expect(window.location.hash).toBe('#/a/hb-1/tickets');
    let opened = 0;
    window.addEventListener(COMMAND_PALETTE_EVENT, () => (opened += 1));
    send('command-palette');
    expect(opened).toBe(1);
  });

  it('stops listening when the shell unmounts', () => {
    const { view, listening } = mount();
    expect(listening()).toBe(true);
    view.unmount();
    expect(listening()).toBe(false);
  });
});
