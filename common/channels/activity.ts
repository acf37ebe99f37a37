/**
 * The activity log: every write the app sent to a portal, with its outcome, kept in the encrypted
 * cache for a year. Read-only for the renderer; main records entries as writes happen.
 * cache.changed resources: `activityKeys`.
 */
import { z } from 'zod';
import { channel } from '../channel';
import type { AccountKind } from '../models/account';
import { resourceKeys } from '../resource-keys';
import { idSchema, patternString } from '../validation';

export const ACTIVITY_OUTCOMES = ['done', 'refused', 'unknown'] as const;
export type ActivityOutcomeName = (typeof ACTIVITY_OUTCOMES)[number];

/** How long entries are kept; older ones are pruned when the log is opened and as entries come in. */
export const ACTIVITY_RETENTION_DAYS = 365;
/** The most entries one list answer carries (newest first); the total says how many matched. */
export const ACTIVITY_PAGE_LIMIT = 5_000;

/** `activity.entries` changes whenever an entry is recorded. */
export const activityKeys = resourceKeys('activity', { entries: [] });

const isoDate = patternString(10, /^\d{4}-\d{2}-\d{2}$/, 'Use a date such as 2026-12-01').refine(
  (value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)),
  'That day does not exist',
);

export const activityFiltersSchema = z
  .strictObject({
    accountId: idSchema.optional(),
    area: z.string().trim().min(1).max(40).optional(),
    outcome: z.enum(ACTIVITY_OUTCOMES, 'Choose done, refused or unknown').optional(),
    /** First day included (UTC, YYYY-MM-DD). */
    from: isoDate.optional(),
    /** Last day included (UTC, YYYY-MM-DD). */
    to: isoDate.optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    path: ['to'],
    message: 'The end date is before the start date',
  });
export type ActivityFilters = z.infer<typeof activityFiltersSchema>;

export interface ActivityLogEntry {
  readonly id: number;
  readonly accountId: string;
  readonly accountKind: AccountKind;
  readonly area: string;
  readonly action: string;
  readonly target: string;
  /** Relative to the account (e.g. "contracts/15514"): the renderer builds accountHref(accountId, …). */
  readonly route: string | null;
  readonly values: Readonly<Record<string, string | number | boolean | null>>;
  readonly outcome: ActivityOutcomeName;
  /** The portal's message (refused) or what the re-read found (unknown). */
  readonly message: string | null;
  readonly at: string;
}

export interface ActivityPage {
  readonly entries: readonly ActivityLogEntry[];
  /** How many entries matched the filters (entries holds at most ACTIVITY_PAGE_LIMIT of them). */
  readonly total: number;
  /** Every area that has entries, for the filter menu. */
  readonly areas: readonly string[];
}

const filtersArgs = z.strictObject({ filters: activityFiltersSchema.default({}) });

export const activityChannels = {
  /** The logged writes matching the filters, newest first, from the encrypted cache. */
  'activity.list': channel<ActivityPage>()(filtersArgs),
  /** Writes every entry matching the filters as CSV through the save-file port; null when cancelled. */
  'activity.export': channel<{ readonly path: string } | null>()(filtersArgs),
};
