/** Which app area a portal notification is about (`rel_type`/`rel_id`), when the app has that area. */

export type LinkedArea = 'tickets' | 'invoices' | 'services';

const AREAS: Readonly<Record<string, { readonly area: LinkedArea; readonly label: string }>> = {
  ticket: { area: 'tickets', label: 'Open ticket' },
  invoice: { area: 'invoices', label: 'Open invoice' },
  service: { area: 'services', label: 'Open service' },
};

const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

export interface NotificationTarget {
  readonly area: LinkedArea;
  readonly id: string;
  readonly label: string;
}

export function notificationTarget(n: {
  readonly relType: string | null;
  readonly relId: string | null;
}): NotificationTarget | null {
  const target = AREAS[(n.relType ?? '').trim().toLowerCase()];
  if (!target || !n.relId || !SAFE_ID.test(n.relId)) return null;
  return { area: target.area, id: n.relId, label: target.label };
}

/** The route `#/a/<accountId>/<area>/<id>`, or null. */
export function notificationHref(
  accountId: string,
  n: { readonly relType: string | null; readonly relId: string | null },
): string | null {
  const target = notificationTarget(n);
  return target ? `#/a/${encodeURIComponent(accountId)}/${target.area}/${encodeURIComponent(target.id)}` : null;
}
