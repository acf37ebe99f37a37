/**
 * One ticket: the opening message and every reply in order, staff and client told apart at a glance
 * (side, colour and label), local dates, bodies as inert text, attachments, close/reopen and reply.
 * Read from the cache, so an opened thread reads offline.
 */
import { useState, type ReactElement } from 'react';
import { ticketKeys, type TicketThread } from '../../../../common/channels/tickets';
import type { AppError } from '../../../../common/errors';
import type { TicketFile } from '../../../../common/models/hostbill';
import { accountHref } from '../../app/navigation-store';
import { Button } from '../../components/button';
import { ErrorNotice } from '../../components/error-notice';
import { Link } from '../../components/link';
import { Page } from '../../components/page';
import { isOffline } from '../../components/sync-status';
import { call } from '../../lib/api';
import { useCachedResource } from '../../lib/use-cached-resource';
import { AttachmentButton } from './attachment-button';
import { UntrustedText } from '../../components/untrusted-text';
import { StatusBadge } from '../../components/status-badge';
import { formatDateTime, isStaff, OFFLINE_REASON, TICKET_TONES } from './format';
import { ReplyForm } from './reply-form';
import { setTicketOpen } from './tickets-api';

interface MessageProps {
  readonly accountId: string;
  readonly ticketNumber: string;
  readonly author: string;
  readonly date: string | null;
  readonly body: string;
  readonly staff: boolean;
  readonly files: readonly TicketFile[];
  readonly offline: boolean;
}

function Message({ accountId, ticketNumber, author, date, body, staff, files, offline }: MessageProps): ReactElement {
  return (
    <article className={`ticket-message ${staff ? 'ticket-message-staff' : 'ticket-message-client'}`}>
      <header className="ticket-message-header">
        <span className={staff ? 'badge badge-info' : 'badge'}>{staff ? 'Staff' : 'You'}</span>
        <strong>{author || (staff ? 'Support' : 'Client')}</strong>
        <time className="muted small" dateTime={date ?? undefined}>
          {formatDateTime(date)}
        </time>
      </header>
      <UntrustedText body={body} />
      {files.length > 0 && (
        <ul className="attachments" aria-label="Attachments">
          {files.map((file) => (
            <AttachmentButton
              key={file.id}
              accountId={accountId}
              ticketNumber={ticketNumber}
              file={file}
              disabled={offline}
            />
          ))}
        </ul>
      )}
    </article>
  );
}

export function TicketThreadScreen({
  accountId,
  ticketNumber,
}: {
  readonly accountId: string;
  readonly ticketNumber: string;
}): ReactElement {
  const resource = useCachedResource({
    accountId,
    keys: [ticketKeys.key.thread({ ticketNumber })],
    read: () => call((api) => api.tickets.get({ accountId, ticketNumber })),
    refresh: () => call((api) => api.tickets.refreshThread({ accountId, ticketNumber })),
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const ticket: TicketThread | null = resource.data ?? null;
  const offline = isOffline(resource.cached);
  const closed = ticket?.status.toLowerCase() === 'closed';

  const toggle = async () => {
    setBusy(true);
    setError(null);
    const result = await setTicketOpen(accountId, ticketNumber, closed);
    setBusy(false);
    if (!result.ok) setError(result.error);
  };

  return (
    <Page
      titleId="ticket-title"
      title={ticket ? ticket.subject || '(no subject)' : `Ticket #${ticketNumber}`}
      subtitle={
        ticket ? (
          <span className="row">
            <span className="mono">#{ticket.number}</span>
            <StatusBadge status={ticket.status} tones={TICKET_TONES} />
            {ticket.department && <span className="muted">{ticket.department}</span>}
            <span className="muted">
              {ticket.replies.length} {ticket.replies.length === 1 ? 'reply' : 'replies'}
            </span>
          </span>
        ) : undefined
      }
      before={<Link href={accountHref(accountId, 'tickets')}>← All tickets</Link>}
      actions={
        ticket && (
          <>
            <Button
              busy={busy}
              disabled={busy || offline}
              title={offline ? OFFLINE_REASON : undefined}
              onClick={() => void toggle()}
            >
              {closed ? 'Reopen ticket' : 'Close ticket'}
            </Button>
          </>
        )
      }
      resource={resource}
    >
      {error && <ErrorNotice error={error} />}
      {!ticket ? (
        <div className="card card-body muted" aria-busy={resource.refreshing || undefined}>
          {resource.refreshing || !resource.syncedAt ? 'Loading the ticket…' : 'This ticket is not in the cache yet.'}
        </div>
      ) : (
        <div className="stack">
          <ol className="ticket-thread" aria-label="Messages">
            <li>
              <Message
                accountId={accountId}
                ticketNumber={ticketNumber}
                author={ticket.author ?? ''}
                date={ticket.createdAt}
                body={ticket.body}
                staff={false}
                files={ticket.attachments}
                offline={offline}
              />
            </li>
            {ticket.replies.map((reply) => (
              <li key={reply.id}>
                <Message
                  accountId={accountId}
                  ticketNumber={ticketNumber}
                  author={reply.author}
                  date={reply.date}
                  body={reply.body}
                  staff={isStaff(reply.type)}
                  files={reply.attachments}
                  offline={offline}
                />
              </li>
            ))}
          </ol>
          <ReplyForm
            key={ticketNumber}
            accountId={accountId}
            ticketNumber={ticketNumber}
            draft={ticket.draft}
            offline={offline}
            closed={closed}
          />
        </div>
      )}
    </Page>
  );
}
