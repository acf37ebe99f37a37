/**
 * RS256-shaped JWTs. The signature is random bytes: clients only read `exp` from the payload and the
 * simulator recognises its tokens by looking them up, so no key pair is needed.
 */
import { randomBytes, randomUUID } from 'node:crypto';

export interface TokenClaims {
  readonly iss: string;
  readonly sub: string;
  readonly iat: number;
  readonly exp: number;
  readonly jti: string;
  readonly token_type: 'access' | 'refresh';
}

const HEADER = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }));

function base64url(value: string | Buffer): string {
  return Buffer.from(value).toString('base64url');
}

export function issueJwt(subject: string, type: TokenClaims['token_type'], nowMs: number, lifetimeMs: number): string {
  const claims: TokenClaims = {
    iss: 'hostbill-sandbox',
    sub: subject,
    iat: Math.floor(nowMs / 1000),
    exp: Math.floor((nowMs + lifetimeMs) / 1000),
    jti: randomUUID(),
    token_type: type,
  };
  return `${HEADER}.${base64url(JSON.stringify(claims))}.${base64url(randomBytes(256))}`;
}

/** The payload of a token, or undefined when it is not a three-part JWT with a JSON payload. */
export function decodeJwt(token: string): TokenClaims | undefined {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[1]) return undefined;
  try {
    return JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as TokenClaims;
  } catch {
    return undefined;
  }
}
