/**
 * Editing a contract's nine limits: shows what will change (old → new) before saving, sends all nine
 * (the API replaces them together), and puts the server's messages beside the fields they name.
 */
import { useMemo, useState, type FormEvent, type ReactElement } from 'react';
import type { AppError } from '../../../../common/errors';
import {
  RESOURCE_LIMIT_KEYS,
  RESOURCE_LIMIT_META,
  type Contract,
  type ResourceLimitKey,
} from '../../../../common/models/contract';
import { Button } from '../../components/button';
import { ErrorNotice } from '../../components/error-notice';
import { formatNumber, withUnit } from './contract-rows';
import { useOpenContract } from './contract-context';
import { useFormFields } from '../../lib/use-form-fields';
import { useUnsavedChanges } from '../../lib/use-unsaved-changes';
import { LimitsFields, limitErrorKey, limitValues, parseLimits, type LimitValues } from './limits-fields';
import { namesAField, OFFLINE_REASON } from './write-guard';

const checkLimits = (values: LimitValues) => parseLimits(values).errors;

export function LimitsForm({ contract, offline }: { contract: Contract; offline: boolean }): ReactElement {
  const { setLimits } = useOpenContract().writes;
  const saved = useMemo(() => limitValues(contract.resourceLimits), [contract.resourceLimits]);
  const form = useFormFields<LimitValues>({ initial: saved, validate: checkLimits, errorKey: limitErrorKey });
  const { values } = form;
  const [failure, setFailure] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  const changed = useMemo(
    () => new Set<ResourceLimitKey>(RESOURCE_LIMIT_KEYS.filter((key) => values[key].trim() !== saved[key])),
    [values, saved],
  );
  useUnsavedChanges(changed.size > 0);

  function change(key: ResourceLimitKey, value: string) {
    form.change(key, value);
    setDone(false);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const { limits } = parseLimits(values);
    if (!form.checkAll() || !limits) return;
    setBusy(true);
    const result = await setLimits(limits);
    setBusy(false);
    if (result.ok) {
      form.reset(limitValues(result.value.resourceLimits));
      setDone(true);
      return;
    }
    form.serverErrors(result.error.details);
    setFailure(result.error);
  }

  return (
    <form className="stack" onSubmit={submit} noValidate aria-label="Resource limits">
      {contract.resourceLimits === null && (
        <p className="notice notice-info">
          The server sent this contract without complete limits. Enter all nine to set them.
        </p>
      )}
      <LimitsFields
        values={values}
        errors={form.errors}
        changed={changed}
        disabled={busy}
        onChange={change}
        onBlur={form.blurred}
      />
      {changed.size > 0 && (
        <div className="notice notice-info" role="status" aria-label="Changes to save">
          <div className="stack" style={{ gap: 6 }}>
            <span className="notice-title">
              {changed.size === 1 ? '1 change to save' : `${changed.size} changes to save`}
            </span>
            <ul className="changes-list">
              {[...changed].map((key) => {
                // An invalid number is never previewed as if it would be saved: its message shows instead.
                const problem = form.problems[limitErrorKey(key)];
                return (
                  <li key={key}>
                    {RESOURCE_LIMIT_META[key].label}:{' '}
                    <span className="old">{saved[key] ? formatNumber(Number(saved[key])) : '—'}</span> →{' '}
                    {problem ? (
                      <em>{problem}</em>
                    ) : (
                      <span className="new">{withUnit(Number(values[key]), RESOURCE_LIMIT_META[key].unit)}</span>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        </div>
      )}
      {failure && !namesAField(failure.details, (key) => key.startsWith('resourceLimits.')) && (
        <ErrorNotice error={failure} />
      )}
      {done && changed.size === 0 && (
        <p className="notice notice-success" role="status">
          Limits saved: the IONOS API confirmed the new values.
        </p>
      )}
      <div className="actions-row">
        {offline && (
          <span className="muted" style={{ fontSize: 13 }}>
            {OFFLINE_REASON}
          </span>
        )}
        <Button
          disabled={changed.size === 0 || busy}
          onClick={() => {
            form.reset(saved);
            setFailure(null);
          }}
        >
          Discard changes
        </Button>
        <Button type="submit" variant="primary" busy={busy} disabled={changed.size === 0 || offline || busy}>
          Save limits
        </Button>
      </div>
    </form>
  );
}
