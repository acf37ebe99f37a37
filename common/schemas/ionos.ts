/**
 * Input schemas for IONOS reseller forms and IPC arguments. Pure zod: used by the renderer for
 * instant feedback and by main/ipc to reject bad arguments before anything is sent upstream.
 * Field paths match the keys the IONOS client puts in a server `validation` error's `details`
 * (`name`, `resourceLimits.ramServerMax`, `email`, ...), so one form shows both kinds of message.
 */
import { z } from 'zod';
import { RESOURCE_LIMIT_META, type ResourceLimitKey, type ResourceLimits } from '../models/contract';
import { lengthFirst } from '../validation';

export const CONTRACT_NAME_MAX = 255;
export const RESELLER_REFERENCE_MAX = 255;
export const ADMIN_NAME_MAX = 100;
export const EMAIL_MAX = 254;
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;
/** The wire type of every limit is int32. */
export const INT32_MAX = 2_147_483_647;

/** Deliberately simple: one @, no spaces, a dot in the domain. The server has the final word. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const CONTRACT_ID_PATTERN = /^\d+$/;

/** Contract numbers and admin ids are int64 on the wire: at most 19 digits. */
export const NUMERIC_ID_MAX = 19;
export const contractIdSchema = z
  .string()
  .max(NUMERIC_ID_MAX, lengthFirst('A contract number has at most 19 digits'))
  .regex(CONTRACT_ID_PATTERN, 'A contract number has digits only');
export const adminIdSchema = z
  .string()
  .max(NUMERIC_ID_MAX, lengthFirst('An admin id has at most 19 digits'))
  .regex(CONTRACT_ID_PATTERN, 'An admin id has digits only');

const contractName = z
  .string('Enter the contract name')
  .trim()
  .min(1, 'Enter the contract name')
  .max(CONTRACT_NAME_MAX, lengthFirst(`Keep the name under ${CONTRACT_NAME_MAX} characters`));

const resellerReference = z
  .string('The reference must be text')
  .trim()
  .max(RESELLER_REFERENCE_MAX, lengthFirst(`Keep the reference under ${RESELLER_REFERENCE_MAX} characters`));

function limitField(key: ResourceLimitKey) {
  const { label, unit } = RESOURCE_LIMIT_META[key];
  return z
    .number(`${label}: enter a number (${unit})`)
    .int(`${label}: enter a whole number (${unit})`)
    .min(0, `${label} cannot be negative`)
    .max(INT32_MAX, `${label} is too large (at most ${INT32_MAX})`);
}

export const resourceLimitsSchema = z.strictObject({
  ramServerMax: limitField('ramServerMax'),
  cpuServerMax: limitField('cpuServerMax'),
  hddVolumeMaxSize: limitField('hddVolumeMaxSize'),
  ssdVolumeMaxSize: limitField('ssdVolumeMaxSize'),
  ramContractMax: limitField('ramContractMax'),
  cpuContractMax: limitField('cpuContractMax'),
  hddVolumeContractMaxSize: limitField('hddVolumeContractMaxSize'),
  ssdVolumeContractMaxSize: limitField('ssdVolumeContractMaxSize'),
  ips: limitField('ips'),
}) satisfies z.ZodType<ResourceLimits>;

/** Create and full-replace share one shape: PUT /contracts/{n} replaces every field. */
export const contractDraftSchema = z.strictObject({
  name: contractName,
  resellerReference: resellerReference.optional(),
  resourceLimits: resourceLimitsSchema,
});
export type ContractDraft = z.output<typeof contractDraftSchema>;

export const contractRenameSchema = z.strictObject({ name: contractName });
export type ContractRename = z.output<typeof contractRenameSchema>;

/** There is no endpoint for the reference alone: the service sends a full PUT with the current values. */
export const contractReferenceSchema = z.strictObject({ resellerReference });
export type ContractReferenceEdit = z.output<typeof contractReferenceSchema>;

/** Wrapped so the form's field paths (`resourceLimits.ips`) match server-side validation details. */
export const contractLimitsSchema = z.strictObject({ resourceLimits: resourceLimitsSchema });
export type ContractLimitsEdit = z.output<typeof contractLimitsSchema>;

const firstName = z
  .string('Enter the first name')
  .trim()
  .min(1, 'Enter the first name')
  .max(ADMIN_NAME_MAX, lengthFirst(`Keep the first name under ${ADMIN_NAME_MAX} characters`));
const lastName = z
  .string('Enter the last name')
  .trim()
  .min(1, 'Enter the last name')
  .max(ADMIN_NAME_MAX, lengthFirst(`Keep the last name under ${ADMIN_NAME_MAX} characters`));
const email = z
  .string('Enter the email address')
  .trim()
  .max(EMAIL_MAX, lengthFirst('The email address is too long'))
  .min(1, 'Enter the email address')
  .regex(EMAIL_PATTERN, 'Enter a valid email address, e.g. anna@example.com');

const password = z
  .string('Enter a password')
  .max(PASSWORD_MAX, lengthFirst(`Keep the password under ${PASSWORD_MAX} characters`))
  .superRefine((value, ctx) => {
    const strength = passwordStrength(value);
    if (!strength.acceptable)
      ctx.addIssue({ code: 'custom', message: strength.hints[0] ?? 'Choose a stronger password' });
  });

export const adminDraftSchema = z.strictObject({ firstName, lastName, email, password });
export type AdminDraft = z.output<typeof adminDraftSchema>;

/** PATCH is documented as partial, but whether servers accept that is unknown: always send all three. */
export const adminEditSchema = z.strictObject({ firstName, lastName, email });
export type AdminEdit = z.output<typeof adminEditSchema>;

export interface PasswordStrength {
  /** 0 (empty or very weak) .. 4 (strong). */
  readonly score: 0 | 1 | 2 | 3 | 4;
  readonly label: 'Too weak' | 'Weak' | 'Fair' | 'Good' | 'Strong';
  /** Whether the admin form accepts it: at least PASSWORD_MIN characters from three character kinds. */
  readonly acceptable: boolean;
  /** What would make it stronger, most important first; empty when nothing is missing. */
  readonly hints: readonly string[];
}

const COMMON_WORDS = ['password', 'passwort', 'qwerty', 'letmein', 'welcome', 'admin', 'ionos', '123456', 'abc123'];
const LABELS = ['Too weak', 'Weak', 'Fair', 'Good', 'Strong'] as const;

/** A quick local estimate for the strength meter: length and variety, with common patterns penalised. */
export function passwordStrength(password: string): PasswordStrength {
  const kinds = characterKinds(password);
  const hints: string[] = [];
  if (password.length < PASSWORD_MIN) hints.push(`Use at least ${PASSWORD_MIN} characters`);
  if (kinds < 3) hints.push('Mix at least three of: lower case, upper case, digits, symbols');
  const lower = password.toLowerCase();
  const common = COMMON_WORDS.some((word) => lower.includes(word));
  if (common) hints.push('Avoid common words such as "password" or "qwerty"');
  const repetitive = /(.)\1{2,}/.test(password);
  if (repetitive) hints.push('Avoid repeating the same character');
  if (password.length < 12 && hints.length === 0) hints.push('A longer password (12 or more characters) is stronger');

  let points = 0;
  if (password.length >= PASSWORD_MIN) points += 1;
  if (password.length >= 12) points += 1;
  if (password.length >= 16) points += 1;
  // Length counts most; variety beyond the required three kinds adds one step.
  if (kinds >= 4) points += 1;
  if (common) points -= 2;
  if (repetitive) points -= 1;
  const acceptable = password.length >= PASSWORD_MIN && kinds >= 3 && !common;
  let score = Math.max(0, Math.min(4, points));
  // The meter must never praise a password the form rejects, nor call an accepted one "too weak".
  score = acceptable ? Math.max(2, score) : Math.min(1, score);
  return { score: score as PasswordStrength['score'], label: LABELS[score] ?? 'Too weak', acceptable, hints };
}

function characterKinds(password: string): number {
  return [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(password)).length;
}
