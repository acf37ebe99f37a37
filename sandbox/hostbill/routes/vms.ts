/**
 * VM routes of cloud (and VPS) services. No sample response is published, so these are the simulator's
 * choices; the client should read them defensively.
 *
 * VM object (GET /service/@id/vms → `{"vms": [VM, ...]}`, GET .../vms/@vmid → `{"vm": VM}`):
 *   id              string   uuid, e.g. "3f1c9a2e-7b0d-4c1e-9a8f-0123456789ab"
 *   label           string   "web-01"
 *   hostname        string   "web-01.lakeside-dental.example"
 *   status          string   running | stopped | rescue (settled) or building | starting | stopping |
 *                            rebooting | rebuilding | rescuing | unrescuing (transitional: poll until settled)
 *   locked          boolean  true while a transitional status lasts (the VM refuses actions)
 *   ipv4            string[] e.g. ["203.0.113.10"]
 *   ipv6            string[] e.g. ["2001:db8:12d::1"]
 *   template        string   template id, e.g. "ubuntu-24.04" (see GET /service/@id/templates)
 *   template_name   string   "Ubuntu 24.04 LTS"
 *   os              string   "linux" | "windows"
 *   flavor          string   "s1.medium" (VPS: "vps-<product id>")
 *   cpu             number   vCPUs
 *   memory          string   MB, as a string ("2048"): a deliberate string/number mix
 *   disk            number   GB
 *   security_group  string
 *   keypair         string   "" when none
 *   created         string   "YYYY-MM-DD HH:MM:SS"
 *
 * Actions (POST .../vms/@vmid/stop|start|reboot|rescue|unrescue, .../rebuild {template}) answer
 * `{"success": true, "info": ["..."], "vm": VM}` with the transitional status; see vm-state-machine.ts.
 * Create (POST /service/@id/vms {label, template, flavor, disk?, security_group?, keypair?, password?}) answers
 * the same shape with status "building". Errors are HTTP 200 `{"error": [...]}`.
 * GET /service/@id/templates → `{"templates": [{id, name, os, min_disk}]}`;
 * GET /service/@id/resources → `{"resources": [{name, unit, limit, used, available}], "flavors": [{id, name, cpu, memory, disk}]}`;
 * GET /service/@id/ip → `{"ips": [{ip, type: "IPv4"|"IPv6", vm_id, hostname}]}` (hosting: the shared address, vm_id "").
 */
import { text, type Body } from '../body';
import { allocateIpv4, allocateIpv6 } from '../ip-pool';
import { fail, ok, type Route, type RouteContext } from '../router';
import { ymdhms } from '../rng';
import { FLAVORS, KEYPAIRS, SECURITY_GROUPS, TEMPLATES } from '../seed/catalog-data';
import { serviceFor } from '../service-methods';
import { addLog, type HostbillState, type ServiceRecord, type VmRecord } from '../state';
import { isBusy, startBuild, startVmAction, VM_ACTIONS, type VmAction } from '../vm-state-machine';
import { randomUUID } from 'node:crypto';

export function vmJson(vm: VmRecord): Record<string, unknown> {
  const template = TEMPLATES.find((t) => t.id === vm.templateId);
  return {
    id: vm.id,
    label: vm.label,
    hostname: vm.hostname,
    status: vm.status,
    locked: isBusy(vm),
    ipv4: vm.ipv4,
    ipv6: vm.ipv6,
    template: vm.templateId,
    template_name: template?.name ?? vm.templateId,
    os: template?.os ?? 'linux',
    flavor: vm.flavorId,
    cpu: vm.cpu,
    memory: String(vm.memory),
    disk: vm.disk,
    security_group: vm.securityGroup,
    keypair: vm.keypair,
    created: vm.created,
  };
}

function vmsOf(state: HostbillState, serviceId: string): VmRecord[] {
  return [...state.vms.values()].filter((vm) => vm.serviceId === serviceId);
}

function usage(
  state: HostbillState,
  service: ServiceRecord,
): Record<'vms' | 'cpu' | 'memory' | 'disk' | 'ipv4', number> {
  const vms = vmsOf(state, service.id);
  const sum = (pick: (vm: VmRecord) => number): number => vms.reduce((total, vm) => total + pick(vm), 0);
  return {
    vms: vms.length,
    cpu: sum((vm) => vm.cpu),
    memory: sum((vm) => vm.memory),
    disk: sum((vm) => vm.disk),
    ipv4: sum((vm) => vm.ipv4.length),
  };
}

const ACTION_INFO: Readonly<Record<VmAction, string>> = {
  stop: 'Stop request has been sent',
  start: 'Start request has been sent',
  reboot: 'Reboot request has been sent',
  rescue: 'Server is being rebooted into rescue mode',
  unrescue: 'Server is leaving rescue mode',
  rebuild: 'Server is being rebuilt',
};

function findVm(context: RouteContext, service: ServiceRecord): VmRecord | undefined {
  const vm = context.state.vms.get(context.params.vmid ?? '');
  return vm && vm.serviceId === service.id ? vm : undefined;
}

function validateCreate(state: HostbillState, service: ServiceRecord, body: Body): string | undefined {
  const label = text(body, 'label');
  if (!/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i.test(label))
    return 'Invalid label: use 1-63 letters, digits and hyphens';
  if (vmsOf(state, service.id).some((vm) => vm.label.toLowerCase() === label.toLowerCase()))
    return 'A VM with this label already exists';
  const template = TEMPLATES.find((t) => t.id === text(body, 'template'));
  if (!template) return 'Invalid template';
  const flavor = FLAVORS.find((f) => f.id === text(body, 'flavor'));
  if (!flavor) return 'Invalid flavor';
  const diskText = text(body, 'disk');
  const disk = diskText === '' ? Math.max(flavor.disk, template.minDisk) : Number(diskText);
  if (!Number.isInteger(disk) || disk < Math.max(flavor.disk, template.minDisk) || disk > 2000)
    return 'Invalid disk size';
  const group = text(body, 'security_group');
  if (group !== '' && !SECURITY_GROUPS.includes(group)) return 'Invalid security group';
  const keypair = text(body, 'keypair');
  if (keypair !== '' && !KEYPAIRS.includes(keypair)) return 'Invalid SSH key';
  const password = text(body, 'password');
  if (password !== '' && password.length < 8) return 'Password must be at least 8 characters';
  if (template.os === 'windows' && password === '') return 'Password is required for Windows templates';
  if (template.os === 'linux' && password === '' && keypair === '') return 'Provide a password or an SSH key';
  const used = usage(state, service);
  const limits = service.limits;
  if (limits) {
    const wanted = { vms: 1, cpu: flavor.cpu, memory: flavor.memory, disk, ipv4: 1 };
    for (const key of Object.keys(wanted) as (keyof typeof wanted)[]) {
      if (used[key] + wanted[key] > limits[key]) return `Not enough resources: ${key}`;
    }
  }
  return undefined;
}

export const vmRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: '/service/:id/vms',
    handler: (context) => {
      const { service, error } = serviceFor(context, '/service/@id/vms');
      return error ?? ok({ vms: vmsOf(context.state, service.id).map(vmJson) });
    },
  },
  {
    method: 'GET',
    pattern: '/service/:id/vms/:vmid',
    handler: (context) => {
      const { service, error } = serviceFor(context, '/service/@id/vms/@vmid');
      if (error) return error;
      const vm = findVm(context, service);
      return vm ? ok({ vm: vmJson(vm) }) : fail('VM not found');
    },
  },
  {
    method: 'POST',
    pattern: '/service/:id/vms',
    handler: (context) => {
      const { service, error } = serviceFor(context, '/service/@id/vms');
      if (error) return error;
      if (service.status !== 'Active') return fail(`Service is ${service.status}`);
      const problem = validateCreate(context.state, service, context.body);
      if (problem) return fail(problem);
      const ipv4 = allocateIpv4(context.state);
      if (!ipv4) return fail('No free IP addresses in this location');
      const flavor = FLAVORS.find((f) => f.id === text(context.body, 'flavor'))!;
      const template = TEMPLATES.find((t) => t.id === text(context.body, 'template'))!;
      const label = text(context.body, 'label');
      const diskText = text(context.body, 'disk');
      const vm: VmRecord = {
        id: randomUUID(),
        serviceId: service.id,
        label,
        hostname: `${label}.${service.domain || 'cloud.demo-hosting.example'}`,
        status: 'building',
        ipv4: [ipv4],
        ipv6: [allocateIpv6(context.state, service.id)],
        templateId: template.id,
        flavorId: flavor.id,
        cpu: flavor.cpu,
        memory: flavor.memory,
        disk: diskText === '' ? Math.max(flavor.disk, template.minDisk) : Number(diskText),
        securityGroup: text(context.body, 'security_group') || 'default',
        keypair: text(context.body, 'keypair'),
        created: ymdhms(context.now),
      };
      context.state.vms.set(vm.id, vm);
      startBuild(vm, context.timers);
      addLog(context.state, 'vm', `VM ${label} created on service #${service.id}`, context.now);
      return ok({ success: true, info: ['Virtual server is being created'], vm: vmJson(vm) });
    },
  },
  {
    method: 'POST',
    pattern: '/service/:id/vms/:vmid/:action',
    handler: (context) => {
      const action = context.params.action as VmAction;
      if (!VM_ACTIONS.includes(action)) return fail('invalid method');
      const { service, error } = serviceFor(context, `/service/@id/vms/@vmid/${action}`);
      if (error) return error;
      const vm = findVm(context, service);
      if (!vm) return fail('VM not found');
      if (service.status !== 'Active') return fail(`Service is ${service.status}`);
      let template: string | undefined;
      if (action === 'rebuild') {
        template = text(context.body, 'template');
        if (!TEMPLATES.some((t) => t.id === template)) return fail('Invalid template');
      }
      const problem = startVmAction(vm, action, context.timers, (settled) => {
        if (template) settled.templateId = template;
      });
      if (problem) return fail(problem);
      addLog(context.state, 'vm', `VM ${vm.label}: ${action}`, context.now);
      return ok({ success: true, info: [ACTION_INFO[action]], vm: vmJson(vm) });
    },
  },
  {
    method: 'GET',
    pattern: '/service/:id/templates',
    handler: (context) => {
      const { error } = serviceFor(context, '/service/@id/templates');
      return (
        error ?? ok({ templates: TEMPLATES.map((t) => ({ id: t.id, name: t.name, os: t.os, min_disk: t.minDisk })) })
      );
    },
  },
  {
    method: 'GET',
    pattern: '/service/:id/resources',
    handler: (context) => {
      const { service, error } = serviceFor(context, '/service/@id/resources');
      if (error) return error;
      const used = usage(context.state, service);
      const limits = service.limits ?? used;
      const units = { vms: 'servers', cpu: 'vCPU', memory: 'MB', disk: 'GB', ipv4: 'addresses' } as const;
      const resources = (Object.keys(units) as (keyof typeof units)[]).map((name) => ({
        name,
        unit: units[name],
        limit: limits[name],
        used: used[name],
        available: Math.max(0, limits[name] - used[name]),
      }));
      const flavors = service.kind === 'cloud' ? FLAVORS : [];
      return ok({ resources, flavors });
    },
  },
  {
    method: 'GET',
    pattern: '/service/:id/ip',
    handler: (context) => {
      const { service, error } = serviceFor(context, '/service/@id/ip');
      if (error) return error;
      if (service.kind === 'hosting') {
        return ok({
          ips: [{ ip: `192.0.2.${251 + (Number(service.id) % 4)}`, type: 'IPv4', vm_id: '', hostname: service.domain }],
        });
      }
      const ips = vmsOf(context.state, service.id).flatMap((vm) => [
        ...vm.ipv4.map((ip) => ({ ip, type: 'IPv4', vm_id: vm.id, hostname: vm.hostname })),
        ...vm.ipv6.map((ip) => ({ ip, type: 'IPv6', vm_id: vm.id, hostname: vm.hostname })),
      ]);
      return ok({ ips });
    },
  },
];
