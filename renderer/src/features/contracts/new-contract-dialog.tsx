/** A new contract: name, reference and limits from a preset (Small, Medium, Large) or typed in. */
import { useState, type FormEvent, type ReactElement } from 'react';
import type { AppError } from '../../../../common/errors';
import { RESOURCE_LIMIT_KEYS, type ResourceLimitKey, type ResourceLimits } from '../../../../common/models/contract';
import { contractDraftSchema } from '../../../../common/schemas/ionos';
import { fieldErrors } from '../../../../common/validation';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { ErrorNotice } from '../../components/error-notice';
import { Field } from '../../components/field';
import { createContract } from './contracts-data';
import { useFormFields } from '../../lib/use-form-fields';
import { useUnsavedChanges } from '../../lib/use-unsaved-changes';
import { LimitsFields, limitErrorKey, limitValues, parseLimits, type LimitValues } from './limits-fields';
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
type Values = LimitValues & { name: string; resellerReference: string; preset: Preset };

const isLimit = (field: string): field is ResourceLimitKey =>
  (RESOURCE_LIMIT_KEYS as readonly string[]).includes(field);
const limitsOf = (values: Values): LimitValues =>
  Object.fromEntries(RESOURCE_LIMIT_KEYS.map((key) => [key, values[key]])) as LimitValues;

function draftOf(values: Values) {
  const parsedLimits = parseLimits(limitsOf(values));
  const draft = {
    name: values.name,
    ...(values.resellerReference.trim() ? { resellerReference: values.resellerReference } : {}),
    resourceLimits: parsedLimits.limits ?? {},
  };
  return { parsed: contractDraftSchema.safeParse(draft), limitErrors: parsedLimits.errors };
}

function checkDraft(values: Values): Record<string, string> {
  const { parsed, limitErrors } = draftOf(values);
  // Limit messages come from parseLimits (it knows which text was typed); the rest from the draft.
  const draftErrors = parsed.success ? {} : fieldErrors(parsed.error);
  const others = Object.entries(draftErrors).filter(([key]) => !key.startsWith('resourceLimits'));
  return { ...Object.fromEntries(others), ...limitErrors };
}

export function NewContractDialog({
  accountId,
  onDone,
}: {
  accountId: string;
  onDone: (createdId: string | null) => void;
}): ReactElement {
  const form = useFormFields<Values>({
    initial: () => ({ name: '', resellerReference: '', preset: 'Small', ...limitValues(LIMIT_PRESETS.Small) }),
    validate: checkDraft,
    errorKey: (field) => (isLimit(field) ? limitErrorKey(field) : field),
  });
  const { values } = form;
  const [failure, setFailure] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const unsaved = useUnsavedChanges(form.dirty);
  const cancel = () => unsaved.confirmLeave(() => onDone(null));

  function choose(next: Preset) {
    form.changeAll((current) => ({
      ...current,
      preset: next,
      ...(next === 'Custom' ? {} : limitValues(LIMIT_PRESETS[next])),
    }));
  }

  function changeLimit(key: ResourceLimitKey, value: string) {
    form.changeAll((current) => ({ ...current, [key]: value, preset: 'Custom' }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const { parsed } = draftOf(values);
    if (!form.checkAll() || !parsed.success) return;
    setBusy(true);
    const result = await createContract(accountId, parsed.data);
    setBusy(false);
    if (result.ok) {
      unsaved.saved();
      return onDone(result.value.id || null);
    }
    form.serverErrors(result.error.details);
    setFailure(result.error);
  }

  return (
    <Dialog
      title="New contract"
      description="The contract is created on the IONOS API right away; there is no endpoint to delete one."
      onClose={cancel}
      footer={
        <>
          <Button onClick={cancel}>Cancel</Button>
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
        <Field label="Name" hint="Usually the customer's company name" error={form.errors.name}>
          <input
            type="text"
            value={values.name}
            onChange={(e) => form.change('name', e.target.value)}
            onBlur={form.blurred('name')}
          />
        </Field>
        <Field
          label="Reseller reference"
          hint="Optional: your own customer number"
          error={form.errors.resellerReference}
        >
          <input
            type="text"
            value={values.resellerReference}
            onChange={(e) => form.change('resellerReference', e.target.value)}
            onBlur={form.blurred('resellerReference')}
            spellCheck={false}
          />
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
                  checked={values.preset === option}
                  onChange={() => choose(option)}
                />
                {option}
              </label>
            ))}
          </div>
        </fieldset>
        <LimitsFields
          values={limitsOf(values)}
          errors={form.errors}
          disabled={busy}
          onChange={changeLimit}
          onBlur={form.blurred}
        />
      </form>
    </Dialog>
  );
}
