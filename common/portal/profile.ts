/**
 * Profile fields shared by the portal account (`PUT /details`) and contacts (`POST/PUT /contact`):
 * validated before anything is sent (email, phone, country), every string bounded. Also the
 * "what changes" list the account form shows before saving.
 */
import { z } from 'zod';
import { lengthFirst } from '../validation';
import type { AccountDetails } from '../models/hostbill';
import { isCountryCode } from './countries';

/** HostBill keeps phones as "+1.7075550123"; people type "+1 707 555 0123" or "(707) 555-0123". */
const PHONE = /^\+?[0-9(][0-9 .()/-]{4,28}[0-9]$/;
const EMAIL = /^[^\s@]{1,64}@[^\s@.]+(\.[^\s@.]+)+$/;

const optional = (max: number) => z.string().trim().max(max, `At most ${max} characters`).optional();

export const profileSchema = z.object({
  email: z
    .string()
    .trim()
    .max(254, lengthFirst('At most 254 characters'))
    .regex(EMAIL, 'Enter an email address such as name@example.com'),
  firstName: z.string().trim().min(1, 'Enter a first name').max(100, 'At most 100 characters'),
  lastName: z.string().trim().min(1, 'Enter a last name').max(100, 'At most 100 characters'),
  companyName: optional(200),
  phone: z
    .string()
    .trim()
    .max(30, lengthFirst('At most 30 characters'))
    .refine(
      (v) => v === '' || (PHONE.test(v) && v.replace(/\D/g, '').length >= 6),
      'Enter a phone number such as +1 707 555 0123',
    )
    .optional(),
  address1: optional(200),
  address2: optional(200),
  city: optional(100),
  state: optional(100),
  postcode: optional(20),
  country: z
    .string()
    .trim()
    .max(2, lengthFirst('Use a two-letter country code such as US or DE'))
    .toUpperCase()
    .refine(isCountryCode, 'Use a two-letter country code such as US or DE')
    .optional(),
  type: z.enum(['Private', 'Company']).optional(),
});
export type ProfileInput = z.infer<typeof profileSchema>;

/** The wire's rights lists are short names; bounded so a channel cannot carry an unbounded blob. */
const rightName = z.string().max(40);
export const privilegesWireSchema = z.record(
  z.string().max(40),
  z.union([
    z.array(rightName).max(50),
    z.record(z.string().max(20), z.union([z.literal(1), z.literal(0), z.array(rightName).max(50)])),
  ]),
);

export const contactCreateSchema = profileSchema.extend({
  /** Sent once so the contact can sign in with their email; never stored or read back. */
  password: z.string().min(8, 'At least 8 characters').max(128, 'At most 128 characters').optional(),
  privileges: privilegesWireSchema.optional(),
});
export type ContactCreateInput = z.infer<typeof contactCreateSchema>;

export const contactUpdateSchema = profileSchema.partial().extend({ privileges: privilegesWireSchema.optional() });
export type ContactUpdateInput = z.infer<typeof contactUpdateSchema>;

export const PROFILE_LABELS: Readonly<Record<keyof ProfileInput, string>> = {
  email: 'Email',
  firstName: 'First name',
  lastName: 'Last name',
  companyName: 'Company',
  phone: 'Phone',
  address1: 'Address',
  address2: 'Address (line 2)',
  city: 'City',
  state: 'State or region',
  postcode: 'Postcode',
  country: 'Country',
  type: 'Account type',
};

export interface ProfileChange {
  readonly field: keyof ProfileInput;
  readonly label: string;
  readonly from: string;
  readonly to: string;
}

/** A form's values, not validated yet. */
export type ProfileDraftValues = Partial<Record<keyof ProfileInput, string>>;

/** The fields whose value differs from what the portal has, in form order. */
export function profileChanges(current: AccountDetails, next: ProfileDraftValues): ProfileChange[] {
  const changes: ProfileChange[] = [];
  for (const field of Object.keys(PROFILE_LABELS) as (keyof ProfileInput)[]) {
    const to = next[field];
    if (to === undefined) continue;
    const from = current[field] ?? '';
    if (from.trim() !== to.trim()) changes.push({ field, label: PROFILE_LABELS[field], from, to });
  }
  return changes;
}

/** Only the changed fields: what `account.updateDetails` sends. */
export function changedFields(current: AccountDetails, next: ProfileDraftValues): ProfileDraftValues {
  return Object.fromEntries(profileChanges(current, next).map((c) => [c.field, next[c.field]]));
}
