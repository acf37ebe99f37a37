/**
 * Issue 8 items 5-7: the HostBill client against portals that differ from the usual one: short-lived
 * tokens, a rate limiter on every seventh request, a service detail without the label.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { refreshMarginMs } from './auth';
import { hostbillFixture, type HostbillFixture } from './fixture.test-util';

let fx: HostbillFixture | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

const renewals = (f: HostbillFixture) => f.count('POST', '/token') + f.count('POST', '/login');

describe('HostBill client against other portals', () => {
  it('fits the refresh margin to the token lifetime', () => {
    expect(refreshMarginMs(900_000)).toBe(60_000);
    expect(refreshMarginMs(8_000)).toBe(2_000);
    expect(refreshMarginMs(-5)).toBe(0);
  });

  it('renews short-lived tokens about once per lifetime, not before every request', async () => {
    fx = await hostbillFixture({ sandbox: { tokenLifetimeSeconds: 2 } });
    const until = Date.now() + 4_500;
    let calls = 0;
    while (Date.now() < until) {
      await fx.client.getDetails();
      calls += 1;
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
    expect(calls).toBeGreaterThan(40);
    // 4.5 s of 2-second tokens (whole-second exp claims make them last 1-2 s): 3 to 5 sign-ins/renewals.
    expect(renewals(fx)).toBeGreaterThanOrEqual(2);
    expect(renewals(fx)).toBeLessThanOrEqual(6);
    expect(fx.requests.filter((r) => r.status === 401)).toHaveLength(0);
  }, 15_000);

  it('retries a write throttled with 429 (every seventh request) and carries out each exactly once', async () => {
    fx = await hostbillFixture();
    fx.sandbox.faults.add({ fault: { kind: 'rate-limit', retryAfterSeconds: 1 }, every: 7, times: 0 });
    const [service] = await fx.client.listServices();
    for (let round = 1; round <= 14; round += 1) {
      await fx.client.setServiceLabel(service!.id, `Pool ${round}`);
      expect(fx.sandbox.state.services.get(service!.id)?.label).toBe(`Pool ${round}`);
    }
    expect(fx.requests.filter((r) => r.method === 'POST' && r.status === 429).length).toBeGreaterThan(0);
    const changes = fx.sandbox.state.logs.filter((log) => log.description.includes('label changed'));
    expect(changes).toHaveLength(14);
    expect(fx.sleeps.every((ms) => ms === 1_000)).toBe(true);
  });

  it('reads the label from the label route when the service detail has none', async () => {
    fx = await hostbillFixture({ sandbox: { quirks: { detailWithoutLabel: true } } });
    const [service] = await fx.client.listServices();
    await fx.client.setServiceLabel(service!.id, 'Production pool');
    expect((await fx.client.getService(service!.id)).label).toBe('Production pool');
    expect(fx.count('GET', `/service/${service!.id}/label`)).toBe(1);
  });

  it('lists only the methods the portal offers (a portal without unrescue)', async () => {
    fx = await hostbillFixture({ sandbox: { quirks: { withoutRoutes: ['/service/@id/vms/@vmid/unrescue'] } } });
    const services = await fx.client.listServices();
    const withVms = await Promise.all(services.map((s) => fx!.client.getServiceMethods(s.id)));
    const routes = withVms.flatMap((features) => features.methods.map((m) => m.route));
    expect(routes).toContain('/service/@id/vms/@vmid/rescue');
    expect(routes).not.toContain('/service/@id/vms/@vmid/unrescue');
  });

  it('ends a portal message as a sentence, so what the app adds after it does not run on', async () => {
    fx = await hostbillFixture();
    const vm = [...fx.sandbox.state.vms.values()].find((candidate) => candidate.status === 'running')!;
    vm.status = 'stopped';
    await expect(fx.client.vmAction(vm.serviceId, vm.id, 'stop')).rejects.toMatchObject({
      error: { message: expect.stringMatching(/^The portal answered: .*stopped\.$/) },
    });
  });
});
