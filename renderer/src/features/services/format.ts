/** Display helpers of the Services & VMs area: money, dates, badge tones, which actions fit a state. */
import { isVmBusy } from '../../../../common/models/hostbill';
import type { VmAction } from '../../../../common/schemas/hostbill';
import type { StatusTones } from '../../components/status-badge';

const moneyFormats = new Map<string, Intl.NumberFormat | null>();

/** The amount with its currency: the locale's form for an ISO code, else the amount and the code as sent. */
export function formatMoney(amount: number | null, currency: string | null): string {
  if (amount === null) return '—';
  if (!currency) return amount.toFixed(2);
  if (!moneyFormats.has(currency)) {
    try {
      moneyFormats.set(currency, new Intl.NumberFormat(undefined, { style: 'currency', currency }));
    } catch {
      moneyFormats.set(currency, null);
    }
  }
  const format = moneyFormats.get(currency);
  return format ? format.format(amount) : `${amount.toFixed(2)} ${currency}`;
}

export function formatDate(iso: string | null): string {
  if (!iso) return '—';
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(undefined, { dateStyle: 'medium' });
}

/** A next-due date before today (local time): the service is overdue unless it has ended. */
export function isOverdue(nextDue: string | null, status: string, now: Date = new Date()): boolean {
  if (!nextDue || !/^\d{4}-\d{2}-\d{2}/.test(nextDue)) return false;
  if (/terminated|cancelled|canceled|fraud/i.test(status)) return false;
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return nextDue.slice(0, 10) < today;
}

/** Service statuses are free strings: known ones get a tone, unknown ones are shown as they come. */
export const SERVICE_TONES: StatusTones = {
  active: 'ok',
  pending: 'info',
  suspended: 'warn',
  terminated: 'bad',
  cancelled: 'bad',
  canceled: 'bad',
  fraud: 'bad',
};

/** Settled VM states; a VM still carrying out an action is shown as busy ('info') by its badge. */
export const VM_TONES: StatusTones = {
  running: 'ok',
  active: 'ok',
  on: 'ok',
  stopped: 'neutral',
  off: 'neutral',
  shutoff: 'neutral',
  rescue: 'warn',
  error: 'bad',
  suspended: 'bad',
};

export const ACTION_LABELS: Readonly<Record<VmAction, string>> = {
  start: 'Start',
  stop: 'Stop',
  reboot: 'Reboot',
  rescue: 'Rescue',
  unrescue: 'Unrescue',
};

/** Which settled states an action makes sense from; an unknown state allows everything (the portal decides). */
const FROM: Readonly<Record<VmAction, readonly string[]>> = {
  start: ['stopped', 'off', 'shutoff'],
  stop: ['running', 'rescue', 'active', 'on'],
  reboot: ['running', 'active', 'on'],
  rescue: ['running', 'stopped', 'active', 'on', 'off', 'shutoff'],
  unrescue: ['rescue'],
};
const KNOWN = new Set(Object.values(FROM).flat());

/** null when the action can be sent, else why not (shown as the button's description). */
export function actionBlocker(action: VmAction, state: string | null): string | null {
  if (isVmBusy(state)) return `The VM is ${state}: wait until it settles.`;
  const s = state?.toLowerCase() ?? '';
  if (!KNOWN.has(s)) return null;
  return FROM[action].includes(s) ? null : `Not possible while the VM is ${state}.`;
}

export const OFFLINE_REASON = 'Offline: changes are disabled until the portal can be reached.';

/** HostBill answers billing cycles as one-letter codes in some places ("m"), titles in others. */
const CYCLE_CODES: Readonly<Record<string, string>> = {
  d: 'day',
  w: 'week',
  m: 'month',
  q: 'quarter',
  s: 'half year',
  a: 'year',
  b: '2 years',
  t: '3 years',
};
export const cycleText = (cycle: string): string => CYCLE_CODES[cycle.toLowerCase()] ?? cycle;

/** The portal's resource names as people say them; a name it adds later shows as sent. */
const RESOURCE_NAMES: Readonly<Record<string, string>> = {
  vms: 'Servers',
  cpu: 'CPU',
  memory: 'Memory',
  disk: 'Disk',
  ipv4: 'IPv4 addresses',
  ipv6: 'IPv6 addresses',
  bandwidth: 'Bandwidth',
};

/**
 * "Memory (MB)": the unit goes with the name, so the figures stand alone ("1 servers" otherwise);
 * a unit that only repeats the name (servers, addresses) is left out.
 */
export function resourceLabel(name: string, unit: string | null): string {
  const label = RESOURCE_NAMES[name.toLowerCase()] ?? name;
  if (!unit || label.toLowerCase().includes(unit.toLowerCase())) return label;
  return `${label} (${unit})`;
}
