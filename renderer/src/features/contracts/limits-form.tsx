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
import { formatNumber } from './contract-rows';
import { useOpenContract } from './contract-context';
import { LimitsFields, limitValues, parseLimits, type LimitValues } from './limits-fields';
import { namesAField, OFFLINE_REASON } from './write-guard';

export function LimitsForm({ contract, offline }: { contract: Contract; offline: boolean }): ReactElement {
  const { setLimits } = useOpenContract().writes;
  const saved = useMemo(() => limitValues(contract.resourceLimits), [contract.resourceLimits]);
  const [values, setValues] = useState<LimitValues>(saved);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  const changed = useMemo(
    () => new Set<ResourceLimitKey>(RESOURCE_LIMIT_KEYS.filter((key) => values[key].trim() !== saved[key])),
    [values, saved],
  );

  function change(key: ResourceLimitKey, value: string) {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => ({ ...current, [`resourceLimits.${key}`]: '' }));
    setDone(false);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const { limits, errors: problems } = parseLimits(values);
    if (!limits) return setErrors(problems);
    setBusy(true);
    const result = await setLimits(limits);
    setBusy(false);
    if (result.ok) {
      setValues(limitValues(result.value.resourceLimits));
      setErrors({});
      setDone(true);
      return;
    }
    setErrors({ ...(result.error.details ?? {}) });
    setFailure(result.error);
  }

  return (
    <form className="stack" onSubmit={submit} noValidate aria-label="Resource limits">
      {contract.resourceLimits === null && (
        <p className="notice notice-info">
          The server sent this contract without complete limits. Enter all nine to set them.
        </p>
      )}
      <LimitsFields values={values} errors={errors} changed={changed} disabled={busy} onChange={change} />
      {changed.size > 0 && (
        <div className="notice notice-info" role="status" aria-label="Changes to save">
          <div className="stack" style={{ gap: 6 }}>
            <span className="notice-title">
              {changed.size === 1 ? '1 change to save' : `${changed.size} changes to save`}
            </span>
            <ul className="changes-list">
              {[...changed].map((key) => (
                <li key={key}>
                  {RESOURCE_LIMIT_META[key].label}:{' '}
                  <span className="old">{saved[key] ? formatNumber(Number(saved[key])) : '—'}</span> →{' '}
                  <span className="new">
                    {/^\d+$/.test(values[key].trim()) ? formatNumber(Number(values[key])) : values[key] || '—'}
                  </span>{' '}
                  {RESOURCE_LIMIT_META[key].unit}
                </li>
              ))}
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
            setValues(saved);
            setErrors({});
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
