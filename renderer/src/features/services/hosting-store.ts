/**
 * VMs with an action request on its way (before the portal answered): UI state shared by the
 * buttons, the state badges and the bulk bar, so the same action cannot be sent twice.
 */
import { create } from 'zustand';
import type { VmAction } from '../../../../common/schemas/hostbill';

export type VmTarget = { readonly serviceId: string; readonly vmId: string };
export const vmKey = (t: VmTarget) => `${t.serviceId}:${t.vmId}`;

interface SendingState {
  readonly sending: Readonly<Record<string, VmAction | 'rebuild'>>;
  mark(keys: readonly string[], what: VmAction | 'rebuild'): void;
  clear(keys: readonly string[]): void;
}

export const useSendingStore = create<SendingState>((set, get) => ({
  sending: {},
  mark: (keys, what) => set({ sending: { ...get().sending, ...Object.fromEntries(keys.map((key) => [key, what])) } }),
  clear(keys) {
    const next = { ...get().sending };
    for (const key of keys) delete next[key];
    set({ sending: next });
  },
}));
