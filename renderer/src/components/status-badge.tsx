/**
 * Every status badge of the app: the label cased one way whatever the server sent ("BILLABLE",
 * "PENDING_TRANSFER", "Client-Reply" → "Billable", "Pending transfer", "Client reply"), the raw value
 * on hover when it differs, and a tone looked up in the area's own table (unknown statuses: neutral).
 */
import type { ReactElement } from 'react';
import './status-badge.css';

export type StatusTone = 'ok' | 'warn' | 'bad' | 'info' | 'neutral';

/** Keys are `statusKey(status)`: lower case, words separated by one space ("pending transfer"). */
export type StatusTones = Readonly<Record<string, StatusTone>>;

/** The existing badge colours (controls.css): one class per tone. */
const TONE_CLASS: Readonly<Record<StatusTone, string>> = {
  ok: 'badge badge-success',
  warn: 'badge badge-warning',
  bad: 'badge badge-danger',
  info: 'badge badge-info',
  neutral: 'badge',
};

export const statusKey = (status: string): string =>
  status
    .trim()
    .replace(/[\s_-]+/g, ' ')
    .toLowerCase();

/** Sentence case from whatever casing and separators the server used; '' reads as a dash. */
export function statusText(status: string): string {
  const key = statusKey(status);
  return key === '' ? '—' : key.charAt(0).toUpperCase() + key.slice(1);
}

export const statusTone = (status: string, tones: StatusTones): StatusTone => tones[statusKey(status)] ?? 'neutral';

export function StatusBadge({
  status,
  tones = {},
  tone,
  busy = false,
  testId,
  className,
}: {
  /** The raw value as the server sent it (null: the server did not say). */
  status: string | null;
  tones?: StatusTones;
  /** Overrides the table, e.g. while an action is being sent. */
  tone?: StatusTone;
  /** A spinner before the label while the thing is still changing. */
  busy?: boolean;
  testId?: string;
  /** Placement only (margins); colours come from the tone. */
  className?: string;
}): ReactElement {
  const raw = status ?? '';
  const label = status === null ? 'Unknown' : statusText(raw);
  return (
    <span
      className={`${TONE_CLASS[tone ?? statusTone(raw, tones)]} status-badge${className ? ` ${className}` : ''}`}
      title={raw !== '' && raw !== label ? raw : undefined}
      data-testid={testId}
    >
      {busy && <span className="spinner spinner-small" aria-hidden="true" />}
      {label}
    </span>
  );
}
