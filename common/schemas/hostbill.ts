/**
 * Inputs the UI sends for HostBill actions. Pure zod (shared by renderer forms and the IPC layer),
 * so a bad value is caught with a per-field message before any request leaves the app.
 * DNS record types are validated client-side because portals differ in what they accept and their
 * own error texts are often vague.
 */
import { z } from 'zod';
import { lengthFirst } from '../validation';

export const hostbillIdSchema = z
  .string()
  .max(64, lengthFirst('Unknown id'))
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'Unknown id');

export const serviceLabelSchema = z.object({
  label: z.string().trim().max(100, lengthFirst('A label has at most 100 characters')),
});

export const cancelServiceSchema = z.object({
  /** false = at the end of the billing period. */
  immediate: z.boolean(),
  reason: z.string().trim().max(1000, lengthFirst('The reason is too long')).min(3, 'Give a short reason'),
});

const vmLabel = z
  .string()
  .trim()
  .max(63, lengthFirst('At most 63 characters'))
  .min(1, 'Enter a name')
  .regex(
    /^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$/,
    'Letters, digits, dots and dashes; start and end with a letter or digit',
  );

export const vmCreateSchema = z
  .object({
    label: vmLabel,
    template: z.string().trim().max(200, lengthFirst('Choose a template from the list')).min(1, 'Choose a template'),
    flavor: z.string().trim().max(200, lengthFirst('Choose a size from the list')).min(1, 'Choose a size'),
    disk: z.number().int('Whole gigabytes').min(1, 'At least 1 GB').max(100_000, 'Too large').optional(),
    securityGroup: z.string().trim().max(200, lengthFirst('Choose a security group from the list')).min(1).optional(),
    keypair: z.string().trim().max(200, lengthFirst('Choose an SSH key from the list')).min(1).optional(),
    password: z.string().max(128, lengthFirst('At most 128 characters')).min(8, 'At least 8 characters').optional(),
  })
  .superRefine((value, ctx) => {
    if (!value.keypair && !value.password) {
      ctx.addIssue({ code: 'custom', path: ['password'], message: 'Choose an SSH key or set a root password' });
    }
  });
export type VmCreateInput = z.infer<typeof vmCreateSchema>;

export const vmRebuildSchema = z.object({
  template: z.string().trim().max(200, lengthFirst('Choose a template from the list')).min(1, 'Choose a template'),
});

export const VM_ACTIONS = ['start', 'stop', 'reboot', 'rescue', 'unrescue'] as const;
export type VmAction = (typeof VM_ACTIONS)[number];

// ---- DNS zones (records are checked by common/dns/validate-record.ts) ----------------------

const HOST_LABEL = /^(?!-)[A-Za-z0-9_-]{1,63}(?<!-)$/;

export function isHostname(value: string, { allowWildcard = false } = {}): boolean {
  const v = value.endsWith('.') ? value.slice(0, -1) : value;
  if (v.length === 0 || v.length > 253) return false;
  return v.split('.').every((label, i) => (allowWildcard && i === 0 && label === '*') || HOST_LABEL.test(label));
}

export const dnsZoneAddSchema = z.object({
  name: z
    .string()
    .trim()
    .max(253, lengthFirst('The domain is too long'))
    .toLowerCase()
    .refine((v) => isHostname(v) && v.includes('.'), 'Enter a domain such as example.com'),
});

// ---- Support, contacts, billing ----------------------------------------------------------------

export const ticketCreateSchema = z.object({
  departmentId: hostbillIdSchema,
  subject: z.string().trim().max(200, lengthFirst('At most 200 characters')).min(3, 'Enter a subject'),
  body: z.string().trim().max(20_000, lengthFirst('The message is too long')).min(1, 'Write your message'),
});

export const ticketReplySchema = z.object({
  body: z.string().trim().max(20_000, lengthFirst('The message is too long')).min(1, 'Write your reply'),
});

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, lengthFirst(`At most ${max} characters`))
    .optional();

export const contactSchema = z.object({
  email: z.string().trim().max(254, lengthFirst('The email address is too long')).email('Enter a valid email address'),
  firstName: z.string().trim().max(100, lengthFirst('At most 100 characters')).min(1, 'Enter a first name'),
  lastName: z.string().trim().max(100, lengthFirst('At most 100 characters')).min(1, 'Enter a last name'),
  companyName: optionalText(200),
  phone: optionalText(40),
  address1: optionalText(200),
  address2: optionalText(200),
  city: optionalText(100),
  state: optionalText(100),
  postcode: optionalText(20),
  country: z
    .string()
    .trim()
    .max(2, lengthFirst('Use a two-letter country code, e.g. US'))
    .regex(/^[A-Z]{2}$/, 'Use a two-letter country code, e.g. US')
    .optional(),
  type: optionalText(40),
  /** Lets the contact sign in with their email; never returned by the portal. */
  password: z.string().max(128, lengthFirst('At most 128 characters')).min(8, 'At least 8 characters').optional(),
  privileges: z.record(z.string().max(100, lengthFirst('Unknown privilege')), z.unknown()).optional(),
});
export type ContactInput = z.infer<typeof contactSchema>;

export const accountDetailsSchema = contactSchema.omit({ password: true, privileges: true });
export type AccountDetailsInput = z.infer<typeof accountDetailsSchema>;

export const creditAmountSchema = z.object({
  /** Omitted: the portal applies as much as it takes to pay the invoice. */
  amount: z
    .number()
    .positive('Enter an amount above 0')
    .max(1_000_000, 'The amount is too large')
    .refine(
      (v) => Math.round(v * 100) === v * 100 || Math.abs(Math.round(v * 100) - v * 100) < 1e-6,
      'At most two decimals',
    )
    .optional(),
});
