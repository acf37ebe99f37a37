import { describe, expect, it } from 'vitest';
import { accountDraftSchema, accountUpdateSchema } from './channels/accounts';
import { MAX_SECRET_BYTES, SECRET_TOO_LONG_MESSAGE, secretByteLength } from './secret-limits';

const draft = (secret: string) => ({
  kind: 'ionos-reseller' as const,
  label: 'Main',
  baseUrl: 'https://api.ionos.com/reseller/v2',
  authMethod: 'token' as const,
  username: '',
  secret,
});

const secretIssue = (secret: string) => {
  const parsed = accountDraftSchema.safeParse(draft(secret));
  return parsed.success ? null : parsed.error.issues.find((issue) => issue.path[0] === 'secret')?.message;
};

describe('secret length limit (form, channel schemas and keychain)', () => {
  it('is 16 KiB', () => expect(MAX_SECRET_BYTES).toBe(16_384));

  it('accepts a 10,000-character token and one of exactly 16 KiB', () => {
    expect(secretIssue('t'.repeat(10_000))).toBeNull();
    expect(secretIssue('t'.repeat(MAX_SECRET_BYTES))).toBeNull();
  });

  it('refuses one byte more, counting UTF-8 bytes as the keychain stores them', () => {
    expect(secretIssue('t'.repeat(MAX_SECRET_BYTES + 1))).toBe(SECRET_TOO_LONG_MESSAGE);
    const wide = 'é'.repeat(MAX_SECRET_BYTES / 2 + 1);
    expect(wide.length).toBeLessThan(MAX_SECRET_BYTES);
    expect(secretByteLength(wide)).toBeGreaterThan(MAX_SECRET_BYTES);
    expect(secretIssue(wide)).toBe(SECRET_TOO_LONG_MESSAGE);
  });

  it('applies to a new secret when editing an account too', () => {
    const update = {
      id: 'a1',
      label: 'Main',
      baseUrl: 'https://api.ionos.com/reseller/v2',
      authMethod: 'token',
      username: '',
    };
    expect(accountUpdateSchema.safeParse({ ...update, secret: 't'.repeat(10_000) }).success).toBe(true);
    expect(accountUpdateSchema.safeParse({ ...update, secret: 't'.repeat(MAX_SECRET_BYTES + 1) }).success).toBe(false);
  });
});
