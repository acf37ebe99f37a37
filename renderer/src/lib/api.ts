/**
 * The only module that touches window.api (built by the preload in Electron, by the bridge in the
 * browser host). Stores call through here; components never do.
 */
import type { Api } from '../../../common/api-shape';
import type { EventName, PayloadOf } from '../../../common/contract';
import type { AppError } from '../../../common/errors';
import type { Result } from '../../../common/result';

declare global {
  interface Window {
    readonly api?: Api;
  }
}

const missing: AppError = {
  kind: 'internal',
  message: 'The app bridge is missing: open Reseller Console from the app or the address `npm run host` printed.',
};

export function getApi(): Api | null {
  return window.api ?? null;
}

/** Calls one channel; a missing bridge or a thrown error becomes an error Result, never an exception. */
export async function call<T>(run: (api: Api) => Promise<Result<T>>): Promise<Result<T>> {
  const api = getApi();
  if (!api) return { ok: false, error: missing };
  try {
    return await run(api);
  } catch {
    return { ok: false, error: { kind: 'internal', message: 'The call could not be made.' } };
  }
}

export function onEvent<E extends EventName>(name: E, listener: (payload: PayloadOf<E>) => void): () => void {
  const api = getApi();
  return api ? api.on(name, listener) : () => undefined;
}
