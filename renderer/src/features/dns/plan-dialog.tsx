/**
 * The plan before anything is sent: each change as before → after, the counts, the warnings, and
 * (for a mass change or an apex NS change) the zone name to type. Apply answers one result per
 * change; the failed ones go back to the pending changes to fix and retry.
 */
import { useEffect, useState, type ReactElement } from 'react';
import type { DnsChangeResult } from '../../../../common/dns/types';
import type { DnsChange, DnsPlan, DnsRecordValue, PlannedChange } from '../../../../common/dns/types';
import { confirmsZone } from '../../../../common/dns/planner';
import { contentSummary, readableTtl } from '../../../../common/dns/format';
import type { AppError } from '../../../../common/errors';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { ErrorNotice } from '../../components/error-notice';
import { Field } from '../../components/field';
import { applyChanges, planChanges, type ZoneRef } from './dns-calls';

const OP_LABEL = { create: 'Add', update: 'Change', delete: 'Delete' } as const;

function RecordText({ record }: { record: DnsRecordValue | null }): ReactElement {
  if (!record) return <span className="muted">—</span>;
  const priority = record.type === 'MX' ? `${record.priority ?? 0} ` : '';
  return (
    <span className="dns-plan-record">
      <strong>{record.name}</strong> {record.type} {readableTtl(record.ttl)} {priority}
      <span className="dns-wrap">{contentSummary(record)}</span>
    </span>
  );
}

function ChangeRow({ change, result }: { change: PlannedChange; result?: DnsChangeResult }): ReactElement {
  return (
    <li className="dns-plan-change" data-op={change.op}>
      <span
        className={`badge ${change.op === 'delete' ? 'badge-danger' : change.op === 'create' ? 'badge-success' : 'badge-info'}`}
      >
        {change.noop ? 'Unchanged' : OP_LABEL[change.op]}
      </span>
      <RecordText record={change.before} />
      <span aria-label="becomes">→</span>
      <RecordText record={change.after} />
      {result && (
        <span className={result.ok ? 'dns-result-ok' : 'dns-result-failed'} role="status">
          {result.ok ? '✓ ' : '✗ '}
          {result.message}
        </span>
      )}
    </li>
  );
}

/** Field errors of a refused plan, as lines naming the change. */
function planErrors(error: AppError): string[] {
  return Object.entries(error.details ?? {}).map(([key, message]) => {
    const match = /^changes\.(\d+)\.(?:record\.)?(.+)$/.exec(key);
    return match ? `Change ${Number(match[1]) + 1}, ${match[2]}: ${message}` : message;
  });
}

export function PlanDialog({
  zoneRef,
  zone,
  changes,
  planned = null,
  onClose,
  onApplied,
}: {
  zoneRef: ZoneRef;
  zone: string;
  changes: readonly DnsChange[];
  /** A plan already worked out for these changes (an import's, with its notes among the warnings). */
  planned?: DnsPlan | null;
  onClose: () => void;
  /** After an apply: the changes that failed, to keep pending. */
  onApplied: (failed: readonly DnsChange[]) => void;
}): ReactElement {
  const [plan, setPlan] = useState<DnsPlan | null>(planned);
  const [error, setError] = useState<AppError | null>(null);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [results, setResults] = useState<readonly DnsChangeResult[] | null>(null);

  useEffect(() => {
    if (planned) return;
    let live = true;
    void planChanges(zoneRef, changes).then((answer) => {
      if (!live) return;
      if (answer.ok) setPlan(answer.value);
      else setError(answer.error);
    });
    return () => {
      live = false;
    };
  }, [zoneRef, changes, planned]);

  async function apply() {
    setBusy(true);
    const answer = await applyChanges(zoneRef, changes, plan?.needsConfirmation ? typed.trim() : undefined);
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setResults(answer.value.results);
    onApplied(answer.value.results.filter((r) => !r.ok).map((r) => changes[r.index]!));
  }

  const failed = results?.filter((r) => !r.ok).length ?? 0;
  const canApply = plan !== null && !results && (!plan.needsConfirmation || confirmsZone(typed, zone));
  return (
    <Dialog
      title={results ? 'Plan applied' : `Plan for ${zone}`}
      description={
        results
          ? `${results.length - failed} done, ${failed} failed: the table shows the portal's state.`
          : 'Nothing has been sent yet.'
      }
      onClose={onClose}
      footer={
        results ? (
          <Button variant="primary" onClick={onClose}>
            Close
          </Button>
        ) : (
          <>
            <Button onClick={onClose}>Cancel</Button>
            <Button variant="primary" busy={busy} disabled={!canApply || busy} onClick={() => void apply()}>
              Apply {plan ? plan.changes.filter((c) => !c.noop).length : ''} changes
            </Button>
          </>
        )
      }
    >
      <div className="stack dns-plan" aria-label="Plan">
        {error && <ErrorNotice error={error} />}
        {error && planErrors(error).length > 0 && (
          <ul className="dns-plan-errors">
            {planErrors(error).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
        {!plan && !error && <p className="muted">Working out the plan…</p>}
        {plan && (
          <>
            <p className="dns-plan-counts" data-testid="plan-counts">
              {plan.counts.create} to add · {plan.counts.update} to change · {plan.counts.delete} to delete ·{' '}
              {plan.counts.unchanged} unchanged
            </p>
            {plan.warnings.length > 0 && (
              <ul className="notice notice-warning dns-plan-warnings" aria-label="Warnings">
                {plan.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            )}
            {plan.changes.length === 0 && <p>No changes: the zone already matches.</p>}
            <ol className="dns-plan-changes">
              {plan.changes.map((c) => (
                <ChangeRow key={c.index} change={c} result={results?.find((r) => r.index === c.index)} />
              ))}
            </ol>
            {plan.needsConfirmation && !results && (
              <div className="notice notice-danger">
                <p className="notice-title">This plan needs confirmation</p>
                <ul>
                  {plan.confirmReasons.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
                <Field label={`Type ${zone} to apply`} error={error?.details?.['confirmName']}>
                  <input
                    type="text"
                    autoComplete="off"
                    spellCheck={false}
                    value={typed}
                    onChange={(e) => setTyped(e.target.value)}
                  />
                </Field>
              </div>
            )}
          </>
        )}
      </div>
    </Dialog>
  );
}
