/**
 * A value with an edit button that turns into a labelled input with Save and Cancel (Escape cancels).
 * The new value shows only once the server confirmed it; its messages appear beside the input.
 */
import { useState, type FormEvent, type ReactElement, type ReactNode } from 'react';
import type { AppError } from '../../../../common/errors';
import type { Result } from '../../../../common/result';
import { Button } from '../../components/button';
import { ErrorNotice } from '../../components/error-notice';
import { Field } from '../../components/field';
import { useFormFields } from '../../lib/use-form-fields';
import { useUnsavedChanges } from '../../lib/use-unsaved-changes';

interface InlineEditProps {
  readonly label: string;
  /** Key of this field in a validation error's details ("name", "resellerReference"). */
  readonly field: string;
  readonly value: string;
  readonly display: ReactNode;
  readonly editLabel: string;
  readonly disabledReason: string | null;
  readonly hint?: string;
  /** Client-side check with the shared schema: a message, or null when fine. */
  readonly check: (value: string) => string | null;
  readonly save: (value: string) => Promise<Result<unknown>>;
}

export function InlineEdit(props: InlineEditProps): ReactElement {
  const [editing, setEditing] = useState(false);
  const form = useFormFields<{ text: string }>({
    initial: { text: props.value },
    validate: ({ text }) => {
      const problem = props.check(text);
      return problem ? { [props.field]: problem } : {};
    },
    errorKey: () => props.field,
  });
  const text = form.values.text;
  const [failure, setFailure] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const unsaved = useUnsavedChanges(editing && text !== props.value);

  function close() {
    setEditing(false);
    setFailure(null);
  }
  const cancel = () => unsaved.confirmLeave(close);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!form.checkAll()) return;
    setBusy(true);
    setFailure(null);
    const result = await props.save(text);
    setBusy(false);
    if (result.ok) {
      unsaved.saved();
      return close();
    }
    const beside = result.error.details?.[props.field];
    form.serverErrors(beside ? { [props.field]: beside } : {});
    if (!beside) setFailure(result.error);
  }

  if (!editing) {
    return (
      <div className="inline-value">
        {props.display}
        <Button
          size="small"
          onClick={() => {
            form.reset({ text: props.value });
            setEditing(true);
          }}
          disabled={props.disabledReason !== null}
          title={props.disabledReason ?? undefined}
          aria-label={props.editLabel}
        >
          Edit
        </Button>
      </div>
    );
  }
  return (
    <form
      className="stack"
      style={{ gap: 8 }}
      onSubmit={submit}
      noValidate
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        cancel();
      }}
    >
      <div className="inline-edit">
        <Field label={props.label} hint={props.hint} error={form.errors[props.field]}>
          <input
            type="text"
            value={text}
            autoFocus
            onChange={(e) => form.change('text', e.target.value)}
            onBlur={form.blurred(props.field)}
          />
        </Field>
        <div className="inline-actions">
          <Button
            type="submit"
            variant="primary"
            size="small"
            busy={busy}
            disabled={busy || props.disabledReason !== null}
          >
            Save
          </Button>
          <Button size="small" onClick={cancel} disabled={busy}>
            Cancel
          </Button>
        </div>
      </div>
      {failure && <ErrorNotice error={failure} />}
    </form>
  );
}
