/**
 * VM power state machine. Every action passes through a transitional status for `vmActionSeconds`
 * and then settles, like a real hypervisor task, so clients must poll:
 *
 *   stop      running | rescue      → stopping   → stopped
 *   start     stopped               → starting   → running
 *   reboot    running               → rebooting  → running
 *   rescue    running | stopped     → rescuing   → rescue
 *   unrescue  rescue                → unrescuing → running
 *   rebuild   running | stopped     → rebuilding → running (with the new template)
 *   create                          → building   → running
 *
 * A VM in a transitional status refuses any action with HTTP 200 `{"error": ["VM is busy: another task is in
 * progress"]}`; an action that does not fit the settled status answers `{"error": ["Cannot <action> a VM that
 * is <status>"]}`. Real timers (cleared on close) keep `state` accurate for tests that inspect it.
 */
import type { VmRecord, VmStatus } from './state';

export type VmAction = 'stop' | 'start' | 'reboot' | 'rescue' | 'unrescue' | 'rebuild';

interface Transition {
  readonly from: readonly VmStatus[];
  readonly via: VmStatus;
  readonly to: VmStatus;
}

const TRANSITIONS: Readonly<Record<VmAction, Transition>> = {
  stop: { from: ['running', 'rescue'], via: 'stopping', to: 'stopped' },
  start: { from: ['stopped'], via: 'starting', to: 'running' },
  reboot: { from: ['running'], via: 'rebooting', to: 'running' },
  rescue: { from: ['running', 'stopped'], via: 'rescuing', to: 'rescue' },
  unrescue: { from: ['rescue'], via: 'unrescuing', to: 'running' },
  rebuild: { from: ['running', 'stopped'], via: 'rebuilding', to: 'running' },
};

export const VM_ACTIONS = Object.keys(TRANSITIONS) as VmAction[];

const TRANSITIONAL: ReadonlySet<VmStatus> = new Set([
  'building',
  'starting',
  'stopping',
  'rebooting',
  'rebuilding',
  'rescuing',
  'unrescuing',
]);

export function isBusy(vm: VmRecord): boolean {
  return TRANSITIONAL.has(vm.status);
}

export const VM_BUSY_ERROR = 'VM is busy: another task is in progress';

export interface VmTimers {
  readonly actionMs: number;
  schedule(task: () => void): void;
  clear(): void;
}

export function createVmTimers(actionSeconds: number): VmTimers {
  const handles = new Set<NodeJS.Timeout>();
  const actionMs = Math.max(0, actionSeconds * 1000);
  return {
    actionMs,
    schedule(task) {
      const handle = setTimeout(() => {
        handles.delete(handle);
        task();
      }, actionMs);
      // The demo app may keep a sandbox open; a pending VM task must not keep Node alive on its own.
      handle.unref();
      handles.add(handle);
    },
    clear() {
      for (const handle of handles) clearTimeout(handle);
      handles.clear();
    },
  };
}

/** Starts an action; returns an error message when the VM cannot take it now. */
export function startVmAction(
  vm: VmRecord,
  action: VmAction,
  timers: VmTimers,
  onSettled?: (vm: VmRecord) => void,
): string | undefined {
  if (isBusy(vm)) return VM_BUSY_ERROR;
  const transition = TRANSITIONS[action];
  if (!transition.from.includes(vm.status)) return `Cannot ${action} a VM that is ${vm.status}`;
  vm.status = transition.via;
  timers.schedule(() => {
    vm.status = transition.to;
    onSettled?.(vm);
  });
  return undefined;
}

/** A freshly created VM builds, then runs. */
export function startBuild(vm: VmRecord, timers: VmTimers): void {
  vm.status = 'building';
  timers.schedule(() => {
    vm.status = 'running';
  });
}
