/** Downloads one attachment byte-exact through main and says where it went and how big it is. */
import { useState, type ReactElement } from 'react';
import type { AppError } from '../../../../common/errors';
import type { TicketFile } from '../../../../common/models/hostbill';
import { Button } from '../../components/button';
import { formatBytes } from './format';
import { downloadAttachment } from './tickets-api';

export function AttachmentButton({
  accountId,
  ticketNumber,
  file,
  disabled,
}: {
  readonly accountId: string;
  readonly ticketNumber: string;
  readonly file: TicketFile;
  readonly disabled: boolean;
}): ReactElement {
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<{ path: string; bytes: number } | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const download = async () => {
    setBusy(true);
    setError(null);
    const result = await downloadAttachment(accountId, ticketNumber, file.id);
    setBusy(false);
    if (!result.ok) setError(result.error);
    else setSaved(result.value);
  };
  return (
    <li className="attachment">
      <Button size="small" busy={busy} disabled={busy || disabled} onClick={() => void download()}>
        {file.name || `File ${file.id}`}
        {file.size !== null ? ` (${formatBytes(file.size)})` : ''}
      </Button>
      {saved && (
        <span className="small muted" role="status">
          Saved {formatBytes(saved.bytes)} to <span className="mono">{saved.path}</span>
        </span>
      )}
      {error && (
        <span className="small error-text" role="alert">
          {error.message}
        </span>
      )}
    </li>
  );
}
