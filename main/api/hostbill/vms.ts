/**
 * VM endpoints. Actions are POSTs and are never repeated by the HTTP layer: after a dropped or timed
 * out action nobody knows whether it ran, so `vmActionWithReread` reads the VM back and hands the
 * caller both the error and the VM's real state to show. Actions finish asynchronously on the portal:
 * `waitForVmSettled` polls until the state leaves its transitional value.
 */
import { z } from 'zod';
import { toAppError, type AppError } from '../../../common/errors';
import {
  isVmBusy,
  type PortalInfo,
  type ServiceIp,
  type Vm,
  type VmResources,
  type VmTemplate,
} from '../../../common/models/hostbill';
import type { VmAction, VmCreateInput } from '../../../common/schemas/hostbill';
import type { PortalContext } from './context';
import { toVm } from './mappers';
import { id, infoOf, int, isRaw, num, parseWith, pick, rawListOrMap, text, type Raw } from './normalize';
import { path } from './request';

const vmListAnswer = z.object({ vms: rawListOrMap }).catchall(z.unknown());
const vmAnswer = z.object({ vm: z.record(z.string(), z.unknown()) }).catchall(z.unknown());

export type VmActionOutcome =
  | { readonly ok: true; readonly info: readonly string[]; readonly vm: Vm | null }
  /** `vm` is the state read back after the failure (null when that read failed too). */
  | { readonly ok: false; readonly error: AppError; readonly vm: Vm | null };

export interface WaitOptions {
  readonly intervalMs?: number;
  readonly timeoutMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly clock?: () => number;
}

function toTemplate(raw: Raw): VmTemplate {
  return {
    id: id(pick(raw, 'id', 'template_id', 'value')) ?? '',
    name: text(pick(raw, 'name', 'title', 'label')) ?? '',
    os: text(pick(raw, 'os', 'distribution', 'family')),
  };
}

function toIp(raw: Raw): ServiceIp | null {
  const address = text(pick(raw, 'address', 'ip', 'ipaddress'));
  if (!address) return null;
  return { address, version: address.includes(':') ? 6 : 4, vmId: id(pick(raw, 'vm_id', 'vmid', 'vm')) };
}

export function vmsApi(ctx: PortalContext) {
  async function getVm(serviceId: string, vmId: string): Promise<Vm> {
    const body = await ctx.get(path`/service/${serviceId}/vms/${vmId}`);
    const parsed = vmAnswer.safeParse(body);
    return toVm(parsed.success ? parsed.data.vm : parseWith(z.record(z.string(), z.unknown()), body), serviceId);
  }

  async function vmAction(serviceId: string, vmId: string, action: VmAction): Promise<PortalInfo> {
    const body = await ctx.post(path`/service/${serviceId}/vms/${vmId}/${action}`, {}, { optional: true });
    return { info: infoOf(body) };
  }

  async function outcome(serviceId: string, vmId: string, run: () => Promise<PortalInfo>): Promise<VmActionOutcome> {
    try {
      const { info } = await run();
      const vm = await getVm(serviceId, vmId).catch(() => null);
      return { ok: true, info, vm };
    } catch (thrown) {
      const error = toAppError(thrown);
      const vm = error.kind === 'auth' ? null : await getVm(serviceId, vmId).catch(() => null);
      return { ok: false, error, vm };
    }
  }

  return {
    async listVms(serviceId: string): Promise<Vm[]> {
      const body = await ctx.get(path`/service/${serviceId}/vms`, { optional: true });
      // Some modules answer a bare list or a map keyed by VM id.
      const rows = Array.isArray(body) ? rawListOrMap.parse(body) : parseWith(vmListAnswer, body).vms;
      return rows.map((raw) => toVm(raw, serviceId));
    },

    getVm,

    /** Creating is a POST: on a timeout, list the VMs again rather than sending it twice. */
    async createVm(serviceId: string, input: VmCreateInput): Promise<PortalInfo & { vm: Vm | null }> {
      const body = await ctx.post(
        path`/service/${serviceId}/vms`,
        {
          label: input.label,
          template: input.template,
          flavor: input.flavor,
          ...(input.disk === undefined ? {} : { disk: String(input.disk) }),
          ...(input.securityGroup ? { security_group: input.securityGroup } : {}),
          ...(input.keypair ? { keypair: input.keypair } : {}),
          ...(input.password ? { password: input.password } : {}),
        },
        { optional: true },
      );
      const raw = isRaw(body) && isRaw(body.vm) ? body.vm : null;
      return { info: infoOf(body), vm: raw ? toVm(raw, serviceId) : null };
    },

    vmAction,

    async rebuildVm(serviceId: string, vmId: string, template: string): Promise<PortalInfo> {
      const body = await ctx.post(path`/service/${serviceId}/vms/${vmId}/rebuild`, { template }, { optional: true });
      return { info: infoOf(body) };
    },

    /** Runs an action (or a rebuild with `template`) and always reads the VM back. Never throws. */
    vmActionWithReread(
      serviceId: string,
      vmId: string,
      action: VmAction | 'rebuild',
      template?: string,
    ): Promise<VmActionOutcome> {
      return outcome(serviceId, vmId, async () => {
        if (action !== 'rebuild') return vmAction(serviceId, vmId, action);
        const body = await ctx.post(
          path`/service/${serviceId}/vms/${vmId}/rebuild`,
          { template: template ?? '' },
          { optional: true },
        );
        return { info: infoOf(body) };
      });
    },

    /** Polls the VM until it is no longer busy (or the time is up); returns the last state read. */
    async waitForVmSettled(serviceId: string, vmId: string, options: WaitOptions = {}): Promise<Vm> {
      const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
      const clock = options.clock ?? Date.now;
      const deadline = clock() + (options.timeoutMs ?? 120_000);
      for (;;) {
        const vm = await getVm(serviceId, vmId);
        if (!isVmBusy(vm.state) || clock() >= deadline) return vm;
        await sleep(options.intervalMs ?? 2_000);
      }
    },

    async listTemplates(serviceId: string): Promise<VmTemplate[]> {
      const body = await ctx.get(path`/service/${serviceId}/templates`, { optional: true });
      const rows = Array.isArray(body)
        ? rawListOrMap.parse(body)
        : parseWith(z.object({ templates: rawListOrMap }).catchall(z.unknown()), body).templates;
      return rows.map(toTemplate);
    },

    async getResources(serviceId: string): Promise<VmResources> {
      const body = parseWith(
        z.record(z.string(), z.unknown()),
        await ctx.get(path`/service/${serviceId}/resources`, { optional: true }),
      );
      const resources = isRaw(body.resources) || Array.isArray(body.resources) ? body.resources : body;
      const items = rawListOrMap.safeParse(resources);
      const flavors = rawListOrMap.safeParse(body.flavors);
      return {
        items: (items.success ? items.data : [])
          .filter((raw) => raw !== body)
          .map((raw) => ({
            name: text(pick(raw, 'name', 'title', 'resource')) ?? '',
            used: num(raw.used),
            total: num(pick(raw, 'total', 'limit', 'max')),
            unit: text(raw.unit),
          })),
        flavors: (flavors.success ? flavors.data : []).map((raw) => ({
          id: id(pick(raw, 'id', 'flavor_id')) ?? '',
          name: text(pick(raw, 'name', 'title')) ?? '',
          cpu: int(pick(raw, 'cpu', 'vcpus')),
          memoryMb: num(pick(raw, 'memory', 'ram', 'memory_mb')),
          diskGb: num(pick(raw, 'disk', 'disk_gb')),
        })),
      };
    },

    async listIps(serviceId: string): Promise<ServiceIp[]> {
      const body = await ctx.get(path`/service/${serviceId}/ip`, { optional: true });
      const parsed = parseWith(z.record(z.string(), z.unknown()).or(z.array(z.unknown())), body);
      const source = Array.isArray(parsed) ? parsed : (parsed.ips ?? parsed.ip ?? parsed.addresses ?? []);
      const list = Array.isArray(source) ? source : isRaw(source) ? Object.values(source) : [];
      return list
        .map((entry) => (typeof entry === 'string' ? { address: entry } : entry))
        .filter(isRaw)
        .map(toIp)
        .filter((ip): ip is ServiceIp => ip !== null);
    },
  };
}
