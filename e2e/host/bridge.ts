/**
 * Runs in the page before the app: builds the same window.api as the Electron preload, over the
 * host's HTTP endpoints, from the same shared builder. The renderer cannot tell the two apart.
 */
import { buildApi, type ContractNames } from '../../common/api-shape';
import type { EventName } from '../../common/contract';
import type { Result } from '../../common/result';

const unreachable = (message: string): Result<never> => ({ ok: false, error: { kind: 'network', message } });

async function invoke(channel: string, args: unknown): Promise<Result<unknown>> {
  try {
    const response = await fetch(`/ipc/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ args }),
      credentials: 'same-origin',
    });
    // 413 carries a Result saying the call was too big; other refusals are the host's.
    if (response.status === 413) return (await response.json()) as Result<unknown>;
    if (!response.ok) return unreachable(`The app host refused the call (HTTP ${response.status}).`);
    return (await response.json()) as Result<unknown>;
  } catch {
    return unreachable('The app host is not running (was `npm run host` stopped?).');
  }
}

let source: EventSource | null = null;
function subscribe(name: EventName, listener: (payload: unknown) => void): () => void {
  source ??= new EventSource('/events');
  const handler = (message: MessageEvent<string>) => listener(JSON.parse(message.data) as unknown);
  source.addEventListener(name, handler);
  return () => source?.removeEventListener(name, handler);
}

// The host writes the contract's names into the page (a JSON data block, which the CSP allows as it
// never runs): the bridge then stays tiny instead of bundling every zod schema.
const names = JSON.parse(document.getElementById('rc-contract-names')?.textContent ?? '{}') as ContractNames;
Object.defineProperty(window, 'api', {
  value: buildApi(names, invoke, subscribe),
  writable: false,
  configurable: false,
});
