import { afterEach, describe, expect, it } from 'vitest';
import { isVmBusy } from '../../../common/models/hostbill';
import { hostbillFixture, type HostbillFixture } from './fixture.test-util';

let fx: HostbillFixture | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

async function cloudService(f: HostbillFixture) {
  for (const service of await f.client.listServices()) {
    const features = await f.client.getServiceMethods(service.id);
    if (features.vms && features.methods.some((m) => m.method === 'POST' && m.route.endsWith('/vms')))
      return { service, features };
  }
  throw new Error('the seed has no cloud service');
}

describe('HostBill services', () => {
  it('lists services, reads details without ever returning the service password', async () => {
    fx = await hostbillFixture();
    const services = await fx.client.listServices();
    expect(services.length).toBeGreaterThan(3);
    for (const service of services) {
      const detail = await fx.client.getService(service.id);
      const secret = fx.sandbox.state.services.get(service.id)!.password;
      expect(secret.length).toBeGreaterThan(0);
      const text = JSON.stringify(detail);
      expect(text).not.toContain(secret);
      expect(text).not.toMatch(/password/i);
      expect(typeof detail.amount).toBe('number');
    }
    expect(fx.requests.some((r) => r.path.startsWith('/service/'))).toBe(true);
  });

  it('reads features from the methods list, labels, upgrades and cancels', async () => {
    fx = await hostbillFixture();
    const { service, features } = await cloudService(fx);
    expect(features).toMatchObject({ vms: true, label: true, cancel: true, upgrade: true, dns: false });
    await fx.client.setServiceLabel(service.id, 'Production pool');
    expect(await fx.client.getServiceLabel(service.id)).toBe('Production pool');
    const options = await fx.client.getUpgradeOptions(service.id);
    expect(options.resources.length).toBeGreaterThan(0);
    const resource = options.resources[0]!;
    const other = resource.items.find((item) => !item.selected)!;
    const estimate = await fx.client.requestUpgrade(service.id, {
      resources: { [resource.id]: other.id },
      send: false,
    });
    expect(typeof estimate.charge).toBe('number');
    // Every part of the price, as numbers: the line, setup fees, credit, subtotal, tax, total.
    expect(estimate.items).toEqual([
      { name: `${resource.name}: ${other.name}`, price: expect.any(Number), setup: 0, recurring: other.price },
    ]);
    expect(estimate).toMatchObject({ setup: 0, discount: 0, credit: expect.any(Number), subtotal: expect.any(Number) });
    expect(estimate.tax).toEqual([{ name: 'VAT', amount: expect.any(Number), rate: 21 }]);
    expect(estimate.charge).toBeCloseTo(estimate.subtotal! + estimate.tax[0]!.amount!, 2);
    const backups = options.resources.find((r) => r.name === 'Backups')!;
    const daily = backups.items.find((item) => item.name === 'Daily, 30 days')!;
    const withSetup = await fx.client.requestUpgrade(service.id, {
      resources: { [backups.id]: daily.id },
      send: false,
    });
    expect(withSetup.items[0]).toMatchObject({ setup: 5, recurring: 12 });
    expect(withSetup.setup).toBe(5);
    const cancel = await fx.client.cancelService(service.id, { immediate: false, reason: 'Moving elsewhere' });
    expect(cancel.info.length).toBeGreaterThan(0);
    await expect(fx.client.cancelService(service.id, { immediate: false, reason: 'Again' })).rejects.toMatchObject({
      error: { kind: 'conflict' },
    });
  });

  it('hides features a service lacks: invalid method → unsupported', async () => {
    fx = await hostbillFixture();
    const services = await fx.client.listServices();
    const hosting = services.find((s) => s.kind === 'hosting' || s.kind === 'domain')!;
    await expect(fx.client.listVms(hosting.id)).rejects.toMatchObject({ error: { kind: 'unsupported' } });
    await expect(fx.client.getService('999999')).rejects.toMatchObject({ error: { kind: 'not-found' } });
    await expect(fx.client.getService('../details')).rejects.toMatchObject({ error: { kind: 'validation' } });
    expect(fx.requests.some((r) => r.path.includes('..'))).toBe(false);
  });
});

describe('HostBill VMs', () => {
  it('lists and reads VMs with numbers and ISO dates, templates, resources and IPs', async () => {
    fx = await hostbillFixture();
    const { service } = await cloudService(fx);
    const vms = await fx.client.listVms(service.id);
    expect(vms.length).toBeGreaterThan(0);
    const vm = await fx.client.getVm(service.id, vms[0]!.id);
    expect(vm).toMatchObject({ id: vms[0]!.id, serviceId: service.id });
    expect(typeof vm.memoryMb).toBe('number');
    expect(vm.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(vm.ipv4.length).toBeGreaterThan(0);
    const templates = await fx.client.listTemplates(service.id);
    expect(templates.length).toBeGreaterThan(0);
    const resources = await fx.client.getResources(service.id);
    expect(resources.items.find((r) => r.name === 'cpu')?.total).toEqual(expect.any(Number));
    expect(resources.flavors.length).toBeGreaterThan(0);
    const ips = await fx.client.listIps(service.id);
    expect(ips.some((ip) => ip.version === 6 && ip.vmId === vms[0]!.id)).toBe(true);
  });

  it('creates a VM, runs actions, waits for them to settle, and reports a busy VM as conflict', async () => {
    fx = await hostbillFixture();
    const { service } = await cloudService(fx);
    const templates = await fx.client.listTemplates(service.id);
    const linux = templates.find((t) => t.os === 'linux')!;
    const { flavors } = await fx.client.getResources(service.id);
    const created = await fx.client.createVm(service.id, {
      label: 'test-vm-1',
      template: linux.id,
      flavor: flavors[0]!.id,
      password: 'a-long-root-pass',
    });
    expect(created.vm?.state).toBe('building');
    const vmId = created.vm!.id;
    await expect(fx.client.vmAction(service.id, vmId, 'stop')).rejects.toMatchObject({ error: { kind: 'conflict' } });
    const running = await fx.client.waitForVmSettled(service.id, vmId, { intervalMs: 50 });
    expect(running.state).toBe('running');
    const outcome = await fx.client.vmActionWithReread(service.id, vmId, 'stop');
    expect(outcome).toMatchObject({ ok: true, vm: { state: 'stopping' } });
    expect((await fx.client.waitForVmSettled(service.id, vmId, { intervalMs: 50 })).state).toBe('stopped');
    await fx.client.rebuildVm(service.id, vmId, templates.at(-1)!.id);
    expect(isVmBusy((await fx.client.getVm(service.id, vmId)).state)).toBe(true);
  });

  it('never repeats a VM action after a dropped connection, and re-reads the real state', async () => {
    fx = await hostbillFixture();
    const { service } = await cloudService(fx);
    const vm = (await fx.client.listVms(service.id)).find((v) => v.state === 'running')!;
    fx.sandbox.faults.add({ fault: { kind: 'drop-after' }, method: 'POST', path: `/vms/${vm.id}/reboot$` });
    const outcome = await fx.client.vmActionWithReread(service.id, vm.id, 'reboot');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.kind).toBe('network');
    expect(outcome.error.message).toMatch(/may or may not have been carried out/);
    // The portal did carry it out: the re-read shows it, and the POST went out exactly once.
    expect(outcome.vm?.state).toBe('rebooting');
    expect(fx.count('POST', `/service/${service.id}/vms/${vm.id}/reboot`)).toBe(1);
    expect(fx.sleeps).toEqual([]);
  });

  it('waits Retry-After on a 429 for a read, then succeeds', async () => {
    fx = await hostbillFixture();
    await fx.client.getDetails();
    fx.sandbox.faults.add({
      fault: { kind: 'rate-limit', retryAfterSeconds: 2 },
      method: 'GET',
      path: '/api/service$',
      times: 1,
    });
    const services = await fx.client.listServices();
    expect(services.length).toBeGreaterThan(0);
    expect(fx.sleeps).toEqual([2000]);
    expect(fx.count('GET', '/service')).toBe(2);
  });

  it('sends a POST again after a 429 (the portal did nothing), and gives a lasting 429 back as rate-limit', async () => {
    fx = await hostbillFixture();
    const { service } = await cloudService(fx);
    const vm = (await fx.client.listVms(service.id)).find((candidate) => candidate.state === 'running')!;
    fx.sandbox.faults.add({ fault: { kind: 'rate-limit', retryAfterSeconds: 5 }, method: 'POST', path: '/stop$' });
    await fx.client.vmAction(service.id, vm.id, 'stop');
    expect(fx.count('POST', /\/stop$/)).toBe(2);
    expect(fx.sleeps).toEqual([5000]);

    fx.sandbox.faults.add({
      fault: { kind: 'rate-limit', retryAfterSeconds: 5 },
      method: 'POST',
      path: '/start$',
      times: 0,
    });
    await expect(fx.client.vmAction(service.id, vm.id, 'start')).rejects.toMatchObject({
      error: { kind: 'rate-limit', retryAfterMs: 5000 },
    });
    // Bounded: four attempts at most, within 15 s of waiting.
    expect(fx.count('POST', /\/start$/)).toBe(4);
  });

  it('reports a malformed answer as a server error', async () => {
    fx = await hostbillFixture();
    await fx.client.getDetails();
    fx.sandbox.faults.add({ fault: { kind: 'malformed' }, method: 'GET', path: '/api/service$' });
    await expect(fx.client.listServices()).rejects.toMatchObject({
      error: { kind: 'server', message: 'The portal sent an answer the app cannot read.' },
    });
  });
});
