import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedState } from './seed';
import { IONOS_DEMO_NO_PRIVILEGE_TOKEN, startIonosSandbox, type IonosSandbox } from './server';

let sandbox: IonosSandbox;
let basic: string;

beforeAll(async () => {
  sandbox = await startIonosSandbox({ contracts: 120, seed: 7 });
  basic = `Basic ${Buffer.from(`${sandbox.demo.username}:${sandbox.demo.password}`).toString('base64')}`;
});
afterAll(() => sandbox.close());

interface CallOptions {
  auth?: string | null;
  json?: unknown;
  text?: string;
  contentType?: string;
}

async function call(method: string, path: string, options: CallOptions = {}) {
  const headers: Record<string, string> = {};
  const auth = options.auth === undefined ? basic : options.auth;
  if (auth !== null) headers.authorization = auth;
  let body: string | undefined;
  if (options.json !== undefined) {
    body = typeof options.json === 'string' ? options.json : JSON.stringify(options.json);
    headers['content-type'] = options.contentType ?? 'application/json';
  } else if (options.text !== undefined) {
    body = options.text;
    headers['content-type'] = options.contentType ?? 'text/plain';
  }
  const response = await fetch(`${sandbox.url}${path}`, { method, headers, body });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    text,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary answer shapes
    json: text ? (JSON.parse(text) as any) : undefined,
  };
}

const limits = {
  ramServerMax: 4096,
  cpuServerMax: 4,
  hddVolumeMaxSize: 500,
  ssdVolumeMaxSize: 250,
  ramContractMax: 16384,
  cpuContractMax: 16,
  hddVolumeContractMaxSize: 2000,
  ssdVolumeContractMaxSize: 1000,
  ips: 4,
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
function expectEnvelope(answer: { status: number; json: any }, status: number) {
  expect(answer.status).toBe(status);
  expect(answer.json.httpStatus).toBe(status);
  expect(Array.isArray(answer.json.messages)).toBe(true);
  expect(answer.json.messages.length).toBeGreaterThan(0);
  for (const entry of answer.json.messages) {
    expect(typeof entry.errorCode).toBe('string');
    expect(entry.message.length).toBeGreaterThan(3);
  }
  return (answer.json.messages as { message: string }[]).map((entry) => entry.message);
}

describe('IONOS sandbox: auth', () => {
  it('answers GET / with the API info under /reseller/v2', async () => {
    expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/reseller\/v2$/);
    const answer = await call('GET', '/');
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ href: `${sandbox.url}/`, name: 'Reseller REST API', version: '1.0' });
  });

  it('rejects missing and wrong credentials with the envelope', async () => {
    expectEnvelope(await call('GET', '/contracts', { auth: null }), 401);
    const wrong = `Basic ${Buffer.from(`${sandbox.demo.username}:nope`).toString('base64')}`;
    expect(expectEnvelope(await call('GET', '/', { auth: wrong }), 401)[0]).toMatch(/invalid username or password/i);
    expectEnvelope(await call('GET', '/', { auth: 'Bearer not-a-token' }), 401);
  });

  it('refuses Basic for the two-factor user and points to API tokens', async () => {
    const twoFactor = `Basic ${Buffer.from(`${sandbox.demo.twoFactorUsername}:${sandbox.demo.twoFactorPassword}`).toString('base64')}`;
    const [message] = expectEnvelope(await call('GET', '/', { auth: twoFactor }), 401);
    expect(message).toMatch(/two-factor/i);
    expect(message).toMatch(/API token/);
  });

  it('accepts the Bearer token and answers 403 to an unprivileged one', async () => {
    expect((await call('GET', '/contracts?limit=1', { auth: `Bearer ${sandbox.demo.token}` })).status).toBe(200);
    const unprivileged = `Bearer ${IONOS_DEMO_NO_PRIVILEGE_TOKEN}`;
    expect((await call('GET', '/', { auth: unprivileged })).status).toBe(200);
    expectEnvelope(await call('GET', '/contracts', { auth: unprivileged }), 403);
  });
});

describe('IONOS sandbox: contracts paging', () => {
  it('defaults to offset 0 and limit 50, with absolute links and no total', async () => {
    const answer = await call('GET', '/contracts');
    expect(answer.status).toBe(200);
    expect(Object.keys(answer.json).sort()).toEqual(['_links', 'items', 'limit', 'offset']);
    expect(answer.json.offset).toBe(0);
    expect(answer.json.limit).toBe(50);
    expect(answer.json.items).toHaveLength(50);
    expect(answer.json.items[0].id).toBe('15500');
    expect(answer.json.items[0].href).toBe(`${sandbox.url}/contract/15500`);
    expect(answer.json._links.prev).toBeUndefined();
    expect(answer.json._links.self).toBe(`${sandbox.url}/contracts?offset=0&limit=50`);
    expect(answer.json._links.next).toBe(`${sandbox.url}/contracts?offset=50&limit=50`);
  });

  it('drops next on the last page and links prev', async () => {
    const answer = await call('GET', '/contracts?offset=100&limit=50');
    expect(answer.json.items).toHaveLength(20);
    expect(answer.json._links.next).toBeUndefined();
    expect(answer.json._links.prev).toBe(`${sandbox.url}/contracts?offset=50&limit=50`);
    const exact = await call('GET', '/contracts?offset=60&limit=60');
    expect(exact.json.items).toHaveLength(60);
    expect(exact.json._links.next).toBeUndefined();
  });

  it.each([
    ['limit=0', /limit/],
    ['limit=5001', /limit/],
    ['limit=abc', /limit/],
    ['offset=-1', /offset/],
    ['offset=1.5', /offset/],
  ])('answers 422 for %s', async (query, field) => {
    const [message] = expectEnvelope(await call('GET', `/contracts?${query}`), 422);
    expect(message).toMatch(field);
  });

  it('filters by status, unknown statuses match nothing', async () => {
    const ceased = await call('GET', '/contracts?filter.status=CEASED&limit=5000');
    const expected = sandbox.state.listContracts('CEASED').length;
    expect(expected).toBeGreaterThan(0);
    expect(ceased.json.items).toHaveLength(expected);
    expect(ceased.json.items.every((item: { status: string }) => item.status === 'CEASED')).toBe(true);
    const none = await call('GET', '/contracts?filter.status=NO_SUCH_STATUS');
    expect(none.status).toBe(200);
    expect(none.json.items).toEqual([]);
  });
});

describe('IONOS sandbox: contract writes', () => {
  it('creates with 201 and Location, status BILLABLE', async () => {
    const answer = await call('POST', '/contracts', {
      json: { name: 'Neukunde GmbH', resellerReference: 'CUST-000001', resourceLimits: limits },
    });
    expect(answer.status).toBe(201);
    const id = answer.json.id as string;
    expect(id).toMatch(/^\d+$/);
    expect(answer.headers.get('location')).toBe(`${sandbox.url}/contracts/${id}`);
    expect(answer.json).toMatchObject({
      name: 'Neukunde GmbH',
      resellerReference: 'CUST-000001',
      status: 'BILLABLE',
      resourceLimits: limits,
    });
    expect(sandbox.state.findContract(id)?.name).toBe('Neukunde GmbH');
  });

  it('names each problem of an invalid contract in a 422', async () => {
    const { ips: _ips, ...eight } = limits;
    const messages = expectEnvelope(
      await call('POST', '/contracts', {
        json: { name: '  ', resourceLimits: { ...eight, ramServerMax: -1, cpuServerMax: 1.5 } },
      }),
      422,
    );
    expect(messages).toEqual([
      'name must not be empty',
      'resourceLimits.ramServerMax must not be negative',
      'resourceLimits.cpuServerMax must be an integer',
      'resourceLimits.ips is required',
    ]);
    const long = expectEnvelope(
      await call('POST', '/contracts', { json: { name: 'x'.repeat(256), resourceLimits: limits } }),
      422,
    );
    expect(long).toEqual(['name must not be longer than 255 characters']);
    const missing = expectEnvelope(await call('POST', '/contracts', { json: { name: 'A' } }), 422);
    expect(missing).toEqual(['resourceLimits are required']);
  });

  it('answers 400 for malformed JSON and 415 for another content type', async () => {
    expectEnvelope(await call('POST', '/contracts', { json: '{"name": ' }), 400);
    expectEnvelope(await call('POST', '/contracts', { json: '[1]' }), 400);
    expectEnvelope(
      await call('POST', '/contracts', { json: { name: 'A', resourceLimits: limits }, contentType: 'text/plain' }),
      415,
    );
  });

  it('replaces a contract fully: a reference left out is removed', async () => {
    const id = '15500';
    expect(sandbox.state.findContract(id)?.resellerReference).toBeDefined();
    const answer = await call('PUT', `/contracts/${id}`, { json: { name: 'Ersetzt AG', resourceLimits: limits } });
    expect(answer.status).toBe(200);
    expect(answer.json.name).toBe('Ersetzt AG');
    expect(answer.json).not.toHaveProperty('resellerReference');
    expect(sandbox.state.findContract(id)?.resourceLimits).toEqual(limits);
  });

  it('renames with text/plain, bare or JSON-quoted, and 415 otherwise', async () => {
    const bare = await call('PUT', '/contracts/15501/name', { text: 'Bare Name KG' });
    expect(bare.status).toBe(200);
    expect(bare.json.name).toBe('Bare Name KG');
    const quoted = await call('PUT', '/contracts/15501/name', { text: '"Quoted \\"Name\\" KG"' });
    expect(quoted.json.name).toBe('Quoted "Name" KG');
    expectEnvelope(await call('PUT', '/contracts/15501/name', { json: '"Json"' }), 415);
    expectEnvelope(await call('PUT', '/contracts/15501/name', { text: '' }), 422);
    expect(sandbox.state.findContract('15501')?.name).toBe('Quoted "Name" KG');
  });

  it('updates resource limits only with all nine fields', async () => {
    const ok = await call('PUT', '/contracts/15502/resourcelimits', { json: { ...limits, ips: 9 } });
    expect(ok.status).toBe(200);
    expect(ok.json.resourceLimits.ips).toBe(9);
    const { ssdVolumeMaxSize: _s, ...partial } = limits;
    expect(expectEnvelope(await call('PUT', '/contracts/15502/resourcelimits', { json: partial }), 422)).toEqual([
      'ssdVolumeMaxSize is required',
    ]);
  });
});

describe('IONOS sandbox: admins', () => {
  const contractPath = () => `/contracts/${sandbox.state.listContracts()[10]!.id}`;

  it('lists as a bare array, creates with 201, patches, deletes with 204', async () => {
    const before = await call('GET', `${contractPath()}/admins`);
    expect(Array.isArray(before.json)).toBe(true);
    const created = await call('POST', `${contractPath()}/admins`, {
      json: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', password: 'Secure-pass1' },
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`${sandbox.url}${contractPath()}/admins/${created.json.id}`);
    expect(created.json).not.toHaveProperty('password');
    const adminPath = `${contractPath()}/admins/${created.json.id}`;
    const patched = await call('PATCH', adminPath, { json: { lastName: 'King' } });
    expect(patched.json).toMatchObject({ firstName: 'Ada', lastName: 'King', email: 'ada@example.com' });
    const deleted = await call('DELETE', adminPath);
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
    expectEnvelope(await call('GET', adminPath), 404);
    expect((await call('GET', `${contractPath()}/admins`)).json).toHaveLength(before.json.length);
  });

  it('rejects missing fields, bad emails and weak passwords', async () => {
    const missing = expectEnvelope(await call('POST', `${contractPath()}/admins`, { json: { firstName: 'A' } }), 422);
    expect(missing).toEqual(['lastName is required', 'email is required', 'password is required']);
    const bad = expectEnvelope(
      await call('POST', `${contractPath()}/admins`, {
        json: { firstName: 'A', lastName: 'B', email: 'nope', password: 'weak' },
      }),
      422,
    );
    expect(bad[0]).toMatch(/^email 'nope' is not a valid email address/);
    expect(bad[1]).toMatch(/^password is too weak/);
  });
});

describe('IONOS sandbox: routing and ids', () => {
  it('answers 404 for non-numeric and unknown ids, unknown routes, 405 for wrong methods', async () => {
    expect(expectEnvelope(await call('GET', '/contracts/abc'), 404)[0]).toMatch(/abc/);
    expectEnvelope(await call('GET', '/contracts/99999999'), 404);
    expectEnvelope(await call('GET', '/contracts/15500/admins/x1'), 404);
    expectEnvelope(await call('GET', '/nothing/here'), 404);
    const wrong = await call('DELETE', '/contracts/15500');
    expectEnvelope(wrong, 405);
    expect(wrong.headers.get('allow')).toBe('GET, PUT');
  });
});

describe('IONOS sandbox: seed', () => {
  it('is deterministic and realistic for 20,000 contracts', () => {
    const big = seedState({ contracts: 20_000, seed: 42 });
    expect(big.contracts.size).toBe(20_000);
    const again = seedState({ contracts: 20_000, seed: 42 });
    expect([...again.contracts.values()].slice(0, 50)).toEqual([...big.contracts.values()].slice(0, 50));
    const all = big.listContracts();
    const statuses = new Set(all.map((contract) => contract.status));
    expect([...statuses]).toEqual(expect.arrayContaining(['BILLABLE', 'CEASED', 'REJECTED', 'SUSPENDED']));
    expect(all.filter((contract) => contract.status === 'BILLABLE').length / all.length).toBeGreaterThan(0.7);
    for (const contract of all.slice(0, 500)) {
      expect(contract.id).toMatch(/^\d+$/);
      const l = contract.resourceLimits!;
      expect(l.ramServerMax).toBeGreaterThanOrEqual(2048);
      expect(l.ramServerMax).toBeLessThanOrEqual(131072);
      expect(l.ramContractMax).toBeGreaterThanOrEqual(l.ramServerMax);
      expect(l.ssdVolumeContractMaxSize).toBeGreaterThanOrEqual(l.ssdVolumeMaxSize);
      expect(l.ips).toBeGreaterThanOrEqual(1);
      expect(l.ips).toBeLessThanOrEqual(16);
      if (contract.resellerReference !== undefined) expect(contract.resellerReference).toMatch(/^CUST-\d{6}$/);
      expect((big.admins.get(contract.id) ?? []).length).toBeLessThanOrEqual(5);
    }
    const someAdmin = [...big.admins.values()].flat()[0]!;
    expect(someAdmin.email).toMatch(/^[a-z0-9.]+@[a-z0-9-]+\.example$/);
  });

  it('refuses more than 20,000 contracts', async () => {
    await expect(startIonosSandbox({ contracts: 20_001 })).rejects.toThrow(RangeError);
  });
});
