import { afterEach, describe, expect, it } from 'vitest';
import { startHostbillSandbox, type HostbillSandbox } from './hostbill/server';
import { startIonosSandbox, type IonosSandbox } from './ionos/server';
import { FaultInjector } from './faults';

describe('fault rules', () => {
  it('match by method and path, and run out after `times` (0 = until cleared)', () => {
    const faults = new FaultInjector();
    faults.add({ fault: { kind: 'drop' }, method: 'POST', path: '^/contracts$', times: 2 });
    faults.add({ fault: { kind: 'latency', ms: 5 }, times: 0 });
    expect(faults.take('GET', '/contracts').map((f) => f.kind)).toEqual(['latency']);
    expect(faults.take('POST', '/contracts').map((f) => f.kind)).toEqual(['drop', 'latency']);
    expect(faults.take('POST', '/contracts').map((f) => f.kind)).toEqual(['drop', 'latency']);
    expect(faults.take('POST', '/contracts').map((f) => f.kind)).toEqual(['latency']);
    faults.clear();
    expect(faults.take('POST', '/contracts')).toEqual([]);
  });

  it('apply to every Nth matching request when `every` is set (a throttling portal)', () => {
    const faults = new FaultInjector();
    faults.add({ fault: { kind: 'rate-limit' }, every: 3, times: 0 });
    const throttled = Array.from({ length: 9 }, () => faults.take('POST', '/x').length > 0);
    expect(throttled).toEqual([false, false, true, false, false, true, false, false, true]);
    expect(() => faults.add({ fault: { kind: 'drop' }, every: 0 })).toThrow(/every/);
  });

  it('refuses malformed rules', () => {
    const faults = new FaultInjector();
    expect(() => faults.add({ fault: { kind: 'explode' } } as never)).toThrow(/fault.kind/);
    expect(() => faults.add({ fault: { kind: 'drop' }, times: -1 })).toThrow(/times/);
    expect(() => faults.add({ fault: { kind: 'drop' }, path: '(' })).toThrow();
  });
});

describe('injected errors speak each API’s dialect', () => {
  let ionos: IonosSandbox | undefined;
  let hostbill: HostbillSandbox | undefined;
  afterEach(async () => {
    await ionos?.close();
    await hostbill?.close();
  });

  it('IONOS: the error envelope; HostBill: an error array; both with Retry-After on 429', async () => {
    ionos = await startIonosSandbox({ contracts: 5 });
    hostbill = await startHostbillSandbox();
    const rule = { rule: { fault: { kind: 'rate-limit', retryAfterSeconds: 3 }, times: 1 } };
    for (const origin of [new URL(ionos.url).origin, new URL(hostbill.url).origin]) {
      const set = await fetch(`${origin}/__sandbox/faults`, { method: 'POST', body: JSON.stringify(rule) });
      expect(set.status).toBe(200);
    }
    const fromIonos = await fetch(`${ionos.url}/contracts`);
    expect(fromIonos.status).toBe(429);
    expect(fromIonos.headers.get('retry-after')).toBe('3');
    expect(await fromIonos.json()).toEqual({
      httpStatus: 429,
      messages: [{ errorCode: '429', message: 'Too many requests' }],
    });
    const fromHostbill = await fetch(`${hostbill.url}/details`);
    expect(fromHostbill.status).toBe(429);
    expect(await fromHostbill.json()).toEqual({ error: ['Too many requests'] });
  });
});
