/**
 * Turns search answers and matching commands into the palette's groups: search results grouped by
 * kind in the order of their best match, commands first when the text names one, otherwise last.
 */
import type { SearchResult } from '../../../../common/channels/search';
import { ACCOUNT_AREAS, accountHref, type AccountArea } from '../../app/navigation-store';
import { matchRank } from './match-text';
import type { PaletteCommand } from './palette-commands';

export interface PaletteItem {
  readonly id: string;
  readonly title: string;
  readonly subtitle: string;
  /** The account's label, for search results. */
  readonly account: string | null;
  readonly run: () => void;
}

export interface PaletteGroup {
  readonly label: string;
  readonly items: readonly PaletteItem[];
}

const KIND_LABELS: Readonly<Record<string, string>> = {
  contract: 'Contracts',
  service: 'Services',
  vm: 'Virtual machines',
  zone: 'DNS zones',
  record: 'DNS records',
  invoice: 'Invoices',
  ticket: 'Tickets',
  contact: 'Contacts',
};
const MAX_COMMANDS = 8;

export const kindLabel = (kind: string) => KIND_LABELS[kind] ?? `${kind[0]?.toUpperCase() ?? ''}${kind.slice(1)}s`;

/** The link a result opens, or null for a route outside the known areas. */
export function resultHref(result: SearchResult): string | null {
  const [area, ...path] = result.route.split('/');
  if (!(ACCOUNT_AREAS as readonly string[]).includes(area ?? '')) return null;
  return accountHref(result.accountId, area as AccountArea, ...path);
}

export function paletteGroups(
  text: string,
  results: readonly SearchResult[],
  commands: readonly PaletteCommand[],
  labels: ReadonlyMap<string, string>,
  open: (href: string) => void,
): PaletteGroup[] {
  const byKind = new Map<string, PaletteItem[]>();
  for (const result of results) {
    const href = resultHref(result);
    if (!href) continue;
    const items = byKind.get(result.kind) ?? [];
    items.push({
      id: `${result.kind}:${result.accountId}:${result.route}`,
      title: result.title,
      subtitle: result.subtitle,
      account: labels.get(result.accountId) ?? null,
      run: () => open(href),
    });
    byKind.set(result.kind, items);
  }
  const ranked = commands
    .map((command) => ({
      command,
      rank: Math.min(
        matchRank(text, command.title) ?? 9,
        (matchRank(text, `${command.subtitle} ${command.keywords ?? ''}`) ?? 9) + 1,
      ),
    }))
    .filter((entry) => entry.rank < 9)
    .sort((a, b) => a.rank - b.rank)
    .slice(0, MAX_COMMANDS);
  const commandGroup: PaletteGroup = {
    label: 'Commands',
    items: ranked.map(({ command }) => ({
      id: `command:${command.id}`,
      title: command.title,
      subtitle: command.subtitle,
      account: null,
      run: () => void command.run(),
    })),
  };
  const searchGroups = [...byKind].map(([kind, items]) => ({ label: kindLabel(kind), items }));
  const commandsFirst = text.trim() === '' || (ranked[0]?.rank === 0 && results[0]?.match !== 'exact');
  const groups = commandsFirst ? [commandGroup, ...searchGroups] : [...searchGroups, commandGroup];
  return groups.filter((group) => group.items.length > 0);
}
