/**
 * What became of an action sent to a VM, in words: "Reboot in progress: the VM is rebooting.",
 * then "Reboot done: the VM is running." once it settled. The portal answers an action with the VM
 * read back (usually busy); main then polls it and the screen re-reads. A line is only called done
 * on a read newer than that answer: until one arrives the screen may still hold the VM as it was
 * before the action (a reboot's "running"), which says nothing about how the action went.
 */
import type { Cached } from '../../../../common/models/cached';
import { isVmBusy, type Vm } from '../../../../common/models/hostbill';
import type { VmAction } from '../../../../common/schemas/hostbill';
import { isOffline } from '../../components/sync-status';
import { ACTION_LABELS } from './format';

export type SentAction = VmAction | 'rebuild';

export interface SentRecord {
  readonly action: SentAction;
  /** The state the VM was read back in with the portal's answer; null when it could not be read back. */
  readonly readback: string | null;
  /** The VM object the screen held when the answer came: any later read is a different object. */
  readonly baseline: Vm | null;
  /** The portal's own words about the request ("Reboot request has been sent"). */
  readonly info: readonly string[];
}

export interface Progress {
  /** The VM's state as far as the screen knows it after the action. */
  readonly state: string | null;
  readonly settled: boolean;
  /** The VM could not be read back after the action: its state is unknown. */
  readonly unknown: boolean;
}

const RUNNING = ['running', 'active', 'on'];
/** Where each action should leave the VM; another settled state means it ended otherwise. */
const EXPECTED: Readonly<Record<SentAction, readonly string[]>> = {
  start: RUNNING,
  stop: ['stopped', 'off', 'shutoff'],
  reboot: RUNNING,
  rescue: ['rescue'],
  unrescue: RUNNING,
  rebuild: RUNNING,
};

export const sentLabel = (action: SentAction): string => (action === 'rebuild' ? 'Rebuild' : ACTION_LABELS[action]);

export function progressOf(sent: SentRecord, live: Vm | null | undefined): Progress {
  const newer = live !== undefined && live !== null && live !== sent.baseline;
  if (!newer && sent.readback === null) return { state: null, settled: true, unknown: true };
  const state = newer ? live.state : sent.readback;
  return { state, settled: !isVmBusy(state), unknown: false };
}

/** One or two sentences: what the action is doing or did, and the VM's state. */
export function progressText(sent: SentRecord, live: Vm | null | undefined): string {
  const label = sentLabel(sent.action);
  const progress = progressOf(sent, live);
  if (progress.unknown) return `${label} sent. The VM could not be read back: refresh to see its state.`;
  const state = progress.state ?? 'in an unknown state';
  if (!progress.settled) {
    const portal = sent.info.map(asSentence).join(' ');
    return `${label} in progress: the VM is ${state}.${portal ? ` The portal said: ${portal}` : ''}`;
  }
  const expected = EXPECTED[sent.action].includes(progress.state?.toLowerCase() ?? '');
  return `${label} ${expected ? 'done' : 'ended'}: the VM is ${state}.`;
}

/** Why the VM takes no other action now (an action of ours still in progress), or null. */
export function pendingBlocker(sent: SentRecord | null, live: Vm | null | undefined): string | null {
  if (!sent || progressOf(sent, live).settled) return null;
  return `${sentLabel(sent.action)} in progress: wait until the VM settles.`;
}

const asSentence = (text: string) => (/[.!?…]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/**
 * The line under an empty section of the VM page: a list the portal answered empty is "lists no
 * …"; one never loaded says why (offline, or the last read failed) rather than claiming the portal
 * has none.
 */
export function missingText(
  what: 'resources' | 'templates',
  loaded: boolean,
  cached: Pick<Cached<unknown>, 'refreshing' | 'lastError'>,
  offline: boolean,
): string {
  if (cached.refreshing) return 'Reading from the portal…';
  if (loaded) return `The portal lists no ${what}.`;
  if (offline || isOffline(cached)) return `The ${what} could not be loaded while offline.`;
  if (cached.lastError) return `The ${what} could not be loaded: the last read failed.`;
  return `The portal lists no ${what}.`;
}
