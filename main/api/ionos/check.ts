/**
 * "Test connection" for an IONOS account: GET / then one contract, reporting which step failed and
 * why in words the user can act on (wrong address, wrong credentials, 2FA on Basic, rate limit...).
 */
import { toAppError, type AppError } from '../../../common/errors';
import type { AccountCheck } from '../../../common/models/account';
import type { IonosClient } from './client';

type Step = AccountCheck['steps'][number];

const REACH = 'Reach the API';
const SIGN_IN = 'Sign in';
const READ = 'Read contracts';

export async function checkIonosAccount(client: IonosClient): Promise<AccountCheck> {
  const steps: Step[] = [];
  try {
    const info = await client.apiInfo();
    const name = [info.name, info.version].filter(Boolean).join(' ') || 'the Reseller API';
    steps.push({ label: REACH, ok: true, message: `Reached ${name}` });
    steps.push({ label: SIGN_IN, ok: true, message: 'Credentials accepted' });
  } catch (thrown) {
    steps.push(...firstCallFailed(toAppError(thrown)));
    return { ok: false, steps };
  }
  try {
    const page = await client.listContractsPage({ limit: 1 });
    steps.push({
      label: READ,
      ok: true,
      message: page.items.length > 0 ? 'Contracts can be read' : 'Contracts can be read (none yet)',
    });
  } catch (thrown) {
    steps.push({ label: READ, ok: false, message: readFailed(toAppError(thrown)) });
    return { ok: false, steps };
  }
  return { ok: true, steps };
}

/** GET / needs auth too, so it tells apart "nothing there", "wrong credentials" and "server trouble". */
function firstCallFailed(error: AppError): Step[] {
  const answered: Step = { label: REACH, ok: true, message: 'The server answered' };
  switch (error.kind) {
    case 'network':
    case 'offline':
    case 'timeout':
      return [{ label: REACH, ok: false, message: `The address could not be reached. ${error.message}` }];
    case 'auth':
      // The client's message already says whether it was the credentials or 2FA on Basic.
      return [answered, { label: SIGN_IN, ok: false, message: error.message }];
    case 'rate-limit':
      return [answered, { label: SIGN_IN, ok: false, message: `Could not check the credentials: ${error.message}` }];
    case 'not-found':
    case 'unsupported':
      return [
        {
          label: REACH,
          ok: false,
          message: 'Something answered, but not the Reseller API: check the address (it usually ends in /reseller/v2).',
        },
      ];
    case 'server':
      return [{ label: REACH, ok: false, message: `The server answered with an error. ${error.message}` }];
    default:
      return [{ label: REACH, ok: false, message: error.message }];
  }
}

function readFailed(error: AppError): string {
  switch (error.kind) {
    case 'auth':
      return `The account cannot read contracts (missing reseller privileges?). ${error.message}`;
    case 'rate-limit':
      return `Rate limited while reading contracts. ${error.message}`;
    case 'network':
    case 'timeout':
    case 'offline':
      return `The connection failed while reading contracts. ${error.message}`;
    default:
      return `Reading contracts failed. ${error.message}`;
  }
}
