import { describe, expect, it } from 'vitest';
import type { ServiceMethods, Vm } from '../../../../common/models/hostbill';
import { isOverdue } from './format';
import { alreadyThere, offeredActions, planBulk } from './vm-rules';
import { testVm } from './test-vm.test-util';

/** A VPS methods list as HostBill sends it (the simulator's), optionally without some routes. */
const VPS_ROUTES = ['stop', 'start', 'reboot', 'rescue', 'unrescue', 'rebuild'].map((action) => ({
  name: `${action} VM`,
  method: 'POST',
  route: `/service/@id/vms/@vmid/${action}`,
}));
const vpsFeatures = (withoutRoutes: string[] = []): ServiceMethods => ({
  methods: [
    { name: 'List VMs', method: 'GET', route: '/service/@id/vms' },
    ...VPS_ROUTES.filter((m) => !withoutRoutes.includes(m.route)),
  ],
  vms: true,
  dns: false,
  upgrade: true,
  cancel: true,
  label: true,
  ips: true,
  templates: true,
  resources: true,
});

const vm = (id: string, state: string, serviceId = 's1'): Vm => testVm({ id, state, serviceId });

describe('VM action rules', () => {
  it('offers only the actions the methods list names (a portal without unrescue)', () => {
    expect(offeredActions(vpsFeatures())).toEqual(['start', 'stop', 'reboot', 'rescue', 'unrescue']);
    expect(offeredActions(vpsFeatures(['/service/@id/vms/@vmid/unrescue']))).toEqual([
      'start',
      'stop',
      'reboot',
      'rescue',
    ]);
    // Methods not read yet: everything, the portal decides.
    expect(offeredActions(null)).toHaveLength(5);
  });

  it('bulk uses the single-VM rules: a stopped VM is not rebooted, one already there is skipped', () => {
    const features = vpsFeatures(['/service/@id/vms/@vmid/unrescue']);
    const selection = [vm('1', 'running'), vm('2', 'stopped'), vm('3', 'rebooting')];
    const reboot = planBulk(selection, 'reboot', () => features);
    expect(reboot.send.map((v) => v.id)).toEqual(['1']);
    expect(reboot.skipped.map(({ vm: v, reason }) => `${v.id}: ${reason}`)).toEqual([
      '2: not possible while the VM is stopped',
      '3: the VM is rebooting: wait until it settles',
    ]);
    const start = planBulk(selection, 'start', () => features);
    expect(start.send.map((v) => v.id)).toEqual(['2']);
    expect(start.skipped[0]).toMatchObject({ reason: 'already running' });
    const unrescue = planBulk([vm('4', 'rescue')], 'unrescue', () => features);
    expect(unrescue.send).toEqual([]);
    expect(unrescue.skipped[0]?.reason).toMatch(/does not offer/);
  });

  it('knows which states are already the target', () => {
    expect(alreadyThere('stop', 'Stopped')).toBe(true);
    expect(alreadyThere('reboot', 'running')).toBe(false);
    expect(alreadyThere('start', 'starting')).toBe(false);
  });

  it('marks a next-due date before today as overdue, unless the service has ended', () => {
    const now = new Date(2026, 11, 1, 9, 0);
    expect(isOverdue('2026-11-30', 'Active', now)).toBe(true);
    expect(isOverdue('2026-12-01', 'Active', now)).toBe(false);
    expect(isOverdue('2026-11-30', 'Terminated', now)).toBe(false);
    expect(isOverdue(null, 'Active', now)).toBe(false);
  });
});
