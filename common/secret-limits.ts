/**
 * How large a password, API token or refresh token may be. One number for the account form, the
 * channel schemas and the keychain: the credential store splits larger secrets into parts that fit
 * every OS keychain (Windows Credential Manager holds at most 2,560 bytes per entry), and refuses
 * anything above this.
 */
export const MAX_SECRET_BYTES = 16 * 1024;

const encoder = new TextEncoder();

/** Size of a secret as the keychain stores it (UTF-8), which is what the limits count. */
export function secretByteLength(secret: string): number {
  return encoder.encode(secret).length;
}

/** The message shown beside the secret field when it is too large. */
export const SECRET_TOO_LONG_MESSAGE = `That is too long for a password or token (at most ${MAX_SECRET_BYTES.toLocaleString('en')} bytes, ${MAX_SECRET_BYTES / 1024} KiB)`;
