/**
 * The palette's commands, resolved in the renderer from where the user is: refresh this screen,
 * new contract / ticket / DNS record, export this table, switch theme, show shortcuts, go to an area.
 * A form command is offered when an account of its area's kind exists.
 */
import type { Account, AccountKind } from '../../../../common/models/account';
import { ACCOUNT_AREA_SPECS, APP_AREA_SPECS, areasOf } from '../../app/areas';
import { accountHref, APP_AREAS, appHref, type AccountArea, type Route } from '../../app/navigation-store';
import { pressScreenButton } from './screen-buttons';

export interface PaletteCommand {
  readonly id: string;
  readonly title: string;
  readonly subtitle: string;
  /** Extra words it is found by. */
  readonly keywords?: string;
  run(): void | Promise<unknown>;
}

export interface CommandContext {
  readonly route: Route;
  readonly accounts: readonly Account[];
  readonly appliedTheme: 'light' | 'dark';
  open(href: string): void;
  setTheme(theme: 'light' | 'dark'): void;
  showShortcuts(): void;
}

/** The account the user is in if it has the area, else the first account of the area's kind. */
function accountFor(context: CommandContext, kind: AccountKind): Account | null {
  const route = context.route;
  const current = route.kind === 'account' ? context.accounts.find((a) => a.id === route.accountId) : undefined;
  return current?.kind === kind ? current : (context.accounts.find((a) => a.kind === kind) ?? null);
}

/** Opens the area (unless already there), then presses its button once it is on screen. */
function formCommand(
  context: CommandContext,
  id: string,
  title: string,
  area: AccountArea,
  button: RegExp,
): PaletteCommand | null {
  const spec = ACCOUNT_AREA_SPECS[area];
  const account = accountFor(context, spec.kind);
  if (!account) return null;
  return {
    id,
    title,
    subtitle: `${spec.label} · ${account.label}`,
    run: async () => {
      const route = context.route;
      // Already in the area (its list or one of its screens, e.g. a DNS zone): press the button there.
      const there = route.kind === 'account' && route.accountId === account.id && route.area === area;
      if (!there) context.open(accountHref(account.id, area));
      await pressScreenButton(button);
    },
  };
}

/** A form that has its own route (e.g. tickets/new): open it. */
function routeCommand(
  context: CommandContext,
  id: string,
  title: string,
  area: AccountArea,
  ...path: string[]
): PaletteCommand | null {
  const spec = ACCOUNT_AREA_SPECS[area];
  const account = accountFor(context, spec.kind);
  if (!account) return null;
  return {
    id,
    title,
    subtitle: `${spec.label} · ${account.label}`,
    run: () => context.open(accountHref(account.id, area, ...path)),
  };
}

export function paletteCommands(context: CommandContext): PaletteCommand[] {
  const commands: (PaletteCommand | null)[] = [
    {
      id: 'refresh',
      title: 'Refresh this screen',
      subtitle: 'Read it again from the portal',
      keywords: 'reload sync update',
      run: () => pressScreenButton(/^Refresh$/),
    },
    formCommand(context, 'new-contract', 'New contract', 'contracts', /^New contract$/),
    routeCommand(context, 'new-ticket', 'New ticket', 'tickets', 'new'),
    formCommand(context, 'new-dns-record', 'Add a DNS record', 'dns', /^Add record$/),
    {
      id: 'export',
      title: 'Export this table',
      subtitle: 'Save what the table shows as CSV',
      keywords: 'csv download save',
      run: () => pressScreenButton(/^Export CSV$/),
    },
    {
      id: 'theme',
      title: `Switch to the ${context.appliedTheme === 'dark' ? 'light' : 'dark'} theme`,
      subtitle: 'Switch theme',
      keywords: 'theme dark light mode appearance',
      run: () => context.setTheme(context.appliedTheme === 'dark' ? 'light' : 'dark'),
    },
    {
      id: 'shortcuts',
      title: 'Keyboard shortcuts',
      subtitle: 'Show every shortcut (?)',
      keywords: 'keys help',
      run: () => context.showShortcuts(),
    },
  ];
  for (const account of context.accounts) {
    for (const area of areasOf(account.kind)) {
      const spec = ACCOUNT_AREA_SPECS[area];
      commands.push({
        id: `go-${account.id}-${area}`,
        title: `Go to ${spec.label}`,
        subtitle: account.label,
        keywords: 'open area',
        run: () => context.open(accountHref(account.id, area)),
      });
    }
  }
  for (const area of APP_AREAS) {
    commands.push({
      id: `go-${area}`,
      title: `Go to ${APP_AREA_SPECS[area].label}`,
      subtitle: 'App',
      keywords: 'open area',
      run: () => context.open(appHref(area)),
    });
  }
  return commands.filter((command): command is PaletteCommand => command !== null);
}
