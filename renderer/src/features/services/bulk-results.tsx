import type { ReactElement } from 'react';
import type { VmActionResult } from '../../../../common/channels/hosting';
import type { VmAction } from '../../../../common/schemas/hostbill';
import { Button } from '../../components/button';
import { ACTION_LABELS } from './format';

/** One line per VM of a bulk action: sent (and its state now) or refused, with the portal's reason. */
export function BulkResults({
  action,
  results,
  skipped = [],
  onClose,
}: {
  action: VmAction;
  results: readonly VmActionResult[];
  /** VMs the action was not sent to, by the same rules as one VM's buttons. */
  skipped?: readonly { readonly name: string; readonly reason: string }[];
  onClose: () => void;
}): ReactElement {
  const failed = results.filter((r) => !r.ok).length;
  return (
    <div
      className={`notice ${failed ? 'notice-warning' : 'notice-success'}`}
      role="status"
      aria-label="Bulk action results"
    >
      <div className="stack" style={{ gap: 6, flex: 1 }}>
        <span className="notice-title">
          {ACTION_LABELS[action]}: {results.length - failed} sent
          {failed ? `, ${failed} refused` : ''}
          {skipped.length ? `, ${skipped.length} skipped` : ''}
        </span>
        <ul className="bulk-results">
          {results.map((r) => (
            <li key={`${r.serviceId}:${r.vmId}`}>
              <strong>{r.label ?? r.vmId}</strong>{' '}
              {r.ok ? (
                <span>— sent{r.state ? `, now ${r.state}` : ''}</span>
              ) : (
                <span className="hosting-error">— {r.error?.message ?? 'refused'}</span>
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
