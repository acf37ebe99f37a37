/**
 * HostBill's error dialect: `{"error": [...]}`, very often with HTTP 200, so the body decides and
 * the status only fills in when there is no readable body. Every failure becomes an AppFailure whose
 * kind drives the UI (e.g. 'unsupported' hides a feature). Texts are scrubbed of anything that could
 * be a token or the password: portals sometimes echo what they were sent.
 */
import { AppFailure, appError, type AppError, type AppErrorKind } from '../../../common/errors';
import { retryAfterMs } from '../http';

export const WRONG_LOGIN_MESSAGE = 'The portal rejected the username or password.';
export const SIGN_IN_AGAIN_MESSAGE = 'The portal no longer accepts this session: sign in again.';
export const UNREADABLE_MESSAGE = 'The portal sent an answer the app cannot read.';

/** `details.reason` tells auth errors apart: bad credentials are final, a stale token is refreshed. */
export type AuthReason = 'wronglogin' | 'token';

export interface PortalAnswer {
  readonly status: number;
  readonly headers: Headers;
  /** Parsed JSON, or undefined when the body was not JSON. */
  readonly body: unknown;
}

export interface ClassifyOptions {
  /** 404 / "invalid method" on an optional endpoint means the portal lacks the feature. */
  readonly optional?: boolean;
  /** Values to blank out of any portal text (password, tokens). */
  readonly secrets?: readonly string[];
}

const AUTH_TEXT =
  /(?<!mfa_)token|unauthori[sz]ed|not authenticated|authenticat|not logged|login required|session expired|access denied|invalid credentials/i;
const NOT_FOUND_TEXT = /not found|does not exist|no such|unknown (service|invoice|ticket|zone|record|vm|contact)/i;
const CONFLICT_TEXT =
  /busy|in progress|already|pending|locked|another (task|action|operation)|try again later|cannot \w+ an? \w+ that is/i;

/** The strings of an `error` key, or null when the body has none. */
export function portalErrors(body: unknown): string[] | null {
  if (typeof body !== 'object' || body === null || !('error' in body)) return null;
  const raw = (body as { error: unknown }).error;
  const list = Array.isArray(raw) ? raw : [raw];
  const texts = list.map((e) =>
    typeof e === 'string' ? e : typeof e === 'object' && e !== null ? JSON.stringify(e) : String(e),
  );
  return texts.filter((t) => t.trim().length > 0).length > 0 ? texts : ['unknown error'];
}

/** Returns null when the answer is a success; otherwise the AppError it stands for. */
export function classifyAnswer(answer: PortalAnswer, options: ClassifyOptions = {}): AppError | null {
  const { status } = answer;
  if (status === 429) {
    const wait = retryAfterMs(answer.headers);
    return appError(
      'rate-limit',
      'The portal is limiting requests. Wait a moment and try again.',
      wait === undefined ? {} : { retryAfterMs: wait },
    );
  }
  if (status >= 500) {
    return appError('server', `The portal had an internal problem (HTTP ${status}). Try again later.`);
  }
  const errors = portalErrors(answer.body);
  if (errors) return fromPortalErrors(errors, status, options);
  // A bare 401/403 is how some portals (and proxies in front of them) reject a stale token.
  if (status === 401 || status === 403)
    return appError('auth', SIGN_IN_AGAIN_MESSAGE, { details: { reason: 'token' } });
  if (status === 404) return notFound(options);
  if (status >= 400) return appError('validation', `The portal refused the request (HTTP ${status}).`);
  if (answer.body === undefined || typeof answer.body !== 'object' || answer.body === null) {
    return appError('server', UNREADABLE_MESSAGE);
  }
  return null;
}

function notFound(options: ClassifyOptions): AppError {
  return options.optional
    ? appError('unsupported', 'This portal does not offer this feature.')
    : appError('not-found', 'The portal could not find that item. It may have been removed.');
}

function fromPortalErrors(errors: readonly string[], status: number, options: ClassifyOptions): AppError {
  const joined = errors.join(' ');
  const lower = joined.toLowerCase();
  if (lower.includes('wronglogin')) return appError('auth', WRONG_LOGIN_MESSAGE, { details: { reason: 'wronglogin' } });
  if (/mfa_required|second factor required/.test(lower)) {
    return appError(
      'mfa-required',
      'The portal asks for a second factor: sign in with a code (Basic sign-in cannot carry one).',
    );
  }
  if (lower.includes('invalid method')) return appError('unsupported', 'This portal does not offer this feature.');
  if (status === 401 || AUTH_TEXT.test(joined))
    return appError('auth', SIGN_IN_AGAIN_MESSAGE, { details: { reason: 'token' } });
  if (status === 404 && !NOT_FOUND_TEXT.test(joined)) return notFound(options);
  const text = scrub(errors.map(humanise).join(' '), options.secrets ?? []);
  const kind: AppErrorKind = NOT_FOUND_TEXT.test(joined)
    ? 'not-found'
    : CONFLICT_TEXT.test(joined)
      ? 'conflict'
      : 'validation';
  return appError(kind, `The portal answered: ${asSentence(text)}`);
}

/** Portal messages often lack a full stop; ours are appended after them and must not run on. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** HostBill codes such as "internal_error_0" or "wronglogin" read better with spaces. */
function humanise(text: string): string {
  return /^[a-z0-9_]+$/.test(text) ? text.replace(/_/g, ' ') : text;
}

const JWT_LIKE = /eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.?[A-Za-z0-9_-]*/g;
const LONG_SECRET_LIKE = /[A-Za-z0-9+/_=-]{40,}/g;

export function scrub(text: string, secrets: readonly string[]): string {
  let out = text.replace(JWT_LIKE, '[hidden]').replace(LONG_SECRET_LIKE, '[hidden]');
  for (const secret of secrets) {
    if (secret.length >= 3) out = out.split(secret).join('[hidden]');
  }
  return out.length > 500 ? `${out.slice(0, 500)}…` : out;
}

export function throwIfError(answer: PortalAnswer, options: ClassifyOptions = {}): void {
  const error = classifyAnswer(answer, options);
  if (error) throw new AppFailure(error);
}

export function isAuthFailure(thrown: unknown, reason?: AuthReason): thrown is AppFailure {
  return (
    thrown instanceof AppFailure &&
    thrown.error.kind === 'auth' &&
    (reason === undefined || thrown.error.details?.reason === reason)
  );
}

/** The portal refused a login for a reason that is not the credentials (e.g. internal_error_0, JWT disabled). */
export function isNonCredentialLoginError(thrown: unknown): boolean {
  if (!(thrown instanceof AppFailure)) return false;
  const { kind, details } = thrown.error;
  if (kind === 'auth') return details?.reason !== 'wronglogin';
  return kind === 'validation' || kind === 'unsupported' || kind === 'not-found' || kind === 'server';
}
