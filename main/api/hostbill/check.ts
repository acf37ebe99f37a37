/**
 * "Test this account" for the account form: is the address a portal we can reach, do the
 * credentials sign in (and by which method), and can the account details be read. Each step says
 * precisely what went wrong, because this is where users fix typos.
 */
import { AppFailure, toAppError, type AppError } from '../../../common/errors';
import type { AccountCheck } from '../../../common/models/account';
import type { HttpClient } from '../http';
import { createHostbillAuth, type HostbillAuthMethod, type TokenStore } from './auth';
import { createHostbillClient } from './client';
import { sendPortal } from './request';

export interface HostbillCheckOptions {
  readonly baseUrl: string;
  readonly http: HttpClient;
  readonly credentials: { readonly username: string; readonly password: string };
  readonly method: HostbillAuthMethod;
  readonly clock?: () => number;
  /** Where a successful JWT sign-in keeps its refresh token; by default nothing is kept and the tokens are revoked. */
  readonly tokenStore?: TokenStore;
}

type Step = AccountCheck['steps'][number];

/** Step titles name the step, not its outcome: a failed sign-in must not read "Credentials accepted". */
export const HOSTBILL_CHECK_STEPS = {
  reach: 'Reach the portal',
  signIn: 'Sign in',
  details: 'Read account details',
} as const;
const { reach: REACH, signIn: SIGN_IN, details: DETAILS } = HOSTBILL_CHECK_STEPS;

export function memoryTokenStore(initial: string | null = null): TokenStore & { current(): string | null } {
  let token = initial;
  return {
    getRefreshToken: () => Promise.resolve(token),
    setRefreshToken: (value) => {
      token = value;
      return Promise.resolve();
    },
    current: () => token,
  };
}

function describe(error: AppError): string {
  switch (error.kind) {
    case 'network':
    case 'timeout':
    case 'offline':
      return error.message;
    case 'rate-limit':
      return `The portal is limiting requests${error.retryAfterMs ? ` (retry in ${Math.ceil(error.retryAfterMs / 1000)} s)` : ''}: try again shortly.`;
    case 'mfa-required':
      return 'The portal asks for a second factor (a code from your authenticator app) to finish signing in.';
    case 'unsupported':
      return 'This address answers, but not like a HostBill client API. Check the address (it usually ends in /api).';
    default:
      return error.message;
  }
}

export async function checkHostbillAccount(options: HostbillCheckOptions): Promise<AccountCheck> {
  const steps: Step[] = [];
  const done = (ok: boolean): AccountCheck => ({ ok, steps });

  // 1. Reachable: any answer in HostBill's dialect counts, even "wronglogin" for a missing header.
  try {
    await sendPortal(options.http, options.baseUrl, { method: 'GET', path: '/details' });
    steps.push({ label: REACH, ok: true, message: 'The portal answered.' });
  } catch (thrown) {
    const error = toAppError(thrown);
    const answered = error.kind === 'auth' || error.kind === 'mfa-required';
    if (!answered) {
      steps.push({ label: REACH, ok: false, message: describe(error) });
      return done(false);
    }
    steps.push({ label: REACH, ok: true, message: 'The portal answered.' });
  }

  // 2. Sign-in.
  const store = options.tokenStore ?? memoryTokenStore();
  const auth = createHostbillAuth({ ...options, tokenStore: store });
  try {
    // A session kept in the keychain (e.g. after a second factor) is used as it is: signing in
    // afresh would ask for the code again.
    if (options.tokenStore && (await options.tokenStore.getRefreshToken()) !== null) {
      steps.push({
        label: SIGN_IN,
        ok: true,
        message: 'Signed in with the session kept in the keychain.',
      });
      return await readDetails();
    }
    const outcome = await auth.signIn();
    const message = outcome.fellBack
      ? 'Sign-in with a token (JWT) failed on this portal, but username and password (Basic) work: the app will use Basic.'
      : outcome.method === 'jwt'
        ? 'Signed in with a token (JWT).'
        : 'Username and password accepted (Basic).';
    steps.push({ label: SIGN_IN, ok: true, message });
  } catch (thrown) {
    const error = toAppError(thrown);
    steps.push({ label: SIGN_IN, ok: false, message: describe(error) });
    return error.kind === 'mfa-required' ? { ...done(false), needsCode: true } : done(false);
  }

  return readDetails();

  // 3. Details readable.
  async function readDetails(): Promise<AccountCheck> {
    try {
      const details = await createHostbillClient({ baseUrl: options.baseUrl, http: options.http, auth }).getDetails();
      const who = [details.firstName, details.lastName].filter(Boolean).join(' ') || details.email || 'this account';
      steps.push({ label: DETAILS, ok: true, message: `Signed in as ${who}.` });
    } catch (thrown) {
      const error = thrown instanceof AppFailure ? thrown.error : toAppError(thrown);
      steps.push({ label: DETAILS, ok: false, message: describe(error) });
      // A kept session that expired leads to a fresh sign-in, which may ask for the code.
      return error.kind === 'mfa-required' ? { ...done(false), needsCode: true } : done(false);
    } finally {
      if (!options.tokenStore) await auth.signOut();
    }
    return done(true);
  }
}
