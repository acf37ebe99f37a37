/**
 * Turns a non-2xx answer of the Reseller API into an AppError. The server's own message texts are
 * shown (the docs ask for it), with field names mapped onto form paths so a 422 lands next to the
 * right input. Nothing secret may pass: messages are scrubbed of the credentials in use.
 */
import { AppFailure, appError, type AppError } from '../../../common/errors';
import { relabel, type FieldLabels } from '../../../common/field-labels';
import { ADMIN_FIELD_LABELS, CONTRACT_FIELD_LABELS, RESOURCE_LIMIT_KEYS } from '../../../common/models/contract';
import { retryAfterMs } from '../http';

/** Which form a request belongs to, so server messages map onto that form's field names. */
export type FieldScope = 'contract' | 'limits' | 'admin' | 'none';

export interface ErrorContext {
  /** What was asked for, for 404 texts: "Contract 15514", "Admin 800001 of contract 15514". */
  readonly what: string;
  readonly fields: FieldScope;
  readonly authMethod: 'basic' | 'token';
  /** Strings that must never appear in a message (password, token, Basic header value). */
  readonly secrets: readonly string[];
}

export interface ErrorAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
}

const TWO_FACTOR = /two[\s-]?factor|2fa|\bmfa\b|api[\s-]?token/i;

/** Limit names are specific and checked first; the bare word "name" only after them. */
const LIMIT_PATTERNS: readonly (readonly [RegExp, string])[] = RESOURCE_LIMIT_KEYS.map(
  (key) => [new RegExp(`\\b${key}\\b`, 'i'), `resourceLimits.${key}`] as const,
);
const FIELD_PATTERNS: Readonly<Record<FieldScope, readonly (readonly [RegExp, string])[]>> = {
  contract: [
    ...LIMIT_PATTERNS,
    [/\bresourceLimits\b|\bresource limits\b/i, 'resourceLimits'],
    [/\bresellerReference\b|\breseller reference\b/i, 'resellerReference'],
    [/\bname\b/i, 'name'],
  ],
  limits: [...LIMIT_PATTERNS, [/\bresourceLimits\b|\bresource limits\b/i, 'resourceLimits']],
  admin: [
    [/\bfirstName\b|\bfirst name\b/i, 'firstName'],
    [/\blastName\b|\blast name\b/i, 'lastName'],
    [/\be-?mail\b/i, 'email'],
    [/\bpassword\b/i, 'password'],
  ],
  none: [],
};

/** The labels each form shows, so the server's API names read as the form's own words. */
const LABELS: Readonly<Record<FieldScope, FieldLabels>> = {
  contract: CONTRACT_FIELD_LABELS,
  limits: CONTRACT_FIELD_LABELS,
  admin: ADMIN_FIELD_LABELS,
  none: {},
};

export function ionosFailure(answer: ErrorAnswer, context: ErrorContext): AppFailure {
  return new AppFailure(scrub(mapAnswer(answer, context), context.secrets));
}

function mapAnswer(answer: ErrorAnswer, context: ErrorContext): AppError {
  const messages = serverMessages(answer.text);
  const said = messages.join(' ');
  const status = answer.status;
  const httpStatus = { httpStatus: String(status) };
  switch (true) {
    case status === 401:
      return unauthorised(said, context.authMethod);
    case status === 403:
      return appError('auth', withServer('This account lacks the privileges for this action', said), {
        details: httpStatus,
      });
    case status === 404:
      return appError('not-found', `${context.what} was not found.`, { details: httpStatus });
    case status === 400 || status === 415 || status === 422: {
      const labels = LABELS[context.fields];
      const worded = messages.map((message) => relabel(message, labels)).join(' ');
      return appError('validation', withServer('The IONOS API did not accept the request', worded), {
        details: fieldDetails(messages, context.fields),
      });
    }
    case status === 405:
      return appError('unsupported', withServer('The IONOS API does not offer this action', said), {
        details: httpStatus,
      });
    case status === 409:
      return appError('conflict', withServer('The request conflicts with the current state', said), {
        details: httpStatus,
      });
    case status === 429: {
      const wait = retryAfterMs(answer.headers);
      const when =
        wait !== undefined ? ` Try again in ${Math.max(1, Math.ceil(wait / 1000))} s.` : ' Try again shortly.';
      const extra = wait !== undefined ? { details: httpStatus, retryAfterMs: wait } : { details: httpStatus };
      return appError('rate-limit', `The IONOS API is limiting requests.${when}`, extra);
    }
    case status === 503:
      return appError(
        'server',
        withServer('The IONOS API is unavailable at the moment (maintenance or overload)', said),
        {
          details: httpStatus,
        },
      );
    case status >= 500:
      return appError('server', withServer(`The IONOS API failed with an internal error (HTTP ${status})`, said), {
        details: httpStatus,
      });
    default:
      return appError('server', withServer(`The IONOS API answered with an unexpected status (HTTP ${status})`, said), {
        details: httpStatus,
      });
  }
}

function unauthorised(said: string, method: 'basic' | 'token'): AppError {
  if (method === 'basic' && TWO_FACTOR.test(said)) {
    return appError(
      'auth',
      'This account uses two-factor authentication, so it cannot sign in with username and password (Basic). ' +
        'Create an API token in the IONOS token manager and use the "API token" sign-in for this account.',
      { details: { httpStatus: '401', reason: 'two-factor-basic' } },
    );
  }
  const what =
    method === 'token' ? 'The IONOS API rejected the API token' : 'The IONOS API rejected the username or password';
  return appError('auth', withServer(what, said), { details: { httpStatus: '401', reason: 'credentials' } });
}

function withServer(lead: string, said: string): string {
  return said ? `${lead}: ${said}` : `${lead}.`;
}

/** The `message` texts of the error envelope; nothing when the body is not the envelope (e.g. a proxy's HTML). */
export function serverMessages(textBody: string): string[] {
  let body: unknown;
  try {
    body = JSON.parse(textBody);
  } catch {
    return [];
  }
  const list = (body as { messages?: unknown } | null)?.messages;
  if (!Array.isArray(list)) return [];
  return list
    .map((entry) => (entry as { message?: unknown } | null)?.message)
    .filter((message): message is string => typeof message === 'string' && message.trim().length > 0)
    .map((message) => message.trim().slice(0, 500));
}

/**
 * One entry per form field the server named (matched on the API's names), worded with the form's
 * labels; the first message about a field wins.
 */
export function fieldDetails(messages: readonly string[], scope: FieldScope): Record<string, string> {
  const details: Record<string, string> = {};
  for (const message of messages) {
    const field = FIELD_PATTERNS[scope].find(([pattern]) => pattern.test(message))?.[1];
    if (field) details[field] ??= relabel(message, LABELS[scope]);
  }
  return details;
}

function scrub(error: AppError, secrets: readonly string[]): AppError {
  const usable = secrets.filter((secret) => secret.length >= 3);
  if (usable.length === 0) return error;
  const clean = (value: string) => usable.reduce((out, secret) => out.split(secret).join('•••'), value);
  const details = error.details
    ? Object.fromEntries(Object.entries(error.details).map(([key, value]) => [key, clean(value)]))
    : undefined;
  return appError(error.kind, clean(error.message), {
    ...(details ? { details } : {}),
    ...(error.retryAfterMs !== undefined ? { retryAfterMs: error.retryAfterMs } : {}),
  });
}
