import { z } from 'zod';
import { channel } from '../channel';
import { MAX_SECRET_BYTES, SECRET_TOO_LONG_MESSAGE, secretByteLength } from '../secret-limits';
import type { Account, AccountCheck } from '../models/account';
import { baseUrlSchema, idSchema, lengthFirst, noArgs } from '../validation';

const label = z.string().trim().max(80, lengthFirst('Keep the label under 80 characters')).min(1, 'Enter a label');
const username = z.string().trim().max(254, lengthFirst('The username is too long'));
// Characters first (cheap, bounds the work), then the UTF-8 size the keychain actually stores.
const secret = z
  .string()
  .max(MAX_SECRET_BYTES, lengthFirst(SECRET_TOO_LONG_MESSAGE))
  .min(1, 'Enter the password or token')
  .refine((value) => secretByteLength(value) <= MAX_SECRET_BYTES, SECRET_TOO_LONG_MESSAGE);

const ionosFields = {
  kind: z.literal('ionos-reseller'),
  label,
  baseUrl: baseUrlSchema,
  authMethod: z.enum(['basic', 'token'], 'Choose Basic or API token'),
  username,
};
const hostbillFields = {
  kind: z.literal('hostbill'),
  label,
  baseUrl: baseUrlSchema,
  authMethod: z.enum(['jwt', 'basic'], 'Choose JWT login or Basic'),
  username: username.min(1, 'Enter the portal username (email)'),
};

/** Basic auth needs a username; an IONOS API token does not. */
function requireUsernameForBasic(value: { authMethod: string; username: string }, ctx: z.RefinementCtx) {
  if (value.authMethod === 'basic' && value.username.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['username'], message: 'Enter the username for Basic sign-in' });
  }
}

export const accountDraftSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...ionosFields, secret }).superRefine(requireUsernameForBasic),
  z.strictObject({ ...hostbillFields, secret }),
]);
export type AccountDraft = z.input<typeof accountDraftSchema>;

/** Editing keeps the kind; an omitted secret keeps the stored one. */
export const accountUpdateSchema = z.strictObject({
  id: idSchema,
  label,
  baseUrl: baseUrlSchema,
  authMethod: z.enum(['basic', 'token', 'jwt'], 'Choose how to sign in'),
  username,
  secret: secret.optional(),
});
export type AccountUpdate = z.input<typeof accountUpdateSchema>;

export const accountChannels = {
  /** Every configured account, secrets excluded. */
  'accounts.list': channel<readonly Account[]>()(noArgs),
  /** Stores the profile in the cache DB and its secret in the OS keychain. */
  'accounts.add': channel<Account>()(accountDraftSchema),
  /** Changes a profile; a new secret replaces the stored one in the keychain. */
  'accounts.update': channel<Account>()(accountUpdateSchema),
  /** Deletes the profile, its keychain entries and all its cached data. */
  'accounts.remove': channel<null>()(z.strictObject({ id: idSchema })),
  /** Signs in and reads a little, reporting each step (address, credentials, data). */
  'accounts.test': channel<AccountCheck>()(z.strictObject({ id: idSchema })),
  /** Finishes a HostBill sign-in that asked for a second factor, with the code from the authenticator. */
  'accounts.completeMfa': channel<AccountCheck>()(
    z.strictObject({
      id: idSchema,
      code: z
        .string()
        .trim()
        .max(12, lengthFirst('Enter the code shown by your authenticator app'))
        .regex(/^[0-9A-Za-z]{4,12}$/, 'Enter the code shown by your authenticator app'),
    }),
  ),
  /** Starts the local sandbox inside the app and adds demo accounts for it. */
  'demo.start': channel<readonly Account[]>()(noArgs),
};
