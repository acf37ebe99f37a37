/**
 * The Services & VMs store: cached lists and details as main answers them, re-read whenever main
 * says a resource changed, and the write actions (which answer Results for the forms to show).
 */
import { create } from 'zustand';
import {
  hostingKeys,
  type HostingService,
  type ServiceDetail,
  type UpgradeOptions,
  type UpgradeRequestArgs,
  type VmActionResult,
  type VmBuildOptions,
  type VmDetail,
} from '../../../../common/channels/hosting';
import type { AppError } from '../../../../common/errors';
import type { Cached } from '../../../../common/models/cached';
import type { PortalInfo, UpgradeEstimate, Vm } from '../../../../common/models/hostbill';
import type { Result } from '../../../../common/result';
import type { VmAction, VmCreateInput } from '../../../../common/schemas/hostbill';
import { call, onEvent } from '../../lib/api';

export type VmTarget = { readonly serviceId: string; readonly vmId: string };
export const vmKey = (t: VmTarget) => `${t.serviceId}:${t.vmId}`;

interface HostingState {
  readonly accountId: string | null;
  readonly services: Cached<readonly HostingService[]> | null;
  readonly vms: Cached<readonly Vm[]> | null;
  /** Why a read call itself failed (not a refresh: that is in the Cached's lastError). */
  readonly error: AppError | null;
  readonly refreshing: boolean;
  readonly serviceDetails: Readonly<Record<string, Cached<ServiceDetail | null>>>;
  readonly vmDetails: Readonly<Record<string, Cached<VmDetail | null>>>;
  readonly buildOptions: Readonly<Record<string, Cached<VmBuildOptions>>>;
  /** VMs with an action request on its way (before the portal answered). */
  readonly sending: Readonly<Record<string, VmAction | 'rebuild'>>;
  activate(accountId: string): void;
  loadServices(): Promise<void>;
  loadVms(): Promise<void>;
  loadService(serviceId: string): Promise<void>;
  loadVm(target: VmTarget): Promise<void>;
  loadBuildOptions(serviceId: string): Promise<void>;
  refresh(): Promise<void>;
  setLabel(serviceId: string, label: string): Promise<Result<HostingService>>;
  upgradeOptions(serviceId: string): Promise<Result<UpgradeOptions>>;
  upgrade(request: Omit<UpgradeRequestArgs, 'accountId'>): Promise<Result<UpgradeEstimate>>;
  cancel(serviceId: string, immediate: boolean, reason: string): Promise<Result<PortalInfo>>;
  vmAction(target: VmTarget, action: VmAction): Promise<Result<VmActionResult>>;
  bulkAction(targets: readonly VmTarget[], action: VmAction): Promise<Result<readonly VmActionResult[]>>;
  rebuild(target: VmTarget, template: string, confirmLabel: string): Promise<Result<VmActionResult>>;
  createVm(serviceId: string, vm: VmCreateInput): Promise<Result<Vm | null>>;
}

const noAccount: AppError = { kind: 'validation', message: 'Choose a HostBill account first.' };

export const useHostingStore = create<HostingState>((set, get) => {
  let listening = false;
  // Details the screens asked for, known from the moment of asking: a cache.changed event can
  // arrive before the answer to the read that started the refresh, and must not be dropped then.
  const wanted = { services: new Set<string>(), vms: new Set<string>(), build: new Set<string>() };
  // Only the newest answer per read is applied, whatever order the answers come back in.
  let sequence = 0;
  const latest = new Map<string, number>();
  const ticket = (key: string) => {
    const mine = (sequence += 1);
    latest.set(key, mine);
    return () => latest.get(key) === mine;
  };
  const withAccount = async <T>(run: (accountId: string) => Promise<Result<T>>): Promise<Result<T>> => {
    const accountId = get().accountId;
    return accountId ? run(accountId) : { ok: false, error: noAccount };
  };
  /** Answers for an account the user has since switched away from are dropped. */
  const current = (accountId: string) => get().accountId === accountId;

  function listen() {
    if (listening) return;
    listening = true;
    onEvent('cache.changed', ({ accountId, resource }) => {
      const state = get();
      if (accountId !== state.accountId) return;
      const parsed = hostingKeys.parse(resource);
      if (parsed?.name === 'services') {
        void state.loadServices();
        for (const serviceId of wanted.services) void state.loadService(serviceId);
      } else if (parsed?.name === 'vms') void state.loadVms();
      else if (parsed?.name === 'service') {
        if (wanted.services.has(parsed.serviceId)) void state.loadService(parsed.serviceId);
      } else if (parsed?.name === 'vm') {
        if (wanted.vms.has(vmKey(parsed))) void state.loadVm(parsed);
      } else if (parsed?.name === 'build') {
        if (wanted.build.has(parsed.serviceId)) void state.loadBuildOptions(parsed.serviceId);
      }
    });
  }

  return {
    accountId: null,
    services: null,
    vms: null,
    error: null,
    refreshing: false,
    serviceDetails: {},
    vmDetails: {},
    buildOptions: {},
    sending: {},

    activate(accountId) {
      listen();
      if (get().accountId !== accountId) {
        for (const keys of Object.values(wanted)) keys.clear();
        set({
          accountId,
          services: null,
          vms: null,
          error: null,
          serviceDetails: {},
          vmDetails: {},
          buildOptions: {},
          sending: {},
        });
      }
      void get().loadServices();
      void get().loadVms();
    },
    async loadServices() {
      await withAccount(async (accountId) => {
        const fresh = ticket('services');
        const result = await call((api) => api.services.list({ accountId }));
        if (current(accountId) && fresh())
          set(result.ok ? { services: result.value, error: null } : { error: result.error });
        return result;
      });
    },
    async loadVms() {
      await withAccount(async (accountId) => {
        const fresh = ticket('vms');
        const result = await call((api) => api.vms.list({ accountId }));
        if (current(accountId) && fresh())
          set(result.ok ? { vms: result.value, error: null } : { error: result.error });
        return result;
      });
    },
    async loadService(serviceId) {
      await withAccount(async (accountId) => {
        wanted.services.add(serviceId);
        const fresh = ticket(`service:${serviceId}`);
        const result = await call((api) => api.services.get({ accountId, serviceId }));
        if (!current(accountId) || !fresh()) return result;
        if (result.ok) set({ serviceDetails: { ...get().serviceDetails, [serviceId]: result.value } });
        else if (!result.ok) set({ error: result.error });
        return result;
      });
    },
    async loadVm(target) {
      await withAccount(async (accountId) => {
        wanted.vms.add(vmKey(target));
        const fresh = ticket(`vm:${vmKey(target)}`);
        const result = await call((api) => api.vms.get({ accountId, ...target }));
        if (!current(accountId) || !fresh()) return result;
        if (result.ok) set({ vmDetails: { ...get().vmDetails, [vmKey(target)]: result.value } });
        else if (!result.ok) set({ error: result.error });
        return result;
      });
    },
    async loadBuildOptions(serviceId) {
      await withAccount(async (accountId) => {
        wanted.build.add(serviceId);
        const fresh = ticket(`build:${serviceId}`);
        const result = await call((api) => api.vms.templates({ accountId, serviceId }));
        if (current(accountId) && fresh() && result.ok)
          set({ buildOptions: { ...get().buildOptions, [serviceId]: result.value } });
        return result;
      });
    },
    async refresh() {
      set({ refreshing: true });
      await withAccount(async (accountId) => {
        const fresh = ticket('services');
        const result = await call((api) => api.services.refresh({ accountId }));
        if (current(accountId) && fresh()) set(result.ok ? { services: result.value } : { error: result.error });
        await get().loadVms();
        return result;
      });
      set({ refreshing: false });
    },
    setLabel: (serviceId, label) =>
      withAccount((accountId) => call((api) => api.services.setLabel({ accountId, serviceId, label }))),
    upgradeOptions: (serviceId) =>
      withAccount((accountId) => call((api) => api.services.upgradeOptions({ accountId, serviceId }))),
    upgrade: (request) => withAccount((accountId) => call((api) => api.services.upgrade({ ...request, accountId }))),
    cancel: (serviceId, immediate, reason) =>
      withAccount((accountId) => call((api) => api.services.cancel({ accountId, serviceId, immediate, reason }))),
    async vmAction(target, action) {
      return sendingWhile([target], action, () =>
        withAccount((accountId) => call((api) => api.vms.action({ accountId, ...target, action }))),
      );
    },
    bulkAction: (targets, action) =>
      sendingWhile(targets, action, () =>
        withAccount((accountId) => call((api) => api.vms.bulkAction({ accountId, targets: [...targets], action }))),
      ),
    rebuild: (target, template, confirmLabel) =>
      sendingWhile([target], 'rebuild', () =>
        withAccount((accountId) => call((api) => api.vms.rebuild({ accountId, ...target, template, confirmLabel }))),
      ),
    createVm: (serviceId, vm) =>
      withAccount((accountId) => call((api) => api.vms.create({ accountId, serviceId, vm }))),
  };

  /** Marks VMs as "sending" until main answered, so the buttons cannot send the same action twice. */
  async function sendingWhile<T extends Result<VmActionResult | readonly VmActionResult[]>>(
    targets: readonly VmTarget[],
    what: VmAction | 'rebuild',
    run: () => Promise<T>,
  ): Promise<T> {
    const keys = targets.map(vmKey);
    set({ sending: { ...get().sending, ...Object.fromEntries(keys.map((key) => [key, what])) } });
    try {
      const result = await run();
      if (result.ok) showStates(Array.isArray(result.value) ? result.value : [result.value as VmActionResult]);
      return result;
    } finally {
      const next = { ...get().sending };
      for (const key of keys) delete next[key];
      set({ sending: next });
    }
  }

  /**
   * The portal's answer to an action carries the VM's new state: show it at once rather than wait
   * for the cache.changed round trip (a short action could otherwise settle before it is seen).
   */
  function showStates(results: readonly VmActionResult[]) {
    const states = new Map(results.filter((r) => r.state !== null).map((r) => [vmKey(r), r.state]));
    if (states.size === 0) return;
    const patch = (vm: Vm): Vm => {
      const state = states.get(vmKey({ serviceId: vm.serviceId ?? '', vmId: vm.id }));
      return state === undefined ? vm : { ...vm, state };
    };
    const { vms, vmDetails } = get();
    const details = { ...vmDetails };
    for (const [key, cached] of Object.entries(details)) {
      if (cached.data && states.has(key))
        details[key] = { ...cached, data: { ...cached.data, vm: patch(cached.data.vm) } };
    }
    set({ vms: vms ? { ...vms, data: vms.data.map(patch) } : vms, vmDetails: details });
  }
});
