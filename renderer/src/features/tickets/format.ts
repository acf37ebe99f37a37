/** Display helpers of the Tickets and Notifications areas. */
import type { StatusTones } from '../../components/status-badge';

/** A portal date-time in the user's locale and time zone; a calendar date as a date. */
export function formatDateTime(iso: string | null): string {
  if (!iso) return '—';
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return iso.length === 10
    ? date.toLocaleDateString(undefined, { dateStyle: 'medium' })
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toLocaleString(undefined, { maximumFractionDigits: value < 10 ? 1 : 0 })} ${units[unit]}`;
}

/** Ticket statuses are free strings: known ones get a tone, unknown ones are shown as they come. */
export const TICKET_TONES: StatusTones = {
  answered: 'ok',
  open: 'info',
  'client reply': 'warn',
  'in progress': 'warn',
  closed: 'neutral',
};

/** Staff replies come as type "Admin" (other portals: "staff", "operator"). */
export const isStaff = (type: string | null) => /^(admin|staff|operator)$/i.test(type ?? '');

export const OFFLINE_REASON = 'You are offline: writing is disabled until the portal can be reached.';
