/** Display helpers of the Notifications area. */

/** A portal date-time in the user's locale and time zone. */
export function formatDateTime(iso: string | null): string {
  if (!iso) return '—';
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: iso.length === 10 ? undefined : 'short' });
}

export const OFFLINE_REASON = 'You are offline: marking as read is disabled until the portal can be reached.';
