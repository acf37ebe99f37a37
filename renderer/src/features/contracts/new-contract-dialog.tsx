/** A new contract: name, reference and limits from a preset (Small, Medium, Large) or typed in. */
import { useState, type FormEvent, type ReactElement } from 'react';
import type { AppError } from '../../../../common/errors';
import type { ResourceLimitKey, ResourceLimits } from '../../../../common/models/contract';
import { contractDraftSchema } from '../../../../common/schemas/ionos';
import { fieldErrors } from '../../../../common/validation';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { ErrorNotice } from '../../components/error-notice';
import { Field } from '../../components/field';
import { createContract } from './contracts-data';
import { LimitsFields, limitValues, parseLimits, type LimitValues } from './limits-fields';
import { namesAField } from './write-guard';

/** Common shapes of a reseller customer; RAM in MB, storage in GB, as the limits are labelled. */
export const LIMIT_PRESETS: Readonly<Record<'Small' | 'Medium' | 'Large', ResourceLimits>> = {
  Small: {
    ramServerMax: 4096,
    cpuServerMax: 2,
    hddVolumeMaxSize: 250,
    ssdVolumeMaxSize: 100,
    ramContractMax: 8192,
    cpuContractMax: 4,
    hddVolumeContractMaxSize: 500,
    ssdVolumeContractMaxSize: 200,
    ips: 2,
  },
  Medium: {
    ramServerMax: 16384,
    cpuServerMax: 8,
    hddVolumeMaxSize: 1000,
    ssdVolumeMaxSize: 500,
    ramContractMax: 65536,
    cpuContractMax: 32,
    hddVolumeContractMaxSize: 4000,
    ssdVolumeContractMaxSize: 2000,
    ips: 8,
  },
  Large: {
    ramServerMax: 65536,
    cpuServerMax: 32,
    hddVolumeMaxSize: 4000,
    ssdVolumeMaxSize: 2000,
    ramContractMax: 262144,
    cpuContractMax: 128,
    hddVolumeContractMaxSize: 20000,
    ssdVolumeContractMaxSize: 10000,
    ips: 32,
  },
};
type Preset = keyof typeof LIMIT_PRESETS | 'Custom';

export function NewContractDialog({
  accountId,
  onDone,
}: {
  accountId: string;
  onDone: (createdId: string | null) => void;
}): ReactElement {
  const [name, setName] = useState('');
  const [reference, setReference] = useState('');
  const [preset, setPreset] = useState<Preset>('Small');
  const [limits, setLimits] = useState<LimitValues>(() => limitValues(LIMIT_PRESETS.Small));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  function choose(next: Preset) {
    setPreset(next);
    if (next !== 'Custom') setLimits(limitValues(LIMIT_PRESETS[next]));
  }

  function changeLimit(key: ResourceLimitKey, value: string) {
    setLimits((current) => ({ ...current, [key]: value }));
    setPreset('Custom');
    setErrors((current) => ({ ...current, [`resourceLimits.${key}`]: '' }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const parsedLimits = parseLimits(limits);
    const draft = {
      name,
      ...(reference.trim() ? { resellerReference: reference } : {}),
      resourceLimits: parsedLimits.limits ?? {},
    };
    const parsed = contractDraftSchema.safeParse(draft);
    if (!parsed.success || !parsedLimits.limits) {
      // Limit messages come from parseLimits (it knows which text was typed); the rest from the draft.
      const draftErrors = parsed.success ? {} : fieldErrors(parsed.error);
      const others = Object.entries(draftErrors).filter(([key]) => !key.startsWith('resourceLimits'));
      return setErrors({ ...Object.fromEntries(others), ...parsedLimits.errors });
    }
    setBusy(true);
    const result = await createContract(accountId, parsed.data);
    setBusy(false);
    if (result.ok) return onDone(result.value.id || null);
    setErrors({ ...(result.error.details ?? {}) });
    setFailure(result.error);
  }

  return (
    <Dialog
      title="New contract"
      description="The contract is created on the IONOS API right away; there is no endpoint to delete one."
      onClose={() => onDone(null)}
      footer={
        <>
          <Button onClick={() => onDone(null)}>Cancel</Button>
          <Button variant="primary" type="submit" form="new-contract-form" busy={busy}>
            Create contract
          </Button>
        </>
      }
    >
      <form id="new-contract-form" className="stack" onSubmit={submit} noValidate>
        {failure &&
          !namesAField(
            failure.details,
            (key) => ['name', 'resellerReference'].includes(key) || key.startsWith('resourceLimits.'),
          ) && <ErrorNotice error={failure} />}
        <Field label="Name" hint="Usually the customer's company name" error={errors.name}>
          <input
            type="text"
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              setErrors((c) => ({ ...c, name: '' }));
            }}
            autoFocus
          />
        </Field>
        <Field label="Reseller reference" hint="Optional: your own customer number" error={errors.resellerReference}>
          <input type="text" value={reference} onChange={(e) => setReference(e.target.value)} spellCheck={false} />
        </Field>
        <fieldset className="field">
          <legend>Resource limits</legend>
          <div className="segmented presets" role="radiogroup" aria-label="Preset">
            {(['Small', 'Medium', 'Large', 'Custom'] as const).map((option) => (
              <label key={option}>
                <input
                  type="radio"
                  name="preset"
                  value={option}
                  checked={preset === option}
                  onChange={() => choose(option)}
                />
                {option}
              </label>
            ))}
          </div>
        </fieldset>
        <LimitsFields values={limits} errors={errors} disabled={busy} onChange={changeLimit} />
      </form>
    </Dialog>
  );
}
