/** The order form's fields, each drawn from the portal's own description of it. */
import type { FocusEvent, ReactElement } from 'react';
import type { OrderChoice, OrderField, OrderValues } from '../../../../common/portal/order-form';
import { TEXT_MAX } from '../../../../common/portal/order-form';
import { Field } from '../../components/field';
import { formatMoney } from '../../../../common/portal/format';

interface FieldsProps {
  readonly fields: readonly OrderField[];
  readonly values: OrderValues;
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (key: string, value: string | number | boolean) => void;
  /** useFormFields' `blurred`: a field's message shows once it was left. */
  readonly onBlur?: (key: string) => (event: FocusEvent) => void;
}

const priced = (choice: OrderChoice) =>
  choice.price !== null && choice.price > 0 ? `${choice.label} — ${formatMoney(choice.price, null)}` : choice.label;

function OneField({ field, values, errors, onChange, onBlur }: FieldsProps & { field: OrderField }): ReactElement {
  const value = values[field.key];
  const error = errors[field.key];
  const hint = field.description ?? undefined;
  const blurred = onBlur?.(field.key);
  switch (field.kind) {
    case 'cycle':
    case 'choice':
      if (field.kind === 'choice' && field.display === 'radio')
        return (
          <fieldset className="field" aria-describedby={error ? `${field.key}-error` : undefined}>
            <legend>{field.label}</legend>
            {field.options.map((option) => (
              <label key={option.value} className="check">
                <input
                  type="radio"
                  name={field.key}
                  checked={value === option.value}
                  onChange={() => onChange(field.key, option.value)}
                  onBlur={blurred}
                />
                {priced(option)}
              </label>
            ))}
            {error && (
              <span className="field-error" id={`${field.key}-error`} role="alert">
                {error}
              </span>
            )}
          </fieldset>
        );
      return (
        <Field label={field.label} hint={hint} error={error}>
          <select value={String(value ?? '')} onChange={(e) => onChange(field.key, e.target.value)} onBlur={blurred}>
            {field.options.map((option) => (
              <option key={option.value} value={option.value}>
                {priced(option)}
              </option>
            ))}
          </select>
        </Field>
      );
    case 'domain':
    case 'text':
      return (
        <Field label={field.label} hint={hint} error={error}>
          <input
            type="text"
            value={String(value ?? '')}
            maxLength={field.kind === 'domain' ? 253 : TEXT_MAX}
            spellCheck={false}
            placeholder={field.kind === 'domain' ? 'example.com' : undefined}
            onChange={(e) => onChange(field.key, e.target.value)}
            onBlur={blurred}
          />
        </Field>
      );
    case 'quantity':
      return (
        <Field
          label={field.label}
          hint={[hint, field.unitPrice ? `${formatMoney(field.unitPrice, null)} each` : null]
            .filter(Boolean)
            .join(' · ')}
          error={error}
        >
          <input
            type="number"
            min={field.min}
            max={field.max}
            step={1}
            value={typeof value === 'number' ? value : ''}
            onChange={(e) => onChange(field.key, e.target.value === '' ? Number.NaN : Number(e.target.value))}
            onBlur={blurred}
          />
        </Field>
      );
    case 'checkbox':
      return (
        <label className="check">
          <input type="checkbox" checked={value === true} onChange={(e) => onChange(field.key, e.target.checked)} />
          {field.label}
          {field.price ? ` (+${formatMoney(field.price, null)})` : ''}
          {hint && <span className="muted small"> — {hint}</span>}
        </label>
      );
    case 'addon':
      return (
        <div className="order-addon">
          <label className="check">
            <input type="checkbox" checked={value === true} onChange={(e) => onChange(field.key, e.target.checked)} />
            Add {field.label}
            {hint && <span className="muted small"> — {hint}</span>}
          </label>
          {value === true && (
            <Field label={`${field.label}: billing cycle`} error={errors[`${field.key}:cycle`]}>
              <select
                value={String(values[`${field.key}:cycle`] ?? '')}
                onChange={(e) => onChange(`${field.key}:cycle`, e.target.value)}
              >
                {field.cycles.map((option) => (
                  <option key={option.value} value={option.value}>
                    {priced(option)}
                  </option>
                ))}
              </select>
            </Field>
          )}
        </div>
      );
  }
}

export function OrderFields(props: FieldsProps): ReactElement {
  return (
    <div className="stack">
      {props.fields.map((field) => (
        <OneField key={field.key} field={field} {...props} />
      ))}
    </div>
  );
}
