import type { ReactElement } from 'react';
import type { VmActionResult } from '../../../../common/channels/hosting';
import type { Vm } from '../../../../common/models/hostbill';
import type { VmAction } from '../../../../common/schemas/hostbill';
import { Button } from '../../components/button';
import { ACTION_LABELS } from './format';
import { vmKey } from './hosting-store';
import { progressOf, progressText } from './vm-progress';
import { vmName } from './vm-state';

const nameOf = (vm: Vm | undefined) => (vm ? vmName(vm) : null);

/** A bulk action's answer with, per VM, the VM as the list held it when the answer came. */
export interface BulkOutcome {
  readonly action: VmAction;
  readonly results: readonly VmActionResult[];
  readonly baselines: ReadonlyMap<string, Vm>;
  /** VMs the action was not sent to, by the same rules as one VM's buttons. */
  readonly skipped: readonly { readonly name: string; readonly reason: string }[];
}

/** The line's record of what was sent, for vm-progress. */
export const sentOf = (outcome: BulkOutcome, result: VmActionResult) => ({
  action: outcome.action,
  readback: result.state,
  baseline: outcome.baselines.get(vmKey(result)) ?? null,
  info: [],
});

/**
 * One line per VM of a bulk action, kept current: "Reboot in progress: the VM is rebooting." until
 * that VM settles, then "Reboot done: the VM is running."; refused ones give the portal's reason.
 */
export function BulkResults({
  outcome,
  live,
  onClose,
}: {
  outcome: BulkOutcome;
  /** The VM as the list holds it now. */
  live: (key: string) => Vm | undefined;
  onClose: () => void;
}): ReactElement {
  const { action, results, skipped } = outcome;
  const failed = results.filter((r) => !r.ok).length;
  const pending = results.filter((r) => r.ok && !progressOf(sentOf(outcome, r), live(vmKey(r))).settled).length;
  const sent = results.length - failed;
  return (
    <div
      className={`notice ${failed ? 'notice-warning' : pending ? 'notice-info' : 'notice-success'}`}
      role="status"
      aria-label="Bulk action results"
    >
      <div className="stack" style={{ gap: 6, flex: 1 }}>
        <span className="notice-title">
          {ACTION_LABELS[action]}: {sent} sent
          {failed ? `, ${failed} refused` : ''}
          {skipped.length ? `, ${skipped.length} skipped` : ''}
          {sent > 0 && (pending > 0 ? ` · ${pending} in progress` : ' · all settled')}
        </span>
        <ul className="bulk-results">
          {results.map((r) => (
            <li key={vmKey(r)}>
              <strong>{r.label ?? nameOf(live(vmKey(r))) ?? r.vmId}</strong>{' '}
              {r.ok ? (
                <span>— {progressText(sentOf(outcome, r), live(vmKey(r)))}</span>
              ) : (
                <span className="hosting-error">— Refused. {r.error?.message ?? ''}</span>
              )}
            </li>
          ))}
          {skipped.map((s) => (
            <li key={`skipped:${s.name}`}>
              <strong>{s.name}</strong> <span className="muted">— skipped: {s.reason}</span>
            </li>
          ))}
        </ul>
      </div>
      <Button size="small" variant="ghost" icon="close" aria-label="Dismiss results" onClick={onClose} />
    </div>
  );
}
