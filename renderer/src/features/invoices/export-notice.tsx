/** Where an export went (the browser host writes under <data-dir>/exports/), or why it failed. */
import type { ReactElement } from 'react';
import type { AppError } from '../../../../common/errors';
import type { Result } from '../../../../common/result';
import { ErrorNotice } from '../../components/error-notice';

export type ExportState = { readonly busy: string } | { readonly done: Result<{ path: string } | null> } | null;

export function ExportNotice({ state }: { state: ExportState }): ReactElement | null {
  if (state === null) return null;
  if ('busy' in state) {
    return (
      <p className="muted invoice-export-notice" role="status">
        {state.busy}…
      </p>
    );
  }
  const result = state.done;
  if (!result.ok) return <ErrorNotice error={result.error as AppError} />;
  if (result.value === null) return null;
  return (
    <p className="invoice-export-notice" role="status" data-testid="export-path">
      Saved to <code>{result.value.path}</code>
    </p>
  );
}
