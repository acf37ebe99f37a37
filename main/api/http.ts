/**
 * The one HTTP layer of main: timeouts, retries with backoff and jitter, Retry-After, and
 * transport failures mapped to AppErrors. It knows nothing of either API's error bodies: each client
 * maps non-2xx answers itself. Only requests that cannot do harm twice are ever repeated, with one
 * exception: a 429 means the server did nothing, so any method (POST included) is sent again after
 * it, honouring Retry-After within the same bounds.
 */
import { AppFailure, appError } from '../../common/errors';

export type FetchPort = (url: string, init: RequestInit) => Promise<Response>;
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface HttpOptions {
  readonly fetch: FetchPort;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
  /** Per attempt. */
  readonly timeoutMs?: number;
  readonly maxAttempts?: number;
  readonly baseDelayMs?: number;
  /** Upper bound of all waiting between attempts of one request. */
  readonly maxTotalWaitMs?: number;
}

export interface HttpRequest {
  readonly method: HttpMethod;
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
  /** Defaults: GET, PUT and DELETE may be repeated; POST and PATCH only after a 429. */
  readonly idempotent?: boolean;
  readonly timeoutMs?: number;
  /** Read the body as raw bytes too (attachments); `text` is then their UTF-8 decoding. */
  readonly binary?: boolean;
}

export interface HttpResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** The exact body bytes, only when the request asked for `binary`. */
  readonly bytes?: Uint8Array;
  /** How many attempts it took (1 = no retry). */
  readonly attempts: number;
}

export interface HttpClient {
  send(request: HttpRequest): Promise<HttpResponse>;
}

const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);
/** "Too many requests": refused before anything was done, so safe to send again for every method. */
const THROTTLED = 429;
const DEFAULTS = { timeoutMs: 20_000, maxAttempts: 4, baseDelayMs: 300, maxTotalWaitMs: 15_000 };

export function createHttpClient(options: HttpOptions): HttpClient {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = options.random ?? Math.random;
  const maxAttempts = options.maxAttempts ?? DEFAULTS.maxAttempts;
  const baseDelayMs = options.baseDelayMs ?? DEFAULTS.baseDelayMs;
  const maxTotalWaitMs = options.maxTotalWaitMs ?? DEFAULTS.maxTotalWaitMs;

  async function send(request: HttpRequest): Promise<HttpResponse> {
    const repeatable = request.idempotent ?? ['GET', 'PUT', 'DELETE'].includes(request.method);
    const host = describeHost(request.url);
    let waited = 0;
    for (let attempt = 1; ; attempt += 1) {
      const outcome = await attemptOnce(
        options.fetch,
        request,
        request.timeoutMs ?? options.timeoutMs ?? DEFAULTS.timeoutMs,
      );
      const canRepeat = repeatable && attempt < maxAttempts;
      if ('response' in outcome) {
        const { response } = outcome;
        const throttled = response.status === THROTTLED && attempt < maxAttempts;
        if (!RETRYABLE_STATUS.has(response.status) || !(canRepeat || throttled))
          return { ...response, attempts: attempt };
        const delay = retryAfterMs(response.headers) ?? backoff(attempt, baseDelayMs, random);
        if (waited + delay > maxTotalWaitMs) return { ...response, attempts: attempt };
        waited += delay;
        await sleep(delay);
        continue;
      }
      const delay = backoff(attempt, baseDelayMs, random);
      if (!canRepeat || waited + delay > maxTotalWaitMs)
        throw transportFailure(outcome.failure, host, request.method, repeatable);
      waited += delay;
      await sleep(delay);
    }
  }
  return { send };
}

type Failure = 'timeout' | 'refused' | 'dropped' | 'dns' | 'other';
type Outcome = { response: Omit<HttpResponse, 'attempts'> } | { failure: Failure };

async function attemptOnce(fetchPort: FetchPort, request: HttpRequest, timeoutMs: number): Promise<Outcome> {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const init: RequestInit = { method: request.method, headers: { ...request.headers }, signal, redirect: 'error' };
    if (request.body !== undefined) init.body = request.body;
    const response = await fetchPort(request.url, init);
    // Reading the body can fail too (connection dropped mid-answer): it is part of the attempt.
    if (request.binary) {
      const bytes = new Uint8Array(await response.arrayBuffer());
      const text = new TextDecoder().decode(bytes);
      return { response: { status: response.status, headers: response.headers, text, bytes } };
    }
    const text = await response.text();
    return { response: { status: response.status, headers: response.headers, text } };
  } catch (thrown) {
    return { failure: classify(thrown, signal) };
  }
}

function classify(thrown: unknown, signal: AbortSignal): Failure {
  if (signal.aborted) return 'timeout';
  const code = errorCode(thrown);
  if (code === 'ECONNREFUSED') return 'refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'dns';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE' || code === 'UND_ERR_CLOSED')
    return 'dropped';
  return 'other';
}

function errorCode(thrown: unknown): string | undefined {
  for (let current: unknown = thrown, depth = 0; current && depth < 4; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

const FAILURE_TEXT: Record<Failure, string> = {
  timeout: 'did not answer in time',
  refused: 'refused the connection',
  dropped: 'dropped the connection',
  dns: 'could not be found (check the address)',
  other: 'could not be reached',
};

/**
 * A refused connection or an unknown host means the request never reached the server: that is
 * `offline` (nothing happened). A drop or a timeout after sending is `network`/`timeout`, and for
 * a request that is not repeatable the outcome is unknown, which the message says.
 */
function transportFailure(failure: Failure, host: string, method: HttpMethod, repeatable: boolean): AppFailure {
  if (failure === 'refused' || failure === 'dns') {
    return new AppFailure(
      appError('offline', `The server at ${host} ${FAILURE_TEXT[failure]}: you may be offline. Nothing was sent.`, {
        details: { method },
      }),
    );
  }
  const unsure = repeatable
    ? ''
    : ' The request may or may not have been carried out: check the current state before trying again.';
  const kind = failure === 'timeout' ? 'timeout' : 'network';
  return new AppFailure(
    appError(kind, `The server at ${host} ${FAILURE_TEXT[failure]}.${unsure}`, { details: { method } }),
  );
}

function describeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'the configured address';
  }
}

function backoff(attempt: number, baseDelayMs: number, random: () => number): number {
  const ceiling = baseDelayMs * 2 ** (attempt - 1);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** Retry-After in seconds or as an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(headers: Headers, now: () => number = Date.now): number | undefined {
  const value = headers.get('retry-after');
  if (value === null) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now());
}
