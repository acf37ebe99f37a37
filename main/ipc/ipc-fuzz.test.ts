/**
 * Issue 8 item 1: thousands of generated IPC calls across every channel of the contract, against a
 * real core (encrypted SQLite, memory keychain) with accounts on both simulators. Arguments come
 * from the channels' zod schemas (real and unknown ids mixed in), then are mutated at random.
 * Seeded: a failure names its seed and call, and replays with RC_FUZZ_SEED. Bounded in time.
 * Passes when every answer is a Result, no internal error is answered and nothing is left unhandled.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames, channels, type ChannelName } from '../../common/contract';
import { isAppError } from '../../common/errors';
import { startHostbillSandbox, type HostbillSandbox } from '../../sandbox/hostbill/server';
import { startIonosSandbox, type IonosSandbox } from '../../sandbox/ionos/server';
import { sampleArgs, seededRandom } from '../test-support/schema-walk';
import { createTempCore, type TempCore } from '../test-support/temp-core';

const SEED = Number(process.env.RC_FUZZ_SEED ?? 8);
const CALLS = 3000;
const BUDGET_MS = 30_000;
const IN_FLIGHT = 6;

let t: TempCore;
let ionos: IonosSandbox;
let hostbill: HostbillSandbox;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

const drafts = () => ({
  ionos: {
    kind: 'ionos-reseller',
    label: 'IONOS',
    baseUrl: ionos.url,
    authMethod: 'basic',
    username: ionos.demo.username,
    secret: ionos.demo.password,
  },
  hostbill: {
    kind: 'hostbill',
    label: 'Portal',
    baseUrl: hostbill.url,
    authMethod: 'jwt',
    username: hostbill.demo.username,
    secret: hostbill.demo.password,
  },
});

/** Ids the simulators know (so calls reach the handlers and the portals), plus unknown ones. */
const known = {
  accounts: [] as string[],
  strings: [] as string[],
  contracts: [] as string[],
  services: [] as string[],
  vms: [] as string[],
};

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  ionos = await startIonosSandbox({ contracts: 120 });
  hostbill = await startHostbillSandbox({ vmActionSeconds: 0.2, size: { services: 12, vms: 20 } });
  t = await createTempCore();
  for (const draft of Object.values(drafts())) known.accounts.push((await t.value('accounts.add', draft)).id);
  const [ionosId, hostbillId] = known.accounts as [string, string];
  const contracts = await t.value('contracts.list', { accountId: ionosId });
  await t.value('contracts.refresh', { accountId: ionosId });
  const vms = await t.value('vms.refresh', { accountId: hostbillId });
  known.contracts.push(...contracts.data.slice(0, 5).map((contract) => contract.id), '999999');
  known.services.push(...vms.data.slice(0, 6).map((vm) => vm.serviceId ?? ''), 'not-a-service');
  known.vms.push(...vms.data.slice(0, 6).map((vm) => vm.id));
  known.strings.push(...vms.data.slice(0, 6).map((vm) => vm.label ?? ''), 'not-an-account');
}, 60_000);

afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await t?.dispose();
  await Promise.all([ionos?.close(), hostbill?.close()]);
});

const WEIRD: readonly unknown[] = [
  null,
  undefined,
  0,
  -1,
  1e308,
  Number.NaN,
  '',
  ' ',
  '\u0000',
  '../../etc/passwd',
  '%zz',
  '😀'.repeat(50),
  'x'.repeat(5000),
  true,
  [],
  [1, 2],
  {},
  { __proto__: { polluted: true } },
  { constructor: { prototype: { polluted: true } } },
];

function mutate(value: unknown, random: () => number): unknown {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  if (typeof value !== 'object' || value === null || Array.isArray(value) || random() < 0.15) return pick(WEIRD);
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  const keys = Object.keys(copy);
  const roll = random();
  if (roll < 0.2 || keys.length === 0) copy[pick(['extra', '__proto__', 'constructor', 'id'])] = pick(WEIRD);
  else if (roll < 0.35) delete copy[pick(keys)];
  else {
    const key = pick(keys);
    copy[key] = random() < 0.5 ? mutate(copy[key], random) : pick(WEIRD);
  }
  return copy;
}

interface Call {
  readonly index: number;
  readonly channel: string;
  readonly args: unknown;
}

function generate(index: number, random: () => number): Call {
  const roll = random();
  const channel: string = roll < 0.02 ? 'accounts.dropAll' : channelNames[Math.floor(random() * channelNames.length)]!;
  if (!(channel in channels)) return { index, channel, args: {} };
  const strings = [...known.strings, 'http://127.0.0.1:9'];
  const ids = [...known.accounts, 'not-an-account'];
  const byKey = {
    accountId: ids,
    id: ids,
    contractId: known.contracts,
    serviceId: known.services,
    vmId: known.vms,
    confirmLabel: known.strings,
  };
  const valid = sampleArgs(channels[channel as ChannelName].args, { random, strings, byKey });
  return { index, channel, args: random() < 0.55 ? valid : mutate(valid, random) };
}

function isResult(answer: unknown): boolean {
  if (typeof answer !== 'object' || answer === null) return false;
  const result = answer as { ok?: unknown; value?: unknown; error?: unknown };
  return result.ok === true ? 'value' in result : result.ok === false && isAppError(result.error);
}

describe('IPC fuzz', () => {
  it('an unknown account, or one removed while its sync runs, leaves nothing unhandled', async () => {
    const unknown = { accountId: 'no-such-account', serviceId: '1', vmId: '1' };
    for (const channel of ['services.list', 'vms.list', 'services.get', 'vms.get', 'vms.templates'] as const) {
      expect(isResult(await t.call(channel, unknown))).toBe(true);
    }
    const hostbillId = known.accounts[1]!;
    const refreshing = t.call('services.refresh', { accountId: hostbillId });
    await t.value('accounts.remove', { id: hostbillId });
    expect(isResult(await refreshing)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(unhandled).toEqual([]);
    known.accounts[1] = (await t.value('accounts.add', drafts().hostbill)).id;
  });

  it(`${CALLS} generated calls across every channel: every answer a Result, no crash (seed ${SEED})`, async () => {
    const random = seededRandom(SEED);
    const reached = new Set<string>();
    const problems: string[] = [];
    const started = Date.now();
    let next = 0;
    let done = 0;

    async function worker(): Promise<void> {
      while (next < CALLS && Date.now() - started < BUDGET_MS) {
        // Generated when sent, so ids of accounts re-added on the way are used too.
        const call = generate(next++, random);
        let answer: unknown;
        try {
          answer = await t.core.dispatch(call.channel, call.args);
        } catch (thrown) {
          problems.push(`call ${call.index} ${call.channel} threw ${(thrown as Error)?.name}`);
          continue;
        }
        done += 1;
        if (!isResult(answer)) problems.push(`call ${call.index} ${call.channel} answered a non-Result`);
        const result = answer as { ok: boolean; error?: { kind: string } };
        if (!result.ok && result.error?.kind === 'internal')
          problems.push(`call ${call.index} ${call.channel} internal`);
        if (result.ok) reached.add(call.channel);
        // Keep both simulator accounts around: a removal is re-added (a sync may still be running).
        if (call.channel === 'accounts.remove' && result.ok) {
          const removed = (call.args as { id: string }).id;
          const kind = removed === known.accounts[0] ? 'ionos' : removed === known.accounts[1] ? 'hostbill' : null;
          if (kind) {
            const account = await t.value('accounts.add', drafts()[kind]);
            known.accounts[kind === 'ionos' ? 0 : 1] = account.id;
          }
        }
      }
    }
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    await t.core.dispatch('app.info', undefined);
    // Let background refreshes the calls started finish (or fail) before judging.
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(problems.slice(0, 20), `seed ${SEED}`).toEqual([]);
    expect(unhandled.map((reason) => (reason as Error)?.message ?? String(reason))).toEqual([]);
    // Bounded in time, but it must have done real work: most calls, and successes on many channels.
    expect(done).toBeGreaterThan(CALLS / 2);
    expect(reached.size).toBeGreaterThan(channelNames.length / 2);
  }, 90_000);
});
