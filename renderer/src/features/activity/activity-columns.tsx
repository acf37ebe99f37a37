/** The activity table's columns: when, account, area, action, target (a link), values, outcome, message. */
import type { ActivityLogEntry } from '../../../../common/channels/activity';
import type { Account } from '../../../../common/models/account';
import type { DataTableColumn } from '../../components/data-table/data-table';
import { Link } from '../../components/link';
import { StatusBadge, type StatusTones } from '../../components/status-badge';
import { ACCOUNT_AREAS, accountHref, type AccountArea } from '../../app/navigation-store';

const OUTCOME_LABEL = { done: 'Done', refused: 'Refused', unknown: 'Unknown' } as const;
const OUTCOME_TONES: StatusTones = { done: 'ok', refused: 'bad', unknown: 'warn' };

export const outcomeLabel = (outcome: ActivityLogEntry['outcome']) => OUTCOME_LABEL[outcome];

/** The target's link, when the entry has a route and its account is still here. */
export function targetHref(entry: ActivityLogEntry, accounts: ReadonlyMap<string, Account>): string | null {
  if (!entry.route || !accounts.has(entry.accountId)) return null;
  const [area, ...path] = entry.route.split('/');
  if (!(ACCOUNT_AREAS as readonly string[]).includes(area ?? '')) return null;
  return accountHref(entry.accountId, area as AccountArea, ...path);
}

const valuesText = (entry: ActivityLogEntry) =>
  Object.entries(entry.values)
    .map(([key, value]) => `${key}: ${value === null ? '—' : String(value)}`)
    .join(', ');

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'medium' });

export function activityColumns(accounts: ReadonlyMap<string, Account>): DataTableColumn<ActivityLogEntry>[] {
  return [
    {
      id: 'at',
      header: 'When',
      value: (e) => new Date(e.at),
      text: (e) => dateTime.format(new Date(e.at)),
      csv: (e) => e.at,
      minWidth: 150,
    },
    {
      id: 'account',
      header: 'Account',
      value: (e) => accounts.get(e.accountId)?.label ?? 'Removed account',
      searchable: true,
      maxWidth: 200,
    },
    { id: 'area', header: 'Area', value: (e) => e.area, searchable: true, minWidth: 90 },
    { id: 'action', header: 'Action', value: (e) => e.action, searchable: true },
    {
      id: 'target',
      header: 'Target',
      value: (e) => e.target,
      searchable: true,
      minWidth: 140,
      maxWidth: 260,
      render: (e) => {
        const href = targetHref(e, accounts);
        return href ? <Link href={href}>{e.target}</Link> : e.target;
      },
    },
    { id: 'values', header: 'Values', value: valuesText, searchable: true, maxWidth: 220 },
    {
      id: 'outcome',
      header: 'Outcome',
      value: (e) => OUTCOME_LABEL[e.outcome],
      render: (e) => <StatusBadge status={OUTCOME_LABEL[e.outcome]} tones={OUTCOME_TONES} />,
    },
    { id: 'message', header: 'Message', value: (e) => e.message ?? '', searchable: true, grow: true, minWidth: 120 },
  ];
}
