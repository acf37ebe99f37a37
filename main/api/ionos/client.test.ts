import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppFailure, type AppError } from '../../../common/errors';
import type { ResourceLimits } from '../../../common/models/contract';
import { IONOS_DEMO_NO_PRIVILEGE_TOKEN, startIonosSandbox, type IonosSandbox } from '../../../sandbox/ionos/server';
import { createHttpClient } from '../http';
import { createIonosClient, type IonosAuth, type IonosClient } from './client';
import { PAGE_CONCURRENCY } from './contracts';

let sandbox: IonosSandbox;
let waits: number[] = [];
let sent: { url: string; method: string; headers: Record<string, string>; body: string | undefined }[] = [];

beforeAll(async () => {
  sandbox = await startIonosSandbox({ contracts: 20_000, seed: 3 });
});
afterAll(() => sandbox.close());
afterEach(() => {
  sandbox.faults.clear();
  sandbox.state.quirks.relativeLinks = false;
  sandbox.state.quirks.linkOrigin = null;
  sandbox.state.quirks.maxLimit = null;
  sandbox.state.quirks.pageTokens = false;
  waits = [];
  sent = [];
  inFlight = 0;
  peakInFlight = 0;
});
let inFlight = 0;
let peakInFlight = 0;

function client(auth?: IonosAuth, baseUrl = sandbox.url): IonosClient {
  const http = createHttpClient({
    // A recording wrapper around the real fetch: the simulator itself is never mocked.
    fetch: (url, init) => {
      sent.push({
        url,
        method: String(init.method),
        headers: { ...(init.headers as Record<string, string>) },
        body: init.body as string | undefined,
      });
      inFlight += 1;
      peakInFlight = Math.max(peakInFlight, inFlight);
      return globalThis.fetch(url, init).finally(() => (inFlight -= 1));
    },
    sleep: async (ms) => {
      waits.push(ms);
    },
    random: () => 0.5,
  });
  return createIonosClient({
    baseUrl,
    auth: auth ?? { method: 'basic', username: sandbox.demo.username, password: sandbox.demo.password },
    http,
  });
}

/** The AppError a call fails with; fails the test if the call succeeds or throws something else. */
async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (thrown) {
    expect(thrown).toBeInstanceOf(AppFailure);
    return (thrown as AppFailure).error;
  }
  throw new Error('expected the call to fail');
}

const limits: ResourceLimits = {
  ramServerMax: 8192,
  cpuServerMax: 4,
  hddVolumeMaxSize: 1000,
  ssdVolumeMaxSize: 500,
  ramContractMax: 32768,
  cpuContractMax: 16,
  hddVolumeContractMaxSize: 4000,
  ssdVolumeContractMaxSize: 2000,
  ips: 6,
};

describe('IONOS client: listing contracts', () => {
  it('loads 20,000 contracts in exactly 4 requests of 5,000', async () => {
    const before = sandbox.requestCount();
    const loaded: number[] = [];
    const all = await client().listAllContracts({ onPage: (count) => loaded.push(count) });
    expect(sandbox.requestCount() - before).toBe(4);
    expect(all).toHaveLength(20_000);
    expect(new Set(all.map((contract) => contract.id)).size).toBe(20_000);
    expect(all[0]).toEqual({
      ...sandbox.state.findContract('15500'),
      resellerReference: sandbox.state.findContract('15500')?.resellerReference ?? '',
    });
    expect(loaded).toEqual([5000, 10_000, 15_000, 20_000]);
    expect(sent.every((request) => new URL(request.url).searchParams.get('limit') === '5000')).toBe(true);
  });

  it('requests the pages after the first at once, a bounded batch', async () => {
    const all = await client().listAllContracts();
    expect(all).toHaveLength(20_000);
    expect(peakInFlight).toBe(PAGE_CONCURRENCY);
  });

  it('takes the page size the server answers with, and stops at the first empty page', async () => {
    sandbox.state.quirks.maxLimit = 3000; // asked 5,000, served 3,000: 7 pages, the last short
    const all = await client().listAllContracts();
    expect(all).toHaveLength(20_000);
    expect(new Set(all.map((contract) => contract.id)).size).toBe(20_000);
    const offsets = sent.map((request) => Number(new URL(request.url).searchParams.get('offset')));
    expect(offsets.slice(0, 7)).toEqual([0, 3000, 6000, 9000, 12_000, 15_000, 18_000]);
    // At most one batch past the short last page.
    expect(offsets.length).toBeLessThanOrEqual(1 + 2 * PAGE_CONCURRENCY);
    expect(peakInFlight).toBe(PAGE_CONCURRENCY);
  });

  it('goes one page at a time after a 429', async () => {
    sandbox.state.quirks.maxLimit = 2000;
    sandbox.faults.add({
      fault: { kind: 'rate-limit', retryAfterSeconds: 1 },
      method: 'GET',
      path: 'contracts$',
      times: 1,
    });
    const order: number[] = [];
    const all = await client().listAllContracts();
    expect(all).toHaveLength(20_000);
    expect(waits).toEqual([1000]);
    // The first page was throttled: every later page was asked for after the previous one answered.
    expect(peakInFlight).toBe(1);
    order.push(...sent.map((request) => Number(new URL(request.url).searchParams.get('offset'))));
    expect(order).toEqual([0, 0, 2000, 4000, 6000, 8000, 10_000, 12_000, 14_000, 16_000, 18_000]);
  });

  it('follows `_links.next` one by one when the links are not offsets it could predict', async () => {
    sandbox.state.quirks.maxLimit = 4000;
    sandbox.state.quirks.pageTokens = true;
    const all = await client().listAllContracts();
    expect(all).toHaveLength(20_000);
    expect(new Set(all.map((contract) => contract.id)).size).toBe(20_000);
    // Each link the server sent (offset plus its page token) was requested as sent.
    const followed = sent.filter((request) => {
      const query = new URL(request.url).searchParams;
      return query.get('page') === (Number(query.get('offset')) * 7919).toString(36);
    });
    expect(followed.map((request) => new URL(request.url).searchParams.get('offset'))).toEqual([
      '4000',
      '8000',
      '12000',
      '16000',
    ]);
  });

  it('with the count the cache held, asks for every page at once', async () => {
    const all = await client().listAllContracts({ expected: 20_000 });
    expect(new Set(all.map((contract) => contract.id)).size).toBe(20_000);
    expect(sent.map((request) => new URL(request.url).searchParams.get('offset'))).toEqual([
      '0',
      '5000',
      '10000',
      '15000',
    ]);
    expect(peakInFlight).toBe(1 + PAGE_CONCURRENCY);
  });

  it("a count below the server's: the rest follows in batches, nothing lost", async () => {
    const all = await client().listAllContracts({ expected: 10_000 });
    expect(new Set(all.map((contract) => contract.id)).size).toBe(20_000);
    expect(sent.length).toBeLessThanOrEqual(2 + PAGE_CONCURRENCY);
  });

  it("a count above the server's costs only pages past the end", async () => {
    const rejected = await client().listAllContracts({ status: 'REJECTED', expected: 20_000 });
    expect(rejected.length).toBe(sandbox.state.listContracts('REJECTED').length);
    expect(sent.length).toBeLessThanOrEqual(1 + PAGE_CONCURRENCY);
  });

  it('a count with a server that serves smaller pages than asked: its links are followed, nothing lost', async () => {
    sandbox.state.quirks.maxLimit = 3000;
    const all = await client().listAllContracts({ expected: 20_000 });
    expect(all).toHaveLength(20_000);
    expect(new Set(all.map((contract) => contract.id)).size).toBe(20_000);
  });

  it('a count and a 429 while the pages are in flight: nothing lost, the wait honoured', async () => {
    sandbox.state.quirks.maxLimit = 2000;
    sandbox.faults.add({
      fault: { kind: 'rate-limit', retryAfterSeconds: 1 },
      method: 'GET',
      path: 'contracts$',
      times: 1,
    });
    const all = await client().listAllContracts({ expected: 20_000 });
    expect(new Set(all.map((contract) => contract.id)).size).toBe(20_000);
    expect(waits).toEqual([1000]);
  });

  it('filters by status', async () => {
    const rejected = await client().listAllContracts({ status: 'REJECTED' });
    expect(rejected.length).toBe(sandbox.state.listContracts('REJECTED').length);
    expect(rejected.length).toBeGreaterThan(100);
    expect(new Set(rejected.map((contract) => contract.status))).toEqual(new Set(['REJECTED']));
    expect(sent).toHaveLength(1);
    expect(new URL(sent[0]!.url).searchParams.get('filter.status')).toBe('REJECTED');
  });

  it('follows relative next links against the base URL', async () => {
    sandbox.state.quirks.relativeLinks = true;
    const all = await client().listAllContracts();
    expect(all).toHaveLength(20_000);
    expect(sent.map((request) => new URL(request.url).searchParams.get('offset'))).toEqual([
      '0',
      '5000',
      '10000',
      '15000',
    ]);
  });

  it('never follows a next link to another origin', async () => {
    sandbox.state.quirks.linkOrigin = 'http://127.0.0.2:9';
    const error = await failure(client().listAllContracts());
    expect(error.kind).toBe('server');
    expect(error.message).toMatch(/paging link to another address/);
    expect(sent).toHaveLength(1);
  });

  it('reads one page with its next link', async () => {
    const page = await client().listContractsPage({ offset: 10, limit: 3 });
    expect(page.items.map((contract) => contract.id)).toEqual(
      sandbox.state
        .listContracts()
        .slice(10, 13)
        .map((contract) => contract.id),
    );
    expect(page.offset).toBe(10);
    expect(page.limit).toBe(3);
    expect(page.next).toBe(`${sandbox.url}/contracts?offset=13&limit=3`);
    const error = await failure(client().listContractsPage({ limit: 5001 }));
    expect(error.kind).toBe('validation');
    expect(sent).toHaveLength(1);
  });

  it('keeps contracts with unknown statuses and missing fields', async () => {
    const stored = sandbox.state.findContract('15501')!;
    const saved = { ...stored };
    stored.status = 'ON_HOLD';
    delete stored.name;
    delete stored.resellerReference;
    stored.resourceLimits = { ...limits, ips: undefined } as unknown as ResourceLimits;
    try {
      const contract = await client().getContract('15501');
      expect(contract).toEqual({
        id: '15501',
        name: '',
        resellerReference: '',
        status: 'ON_HOLD',
        resourceLimits: null,
      });
      const page = await client().listContractsPage({ offset: 0, limit: 5 });
      expect(page.items.find((item) => item.id === '15501')?.status).toBe('ON_HOLD');
    } finally {
      Object.assign(stored, saved);
    }
  });
});

describe('IONOS client: contract writes', () => {
  it('creates a contract (201) and replaces it fully', async () => {
    const created = await client().createContract({
      name: 'Testkunde GmbH',
      resellerReference: 'CUST-123456',
      resourceLimits: limits,
    });
    expect(created).toEqual({
      id: created.id,
      name: 'Testkunde GmbH',
      resellerReference: 'CUST-123456',
      status: 'BILLABLE',
      resourceLimits: limits,
    });
    expect(sandbox.state.findContract(created.id)?.name).toBe('Testkunde GmbH');
    const replaced = await client().replaceContract(created.id, {
      name: 'Testkunde AG',
      resourceLimits: { ...limits, ips: 2 },
    });
    expect(replaced.resellerReference).toBe('');
    expect(sandbox.state.findContract(created.id)).toMatchObject({ name: 'Testkunde AG', resourceLimits: { ips: 2 } });
    expect(sandbox.state.findContract(created.id)).not.toHaveProperty('resellerReference');
  });

  it('renames with bare text/plain', async () => {
    const renamed = await client().renameContract('15502', 'Müller & Söhne "Digital" KG');
    expect(renamed.name).toBe('Müller & Söhne "Digital" KG');
    expect(sent[0]?.headers['content-type']).toMatch(/^text\/plain/);
    expect(sent[0]?.body).toBe('Müller & Söhne "Digital" KG');
  });

  it('updates the resource limits', async () => {
    const updated = await client().updateResourceLimits('15503', { ...limits, ramServerMax: 16384 });
    expect(updated.resourceLimits).toEqual({ ...limits, ramServerMax: 16384 });
    expect(JSON.parse(sent[0]!.body!)).toEqual({ ...limits, ramServerMax: 16384 });
  });

  it('surfaces 422 messages as validation details keyed by form field', async () => {
    const error = await failure(
      client().createContract({ name: ' ', resourceLimits: { ...limits, ramServerMax: -5, ips: 1.5 } }),
    );
    expect(error.kind).toBe('validation');
    expect(error.details).toEqual({
      name: 'Name must not be empty',
      'resourceLimits.ramServerMax': 'RAM per server must not be negative',
      'resourceLimits.ips': 'IP addresses must be an integer',
    });
    expect(error.message).toMatch(/Name must not be empty/);
    expect(error.message).not.toMatch(/resourceLimits|ramServerMax/);
    const limitsError = await failure(client().updateResourceLimits('15503', { ...limits, cpuContractMax: -1 }));
    expect(limitsError.details).toEqual({ 'resourceLimits.cpuContractMax': 'Cores in total must not be negative' });
  });

  it('puts a rule only the server knows (per-server above the contract total) on its field', async () => {
    const error = await failure(
      client().updateResourceLimits('15503', { ...limits, ramServerMax: limits.ramContractMax + 1024 }),
    );
    expect(error.kind).toBe('validation');
    expect(error.details?.['resourceLimits.ramServerMax']).toMatch(
      /^RAM per server must not be greater than the contract's total RAM/,
    );
  });

  it('checks ids before building a path', async () => {
    for (const bad of ['../admins', '15500?x=1', '', '15%2F00', ' 15500']) {
      const error = await failure(client().getContract(bad));
      expect(error.kind).toBe('validation');
    }
    expect((await failure(client().deleteAdmin('15500', '1/2'))).kind).toBe('validation');
    expect(sent).toHaveLength(0);
  });

  it('maps an unknown contract to not-found', async () => {
    const error = await failure(client().getContract('99999999'));
    expect(error).toMatchObject({ kind: 'not-found', message: 'Contract 99999999 was not found.' });
  });
});

describe('IONOS client: admins', () => {
  it('creates, reads, updates (all three fields) and deletes an admin', async () => {
    const api = client();
    const before = await api.listAdmins('15504');
    const created = await api.createAdmin('15504', {
      firstName: 'Grace',
      lastName: 'Hopper',
      email: 'grace@example.com',
      password: 'Cobol-1959!',
    });
    expect(created).toEqual({
      id: created.id,
      contractId: '15504',
      firstName: 'Grace',
      lastName: 'Hopper',
      email: 'grace@example.com',
    });
    expect(await api.getAdmin('15504', created.id)).toEqual(created);
    const updated = await api.updateAdmin('15504', created.id, {
      firstName: 'Grace',
      lastName: 'Murray Hopper',
      email: 'grace@navy.example',
    });
    expect(updated.lastName).toBe('Murray Hopper');
    const patch = sent.find((request) => request.method === 'PATCH')!;
    expect(JSON.parse(patch.body!)).toEqual({
      firstName: 'Grace',
      lastName: 'Murray Hopper',
      email: 'grace@navy.example',
    });
    expect(await api.listAdmins('15504')).toHaveLength(before.length + 1);
    await expect(api.deleteAdmin('15504', created.id)).resolves.toBeUndefined();
    expect((await failure(api.getAdmin('15504', created.id))).kind).toBe('not-found');
  });

  it('maps admin 422s onto email and password', async () => {
    const error = await failure(
      client().createAdmin('15504', { firstName: 'A', lastName: 'B', email: 'not-an-email', password: 'short' }),
    );
    expect(error.kind).toBe('validation');
    expect(Object.keys(error.details ?? {}).sort()).toEqual(['email', 'password']);
    expect(error.details?.email).toMatch(/not a valid email/);
  });
});

describe('IONOS client: auth', () => {
  it('works with a Bearer token', async () => {
    const info = await client({ method: 'token', token: sandbox.demo.token }).apiInfo();
    expect(info).toEqual({ name: 'Reseller REST API', version: '1.0' });
    expect(sent[0]?.headers.authorization).toBe(`Bearer ${sandbox.demo.token}`);
  });

  it('maps 401 to auth without leaking the password', async () => {
    const error = await failure(
      client({ method: 'basic', username: sandbox.demo.username, password: 'wrong-secret' }).apiInfo(),
    );
    expect(error.kind).toBe('auth');
    expect(error.message).toMatch(/Invalid username or password/);
    expect(JSON.stringify(error)).not.toContain('wrong-secret');
  });

  it('tells a two-factor account on Basic to use an API token', async () => {
    const error = await failure(
      client({
        method: 'basic',
        username: sandbox.demo.twoFactorUsername,
        password: sandbox.demo.twoFactorPassword,
      }).listContractsPage(),
    );
    expect(error.kind).toBe('auth');
    expect(error.message).toMatch(/two-factor/);
    expect(error.message).toMatch(/API token/);
    expect(error.details?.reason).toBe('two-factor-basic');
    expect(JSON.stringify(error)).not.toContain(sandbox.demo.twoFactorPassword);
  });

  it('maps 403 to auth (missing privileges)', async () => {
    const error = await failure(client({ method: 'token', token: IONOS_DEMO_NO_PRIVILEGE_TOKEN }).getContract('15500'));
    expect(error.kind).toBe('auth');
    expect(error.message).toMatch(/privileges/);
    expect(error.message).not.toContain(IONOS_DEMO_NO_PRIVILEGE_TOKEN);
  });
});

describe('IONOS client: faults and retries', () => {
  it('waits for Retry-After on 429 and then succeeds', async () => {
    sandbox.faults.add({
      fault: { kind: 'rate-limit', retryAfterSeconds: 2 },
      method: 'GET',
      path: '/contracts/15500$',
    });
    const before = sandbox.requestCount();
    const contract = await client().getContract('15500');
    expect(contract.id).toBe('15500');
    expect(waits).toEqual([2000]);
    expect(sandbox.requestCount() - before).toBe(2);
  });

  it('sends a POST again after a 429 (nothing was created), and reports a lasting 429 with retryAfterMs', async () => {
    sandbox.faults.add({ fault: { kind: 'rate-limit', retryAfterSeconds: 3 }, method: 'POST' });
    const before = sandbox.state.contracts.size;
    const created = await client().createContract({ name: 'Throttled once', resourceLimits: limits });
    expect(created.name).toBe('Throttled once');
    expect(sandbox.state.contracts.size).toBe(before + 1);
    expect(sent).toHaveLength(2);
    expect(waits).toEqual([3000]);

    sandbox.faults.add({ fault: { kind: 'rate-limit', retryAfterSeconds: 10 }, method: 'POST', times: 0 });
    const error = await failure(client().createContract({ name: 'Nope', resourceLimits: limits }));
    expect(error).toMatchObject({ kind: 'rate-limit', retryAfterMs: 10000 });
    expect(sandbox.state.contracts.size).toBe(before + 1);
  });

  it('maps 500 and a lasting 503 to server errors', async () => {
    sandbox.faults.add({ fault: { kind: 'server-error', status: 500 }, method: 'GET' });
    const internal = await failure(client().getContract('15500'));
    expect(internal.kind).toBe('server');
    expect(internal.message).toMatch(/HTTP 500/);
    expect(sent).toHaveLength(1);
    sandbox.faults.add({ fault: { kind: 'server-error', status: 503 }, method: 'GET', times: 0 });
    const unavailable = await failure(client().getContract('15500'));
    expect(unavailable.kind).toBe('server');
    expect(unavailable.message).toMatch(/unavailable/);
    expect(sent.length).toBe(1 + 4);
  });

  it('retries a GET after a dropped connection', async () => {
    sandbox.faults.add({ fault: { kind: 'drop' }, method: 'GET', path: '/contracts/15500/admins$' });
    const admins = await client().listAdmins('15500');
    expect(admins).toHaveLength(sandbox.state.admins.get('15500')!.length);
    expect(sent).toHaveLength(2);
    expect(waits).toHaveLength(1);
  });

  it('never retries a POST after a dropped connection', async () => {
    sandbox.faults.add({ fault: { kind: 'drop' }, method: 'POST' });
    const size = sandbox.state.contracts.size;
    const error = await failure(client().createContract({ name: 'Dropped', resourceLimits: limits }));
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/may or may not have been carried out/);
    expect(sent).toHaveLength(1);
    expect(sandbox.state.contracts.size).toBe(size);
  });

  it('after drop-after on create, the contract exists server-side though the client saw a failure', async () => {
    sandbox.faults.add({ fault: { kind: 'drop-after' }, method: 'POST' });
    const error = await failure(client().createContract({ name: 'Ghost Contract GmbH', resourceLimits: limits }));
    expect(error.kind).toBe('network');
    expect(sent).toHaveLength(1);
    expect(sandbox.state.listContracts().filter((contract) => contract.name === 'Ghost Contract GmbH')).toHaveLength(1);
  });

  it('treats a DELETE whose answer was lost and whose repeat finds nothing as done', async () => {
    const api = client();
    const admin = await api.createAdmin('15505', {
      firstName: 'Lost',
      lastName: 'Answer',
      email: 'lost@example.com',
      password: 'Lost-Answer-1',
    });
    sandbox.faults.add({ fault: { kind: 'drop-after' }, method: 'DELETE' });
    await expect(api.deleteAdmin('15505', admin.id)).resolves.toBeUndefined();
    expect(sandbox.state.findAdmin('15505', admin.id)).toBeUndefined();
    expect(sent.filter((request) => request.method === 'DELETE')).toHaveLength(2);
  });

  it('maps a malformed body to a server error', async () => {
    sandbox.faults.add({ fault: { kind: 'malformed' }, method: 'GET' });
    const error = await failure(client().listContractsPage());
    expect(error.kind).toBe('server');
    expect(error.message).toMatch(/not valid JSON/);
  });
});

describe('IONOS client: configuration', () => {
  it('accepts a base URL with a trailing slash and refuses one with credentials', async () => {
    expect((await client(undefined, `${sandbox.url}/`).apiInfo()).version).toBe('1.0');
    expect(sent[0]?.url).toBe(`${sandbox.url}/`);
    expect(() => client(undefined, 'http://user:pw@127.0.0.1:1/reseller/v2')).toThrow(AppFailure);
  });
});
