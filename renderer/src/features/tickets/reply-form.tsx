/**
 * The reply box. Its text is kept as a draft in the encrypted cache while typing (so closing the app
 * or a failed send loses nothing); sending posts once. A lost answer is resolved in main by
 * re-reading the thread: the reply is then either confirmed or reported as not sent, draft kept.
 */
import { useEffect, useRef, useState, type ReactElement } from 'react';
import { MAX_TICKET_BODY } from '../../../../common/channels/tickets';
import type { AppError } from '../../../../common/errors';
import { Button } from '../../components/button';
import { ErrorNotice } from '../../components/error-notice';
import { OFFLINE_REASON } from './format';
import { saveDraft, sendReply } from './tickets-api';

const DRAFT_DELAY_MS = 600;

export function ReplyForm({
  accountId,
  ticketNumber,
  draft,
  offline,
  closed,
}: {
  readonly accountId: string;
  readonly ticketNumber: string;
  readonly draft: string | null;
  readonly offline: boolean;
  readonly closed: boolean;
}): ReactElement {
  const [body, setBody] = useState(draft ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<string | null>(null);

  // Whatever is still waiting to be kept is kept when the screen goes away.
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      if (pending.current !== null) void saveDraft(accountId, ticketNumber, pending.current);
    },
    [accountId, ticketNumber],
  );

  const change = (value: string) => {
    setBody(value);
    setNotice(null);
    pending.current = value;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      pending.current = null;
      void saveDraft(accountId, ticketNumber, value);
    }, DRAFT_DELAY_MS);
  };

  const send = async () => {
    if (timer.current) clearTimeout(timer.current);
    pending.current = null;
    setBusy(true);
    setError(null);
    setNotice(null);
    const result = await sendReply(accountId, ticketNumber, body);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setBody('');
    setNotice(
      result.value.outcome === 'confirmed'
        ? 'The connection dropped, but the ticket was re-read and your reply is in it.'
        : 'Reply sent.',
    );
  };

  const empty = body.trim() === '';
  return (
    <form
      className="card card-body stack reply-form"
      aria-label="Reply"
      onSubmit={(event) => {
        event.preventDefault();
        if (!empty && !offline && !busy) void send();
      }}
    >
      <label htmlFor="reply-body" className="field-label">
        Your reply{closed ? ' (sending re-opens the ticket at most portals)' : ''}
      </label>
      <textarea
        id="reply-body"
        rows={6}
        maxLength={MAX_TICKET_BODY}
        value={body}
        onChange={(event) => change(event.target.value)}
        placeholder="Write a reply…"
      />
      {error && <ErrorNotice error={error} />}
      {notice && (
        <div className="notice notice-success" role="status">
          {notice}
        </div>
      )}
      <div className="row">
        <Button type="submit" variant="primary" busy={busy} disabled={busy || offline || empty}>
          Send reply
        </Button>
        {offline ? (
          <span className="muted small">{OFFLINE_REASON}</span>
        ) : (
          !empty && <span className="muted small">Draft kept on this computer until it is sent.</span>
        )}
      </div>
    </form>
  );
}
