/**
 * Errors cross process boundaries as plain data: a thrown Error loses its fields over IPC,
 * so every failure the UI can see is an AppError, and the UI picks its presentation from `kind`.
 */
export const APP_ERROR_KINDS = [
  'auth',
  'mfa-required',
  'network',
  'offline',
  'timeout',
  'rate-limit',
  'validation',
  'not-found',
  'conflict',
  'unsupported',
  'server',
  'keychain',
  'internal',
] as const;

export type AppErrorKind = (typeof APP_ERROR_KINDS)[number];

export interface AppError {
  readonly kind: AppErrorKind;
  readonly message: string;
  /** Field-level messages (`{ email: 'must contain @' }`) or other structured context. */
  readonly details?: Readonly<Record<string, string>>;
  readonly retryAfterMs?: number;
}

export function appError(
  kind: AppErrorKind,
  message: string,
  extra: { details?: Record<string, string>; retryAfterMs?: number } = {},
): AppError {
  const error: { -readonly [K in keyof AppError]: AppError[K] } = { kind, message };
  if (extra.details && Object.keys(extra.details).length > 0) error.details = { ...extra.details };
  if (extra.retryAfterMs !== undefined) error.retryAfterMs = extra.retryAfterMs;
  return error;
}

/** Thrown inside main; converted to an AppError result at the IPC boundary. */
export class AppFailure extends Error {
  readonly error: AppError;
  constructor(error: AppError) {
    super(error.message);
    this.name = 'AppFailure';
    this.error = error;
  }
}

export function fail(
  kind: AppErrorKind,
  message: string,
  extra?: { details?: Record<string, string>; retryAfterMs?: number },
): never {
  throw new AppFailure(appError(kind, message, extra));
}

export function isAppError(value: unknown): value is AppError {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { kind?: unknown; message?: unknown };
  return typeof candidate.message === 'string' && (APP_ERROR_KINDS as readonly unknown[]).includes(candidate.kind);
}

/** Anything caught becomes an AppError; unknown throwables never leak their text (it may hold secrets). */
export function toAppError(thrown: unknown): AppError {
  if (thrown instanceof AppFailure) return thrown.error;
  if (isAppError(thrown)) return thrown;
  return appError('internal', 'Something went wrong inside the app. The action was not completed.');
}
