import type { ReactElement } from 'react';
import { isVmBusy, type Vm } from '../../../../common/models/hostbill';
import { StatusBadge } from '../../components/status-badge';
import { VM_TONES } from './format';
import { useSendingStore, vmKey } from './hosting-store';

/** The VM's state as a badge; a spinner while an action is on its way or the VM is still busy. */
export function VmStateBadge({ vm }: { vm: Vm }): ReactElement {
  const sending = useSendingStore((state) => state.sending[vmKey({ serviceId: vm.serviceId ?? '', vmId: vm.id })]);
  const busy = sending !== undefined || isVmBusy(vm.state);
  return (
    <StatusBadge
      status={sending ? `sending ${sending}…` : vm.state}
      tones={VM_TONES}
      {...(busy ? { tone: 'info' as const, busy } : {})}
      testId="vm-state"
    />
  );
}

export const vmName = (vm: Vm): string => vm.label ?? vm.hostname ?? vm.id;

export function formatResources(vm: Vm): string {
  const parts = [
    vm.cpu !== null ? `${vm.cpu} vCPU` : null,
    vm.memoryMb !== null
      ? vm.memoryMb >= 1024
        ? `${+(vm.memoryMb / 1024).toFixed(1)} GB RAM`
        : `${vm.memoryMb} MB RAM`
      : null,
    vm.diskGb !== null ? `${vm.diskGb} GB disk` : null,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : '—';
}
