/**
 * Sign-in for one HostBill account. JWT: access token in memory only, refresh token in the injected
 * store (the OS keychain in the app), renewed shortly before `exp` (60 s, or a quarter of the token's
 * lifetime when the portal's tokens live less than four minutes), and a rejected call refreshes once
 * and is repeated once. Basic: the credentials on every call. A portal whose /login is broken while
 * Basic works is detected and remembered for the session. All renewals share one in-flight promise
 * so a burst of calls after expiry costs one /token, not one each.
 */
import { AppFailure, fail } from '../../../common/errors';
import type { HttpClient } from '../http';
import { SIGN_IN_AGAIN_MESSAGE, WRONG_LOGIN_MESSAGE, isAuthFailure, isNonCredentialLoginError } from './errors';
import { isRaw, text } from './normalize';
import { sendPortal } from './request';

export interface TokenStore {
  getRefreshToken(): Promise<string | null>;
  setRefreshToken(token: string | null): Promise<void>;
}

export type HostbillAuthMethod = 'jwt' | 'basic';

export interface HostbillAuthOptions {
  readonly baseUrl: string;
  readonly http: HttpClient;
  readonly tokenStore: TokenStore;
  readonly credentials: { readonly username: string; readonly password: string };
  readonly method: HostbillAuthMethod;
  readonly clock?: () => number;
}

export interface SignInOutcome {
  readonly method: HostbillAuthMethod;
  /** JWT was asked for but the portal's /login failed while Basic worked. */
  readonly fellBack: boolean;
}

export interface HostbillAuth {
  /** Runs `call` with an Authorization header; on an auth rejection renews once and repeats once. */
  withAuth<T>(call: (authorization: string) => Promise<T>): Promise<T>;
  /** A fresh sign-in with the credentials (account check, or after 'auth'). */
  signIn(): Promise<SignInOutcome>;
  /** Finishes a login that answered 'mfa-required'. */
  completeMfa(code: string): Promise<SignInOutcome>;
  signOut(): Promise<void>;
  /** The method in use now (after any fallback). */
  method(): HostbillAuthMethod;
  fellBack(): boolean;
  /** Texts that must never appear in a message (password, tokens). */
  secrets(): string[];
}

/** Renew this long before `exp`, so a request does not arrive with a token that expires in flight. */
export const REFRESH_MARGIN_MS = 60_000;

/**
 * The margin for a token living `lifetimeMs`: 60 s, but never more than a quarter of the lifetime, or
 * a portal with 8-second tokens would see a renewal before nearly every request.
 */
export function refreshMarginMs(lifetimeMs: number): number {
  return Math.min(REFRESH_MARGIN_MS, Math.max(0, lifetimeMs) / 4);
}

interface Access {
  readonly token: string;
  /** ms since epoch; Infinity when the token carries no readable `exp` (renewed when rejected). */
  readonly expiresAt: number;
  /** When to renew: `expiresAt` less the margin that fits this token's lifetime. */
  readonly renewAt: number;
}

export function createHostbillAuth(options: HostbillAuthOptions): HostbillAuth {
  const { http, baseUrl, tokenStore, credentials } = options;
  const clock = options.clock ?? Date.now;
  let mode: HostbillAuthMethod = options.method;
  let fellBack = false;
  let access: Access | null = null;
  let refreshToken: string | null = null;
  let pendingMfa: Readonly<Record<string, unknown>> | null = null;
  let inflight: Promise<void> | null = null;

  const basicHeader = () =>
    `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`, 'utf8').toString('base64')}`;
  const secrets = () => [credentials.password, access?.token, refreshToken].filter((s): s is string => !!s);
  const post = (p: string, body: unknown, authorization?: string) =>
    sendPortal(http, baseUrl, {
      method: 'POST',
      path: p,
      body,
      secrets: secrets(),
      ...(authorization ? { authorization } : {}),
    });

  /** One renewal at a time: everyone who needs a token waits for the same attempt. */
  function shared(work: () => Promise<void>): Promise<void> {
    inflight ??= work().finally(() => {
      inflight = null;
    });
    return inflight;
  }

  async function keepTokens(body: unknown): Promise<void> {
    const token = isRaw(body) ? text(body.token) : null;
    if (!token) fail('server', 'The portal accepted the sign-in but sent no token.');
    const refresh = isRaw(body) ? text(body.refresh) : null;
    const expiresAt = jwtExpiry(token);
    // The lifetime from the token's own claims; without `iat`, what is left of it on arrival.
    const issuedAt = jwtIssuedAt(token) ?? clock();
    access = { token, expiresAt, renewAt: expiresAt - refreshMarginMs(expiresAt - issuedAt) };
    // Rotation: the portal invalidates the old refresh token, so the new one must replace it.
    refreshToken = refresh;
    await tokenStore.setRefreshToken(refresh);
  }

  async function login(extra: Record<string, unknown> = {}): Promise<void> {
    let body: unknown;
    try {
      ({ body } = await post('/login', { username: credentials.username, password: credentials.password, ...extra }));
    } catch (thrown) {
      if ('code' in extra) throw wrongCode(thrown);
      if (isNonCredentialLoginError(thrown)) return fallBackToBasic(thrown as AppFailure);
      throw thrown;
    }
    if (isRaw(body) && body.mfa !== undefined && body.mfa !== null && !text(body.token)) {
      pendingMfa = isRaw(body.mfa) ? body.mfa : {};
      fail(
        'mfa-required',
        'The portal asks for a second factor: enter the code from your authenticator app to finish signing in.',
      );
    }
    pendingMfa = null;
    await keepTokens(body);
  }

  /** /login failed for a reason other than the credentials: the portal may only have Basic enabled. */
  async function fallBackToBasic(loginError: AppFailure): Promise<void> {
    try {
      await sendPortal(http, baseUrl, {
        method: 'GET',
        path: '/details',
        authorization: basicHeader(),
        secrets: secrets(),
      });
    } catch (thrown) {
      if (isAuthFailure(thrown)) fail('auth', WRONG_LOGIN_MESSAGE, { details: { reason: 'wronglogin' } });
      throw loginError;
    }
    mode = 'basic';
    fellBack = true;
    access = null;
    refreshToken = null;
    await tokenStore.setRefreshToken(null);
  }

  async function renew(): Promise<void> {
    const stored = refreshToken ?? (await tokenStore.getRefreshToken());
    if (stored) {
      try {
        const { body } = await post('/token', { refresh_token: stored });
        await keepTokens(body);
        return;
      } catch (thrown) {
        // A rejected refresh token (expired, revoked, already rotated) is replaced by a full login;
        // anything else (network, rate limit) is the caller's error to see.
        if (!isAuthFailure(thrown) && !(thrown instanceof AppFailure && thrown.error.kind === 'validation'))
          throw thrown;
        refreshToken = null;
        await tokenStore.setRefreshToken(null);
      }
    }
    await login();
  }

  async function authorization(): Promise<string> {
    if (mode === 'basic') return basicHeader();
    if (!access || clock() >= access.renewAt) await shared(renew);
    // The renewal may have fallen back to Basic (TypeScript cannot see that `mode` changed).
    if ((mode as HostbillAuthMethod) === 'basic') return basicHeader();
    if (!access) fail('auth', SIGN_IN_AGAIN_MESSAGE);
    return `Bearer ${access.token}`;
  }

  async function withAuth<T>(call: (authorization: string) => Promise<T>): Promise<T> {
    const first = await authorization();
    try {
      return await call(first);
    } catch (thrown) {
      if (!isAuthFailure(thrown)) throw thrown;
      // Basic credentials do not get better by asking again.
      if (first.startsWith('Basic ')) throw thrown;
    }
    // Repeating the call is safe even for a POST: the portal rejected the token before acting.
    // Only the first caller to notice renews; the others find a new token already in place.
    if (access && `Bearer ${access.token}` === first) {
      access = null;
      await shared(renew);
    }
    const second = await authorization();
    try {
      return await call(second);
    } catch (thrown) {
      if (isAuthFailure(thrown)) fail('auth', SIGN_IN_AGAIN_MESSAGE, { details: { reason: 'token' } });
      throw thrown;
    }
  }

  async function signIn(): Promise<SignInOutcome> {
    if (mode === 'basic') {
      await sendPortal(http, baseUrl, {
        method: 'GET',
        path: '/details',
        authorization: basicHeader(),
        secrets: secrets(),
      });
    } else {
      await shared(() => login());
    }
    return { method: mode, fellBack };
  }

  async function completeMfa(code: string): Promise<SignInOutcome> {
    const trimmed = code.trim();
    if (!/^[0-9A-Za-z]{4,12}$/.test(trimmed))
      fail('validation', 'Enter the code shown by your authenticator app.', {
        details: { code: 'Digits only, as shown' },
      });
    if (!pendingMfa) fail('validation', 'There is no sign-in waiting for a code: sign in first.');
    // The portal names the field to repeat the login with (HostBill: "code").
    const field = text(pendingMfa.field) ?? 'code';
    await shared(() => login({ [field]: trimmed, code: trimmed }));
    return { method: mode, fellBack };
  }

  async function signOut(): Promise<void> {
    const refresh = refreshToken ?? (await tokenStore.getRefreshToken());
    const token = access?.token;
    access = null;
    refreshToken = null;
    pendingMfa = null;
    try {
      // /revoke ends both tokens; /logout only the access token.
      if (refresh) await post('/revoke', { refresh_token: refresh });
      else if (token) await post('/logout', {}, `Bearer ${token}`);
    } catch {
      // Signing out locally must not depend on the portal answering.
    } finally {
      await tokenStore.setRefreshToken(null);
    }
  }

  return { withAuth, signIn, completeMfa, signOut, method: () => mode, fellBack: () => fellBack, secrets };
}

/** A refused second-factor code is a field error the form can show; the pending sign-in stays open. */
function wrongCode(thrown: unknown): unknown {
  if (thrown instanceof AppFailure && thrown.error.kind === 'validation') {
    return new AppFailure({
      kind: 'validation',
      message: 'The portal did not accept that code. Check it and try again.',
      details: { code: 'Code not accepted' },
    });
  }
  return thrown;
}

/** `exp` of a JWT in ms, read without checking the signature (the portal checks it, not us). */
export function jwtExpiry(token: string): number {
  return numericClaim(token, 'exp') ?? Infinity;
}

/** `iat` of a JWT in ms, or null when the token does not say. */
export function jwtIssuedAt(token: string): number | null {
  return numericClaim(token, 'iat');
}

function numericClaim(token: string, name: 'exp' | 'iat'): number | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const value = isRaw(claims) ? claims[name] : undefined;
    return typeof value === 'number' && Number.isFinite(value) ? value * 1000 : null;
  } catch {
    return null;
  }
}
