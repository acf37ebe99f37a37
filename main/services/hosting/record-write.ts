/**
 * The hosting writes' entries in the activity log. These writes keep their own re-read logic (the
 * portal answers them with "info" lines only), so they record directly rather than via portalWrite:
 * done, refused with the portal's message, or unknown after a drop with what the re-read found.
 */
import type { AppError } from '../../../common/errors';
import type { Vm } from '../../../common/models/hostbill';
import type { ActivityDescription, ActivityRecorder } from '../activity-recorder';

export interface WriteLogDeps {
  readonly activity: ActivityRecorder;
  readonly clock: () => number;
}

const UNKNOWN = new Set<AppError['kind']>(['network', 'timeout']);

export function isUnknownOutcome(error: AppError): boolean {
  return UNKNOWN.has(error.kind);
}

/** Records a write; `error` null means done. `found` is what a re-read showed after an unknown outcome. */
export function recordWrite(
  deps: WriteLogDeps,
  accountId: string,
  description: ActivityDescription,
  error: AppError | null,
  found?: string,
): void {
  // `offline`: nothing was sent, so there is no write to record.
  if (error?.kind === 'offline') return;
  const outcome = error === null ? 'done' : isUnknownOutcome(error) ? 'unknown' : 'refused';
  const message =
    outcome === 'unknown'
      ? `${error!.message} Re-read: ${found ?? 'the state could not be read back.'}`
      : (error?.message ?? null);
  deps.activity.record({
    ...description,
    accountId,
    accountKind: 'hostbill',
    outcome,
    message,
    at: new Date(deps.clock()).toISOString(),
  });
}

/** What a VM read back after a write looked like, in words for the log. */
export function vmFound(vm: Vm | null): string {
  return vm ? `the VM is ${vm.state ?? 'in an unknown state'}.` : 'the VM could not be read back.';
}

export const vmTarget = (vm: Pick<Vm, 'label' | 'hostname'> | null, vmId: string) =>
  `vm ${vm?.label ?? vm?.hostname ?? vmId}`;
