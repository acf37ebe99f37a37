import { afterEach, describe, expect, it } from 'vitest';
import type { HostbillSandbox } from './server';
import { call, serviceIdOf, sleep, start } from './test-support';

let sandbox: HostbillSandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

type Vm = {
  id: string;
  status: string;
  label: string;
  template: string;
  ipv4: string[];
  ipv6: string[];
  memory: string;
  cpu: number;
  locked: boolean;
};

async function firstVm(sb: HostbillSandbox, serviceId: string, status: string): Promise<Vm> {
  const { json } = await call(sb, 'GET', `/service/${serviceId}/vms`);
  const vm = (json.vms as Vm[]).find((v) => v.status === status);
  if (!vm) throw new Error(`no ${status} VM`);
  return vm;
}

async function vmStatus(sb: HostbillSandbox, serviceId: string, vmId: string): Promise<string> {
  return ((await call(sb, 'GET', `/service/${serviceId}/vms/${vmId}`)).json.vm as Vm).status;
}

describe('HostBill sandbox VMs', () => {
  it('seeds 30 VMs with documentation-range addresses and the documented field types', async () => {
    sandbox = await start();
    expect(sandbox.state.vms.size).toBe(30);
    const cloud = await serviceIdOf(sandbox, 'Cloud Servers');
    const { json } = await call(sandbox, 'GET', `/service/${cloud}/vms`);
    const vm = (json.vms as Vm[])[0]!;
    expect(vm.ipv4[0]).toMatch(/^(192\.0\.2|198\.51\.100|203\.0\.113)\./);
    expect(vm.ipv6[0]).toMatch(/^2001:db8:/);
    expect(typeof vm.memory).toBe('string');
    expect(typeof vm.cpu).toBe('number');
    const ips = (await call(sandbox, 'GET', `/service/${cloud}/ip`)).json.ips as { ip: string; vm_id: string }[];
    expect(ips.filter((ip) => ip.vm_id === vm.id).map((ip) => ip.ip)).toEqual([...vm.ipv4, ...vm.ipv6]);
  });

  it('stop → stopping → stopped, start → starting → running; a busy VM refuses a second action', async () => {
    sandbox = await start();
    const cloud = await serviceIdOf(sandbox, 'Cloud Servers');
    const vm = await firstVm(sandbox, cloud, 'running');
    const stop = await call(sandbox, 'POST', `/service/${cloud}/vms/${vm.id}/stop`);
    expect(stop.json.success).toBe(true);
    expect((stop.json.vm as Vm).status).toBe('stopping');
    expect((stop.json.vm as Vm).locked).toBe(true);
    const second = await call(sandbox, 'POST', `/service/${cloud}/vms/${vm.id}/reboot`);
    expect(second).toEqual({ status: 200, json: { error: ['VM is busy: another task is in progress'] } });
    await sleep(250);
    expect(await vmStatus(sandbox, cloud, vm.id)).toBe('stopped');
    expect((await call(sandbox, 'POST', `/service/${cloud}/vms/${vm.id}/stop`)).json.error).toEqual([
      'Cannot stop a VM that is stopped',
    ]);
    await call(sandbox, 'POST', `/service/${cloud}/vms/${vm.id}/start`);
    expect(await vmStatus(sandbox, cloud, vm.id)).toBe('starting');
    await sleep(250);
    expect(await vmStatus(sandbox, cloud, vm.id)).toBe('running');
  });

  it('reboot, rescue/unrescue and rebuild with a new template', async () => {
    sandbox = await start();
    const cloud = await serviceIdOf(sandbox, 'Cloud Servers');
    const vm = await firstVm(sandbox, cloud, 'running');
    const path = `/service/${cloud}/vms/${vm.id}`;
    await call(sandbox, 'POST', `${path}/reboot`);
    expect(await vmStatus(sandbox, cloud, vm.id)).toBe('rebooting');
    await sleep(250);
    await call(sandbox, 'POST', `${path}/rescue`);
    expect(await vmStatus(sandbox, cloud, vm.id)).toBe('rescuing');
    await sleep(250);
    expect(await vmStatus(sandbox, cloud, vm.id)).toBe('rescue');
    await call(sandbox, 'POST', `${path}/unrescue`);
    await sleep(250);
    expect(await vmStatus(sandbox, cloud, vm.id)).toBe('running');
    expect((await call(sandbox, 'POST', `${path}/rebuild`, { body: { template: 'beos-5' } })).json.error).toEqual([
      'Invalid template',
    ]);
    const target = vm.template === 'debian-13' ? 'debian-12' : 'debian-13';
    await call(sandbox, 'POST', `${path}/rebuild`, { body: { template: target } });
    expect(await vmStatus(sandbox, cloud, vm.id)).toBe('rebuilding');
    await sleep(250);
    const after = (await call(sandbox, 'GET', path)).json.vm as Vm;
    expect([after.status, after.template]).toEqual(['running', target]);
  });

  it('creates a VM (building → running) and validates label, template and flavor', async () => {
    sandbox = await start();
    const cloud = await serviceIdOf(sandbox, 'Cloud Servers');
    const good = { label: 'new-web-1', template: 'ubuntu-24.04', flavor: 's1.small', keypair: 'deploy-2024' };
    expect(
      (await call(sandbox, 'POST', `/service/${cloud}/vms`, { body: { ...good, label: 'bad label!' } })).json.error,
    ).toBeDefined();
    expect(
      (await call(sandbox, 'POST', `/service/${cloud}/vms`, { body: { ...good, template: 'nope' } })).json,
    ).toEqual({ error: ['Invalid template'] });
    expect((await call(sandbox, 'POST', `/service/${cloud}/vms`, { body: { ...good, flavor: 'huge' } })).json).toEqual({
      error: ['Invalid flavor'],
    });
    const created = await call(sandbox, 'POST', `/service/${cloud}/vms`, { body: good });
    const vm = created.json.vm as Vm;
    expect(vm.status).toBe('building');
    expect(sandbox.state.vms.get(vm.id)?.status).toBe('building');
    await sleep(250);
    expect(await vmStatus(sandbox, cloud, vm.id)).toBe('running');
    const resources = (await call(sandbox, 'GET', `/service/${cloud}/resources`)).json.resources as {
      name: string;
      used: number;
    }[];
    const used = [...sandbox.state.vms.values()].filter((v) => v.serviceId === cloud).length;
    expect(resources.find((r) => r.name === 'vms')?.used).toBe(used);
  });

  it('lists VM routes only for cloud/VPS services and refuses them elsewhere', async () => {
    sandbox = await start();
    const cloud = await serviceIdOf(sandbox, 'Cloud Servers');
    const hosting = await serviceIdOf(sandbox, 'Hosting');
    const routes = async (id: string) =>
      ((await call(sandbox!, 'GET', `/service/${id}/methods`)).json.methods as { route: string }[]).map((m) => m.route);
    expect(await routes(cloud)).toContain('/service/@id/vms');
    expect(await routes(hosting)).not.toContain('/service/@id/vms');
    expect((await call(sandbox, 'GET', `/service/${hosting}/vms`)).json).toEqual({ error: ['invalid method'] });
    const templates = (await call(sandbox, 'GET', `/service/${cloud}/templates`)).json.templates as { id: string }[];
    expect(templates.map((t) => t.id)).toContain('ubuntu-24.04');
  });

  it('starts with 50 services / 200 VMs / 400 invoices', async () => {
    sandbox = await start({ size: { services: 50, vms: 200, invoices: 400 } });
    expect(sandbox.state.vms.size).toBe(200);
    expect(sandbox.state.services.size).toBe(50);
  });
});
