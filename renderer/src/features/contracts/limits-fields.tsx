/**
 * The nine resource limits as inputs with their units, grouped per server / volume and per contract.
 * Values are kept as typed text so a half-typed number is not lost; `parseLimits` checks them with the
 * same schema main uses, with error keys (`resourceLimits.ips`) that match a server 422's details.
 */
import type { FocusEvent, ReactElement } from 'react';
import {
  RESOURCE_LIMIT_GROUP_LABELS,
  RESOURCE_LIMIT_KEYS,
  RESOURCE_LIMIT_META,
  type ResourceLimitGroup,
  type ResourceLimitKey,
  type ResourceLimits,
} from '../../../../common/models/contract';
import { contractLimitsSchema } from '../../../../common/schemas/ionos';
import { fieldErrors } from '../../../../common/validation';
import { Field } from '../../components/field';

export type LimitValues = Readonly<Record<ResourceLimitKey, string>>;

export const limitErrorKey = (key: ResourceLimitKey): string => `resourceLimits.${key}`;

export function limitValues(limits: ResourceLimits | null): LimitValues {
  return Object.fromEntries(RESOURCE_LIMIT_KEYS.map((key) => [key, limits ? String(limits[key]) : ''])) as LimitValues;
}

function toNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^-?\d*\.?\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

export function parseLimits(values: LimitValues): { limits: ResourceLimits | null; errors: Record<string, string> } {
  const candidate = Object.fromEntries(RESOURCE_LIMIT_KEYS.map((key) => [key, toNumber(values[key])]));
  const parsed = contractLimitsSchema.safeParse({ resourceLimits: candidate });
  return parsed.success
    ? { limits: parsed.data.resourceLimits, errors: {} }
    : { limits: null, errors: fieldErrors(parsed.error) };
}

const GROUPS: readonly ResourceLimitGroup[] = ['per-server', 'per-contract'];

export function LimitsFields({
  values,
  errors,
  changed,
  disabled,
  onChange,
  onBlur,
}: {
  values: LimitValues;
  errors: Readonly<Record<string, string>>;
  changed?: ReadonlySet<ResourceLimitKey>;
  disabled?: boolean;
  onChange: (key: ResourceLimitKey, value: string) => void;
  /** useFormFields' `blurred`: the handler for the field with this error key. */
  onBlur?: (errorKey: string) => (event: FocusEvent) => void;
}): ReactElement {
  return (
    <div className="limits-groups">
      {GROUPS.map((group) => (
        <fieldset key={group} className="limits-group">
          <legend>{RESOURCE_LIMIT_GROUP_LABELS[group]}</legend>
          {RESOURCE_LIMIT_KEYS.filter((key) => RESOURCE_LIMIT_META[key].group === group).map((key) => {
            const meta = RESOURCE_LIMIT_META[key];
            return (
              <div key={key} className={changed?.has(key) ? 'limit-changed' : undefined}>
                <Field
                  label={`${meta.label} (${meta.unit})`}
                  hint={meta.description}
                  error={errors[limitErrorKey(key)]}
                >
                  <UnitInput
                    value={values[key]}
                    unit={meta.unit}
                    disabled={disabled}
                    onChange={(value) => onChange(key, value)}
                    onBlur={onBlur?.(limitErrorKey(key))}
                  />
                </Field>
              </div>
            );
          })}
        </fieldset>
      ))}
    </div>
  );
}

/** The id and aria props come from Field (cloneElement) and land on the input, not the wrapper. */
function UnitInput({
  value,
  unit,
  disabled,
  onChange,
  onBlur,
  ...aria
}: {
  value: string;
  unit: string;
  disabled?: boolean;
  onChange: (value: string) => void;
  onBlur?: ((event: FocusEvent) => void) | undefined;
  id?: string;
}): ReactElement {
  return (
    <span className="unit-input">
      <input
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
        {...aria}
      />
      <span className="unit" aria-hidden="true">
        {unit}
      </span>
    </span>
  );
}
