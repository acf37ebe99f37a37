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
  const [text, setText] = useState(props.value);
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  function cancel() {
    setEditing(false);
    setError(undefined);
    setFailure(null);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = props.check(text);
    if (problem) return setError(problem);
    setBusy(true);
    setFailure(null);
    const result = await props.save(text);
    setBusy(false);
    if (result.ok) return cancel();
    const beside = result.error.details?.[props.field];
    setError(beside);
    if (!beside) setFailure(result.error);
  }

  if (!editing) {
    return (
      <div className="inline-value">
        {props.display}
        <Button
          size="small"
          onClick={() => {
            setText(props.value);
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
      onKeyDown={(e) => e.key === 'Escape' && cancel()}
    >
      <div className="inline-edit">
        <Field label={props.label} hint={props.hint} error={error}>
          <input
            type="text"
            value={text}
            autoFocus
            onChange={(e) => {
              setText(e.target.value);
              setError(undefined);
            }}
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
