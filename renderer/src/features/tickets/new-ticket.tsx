/** Opens a ticket in a department; on success the new thread opens. */
import { useState, type ReactElement } from 'react';
import { MAX_TICKET_BODY, MAX_TICKET_SUBJECT, ticketKeys } from '../../../../common/channels/tickets';
import type { AppError } from '../../../../common/errors';
import { accountHref, useNavigation } from '../../app/navigation-store';
import { Button } from '../../components/button';
import { ErrorNotice } from '../../components/error-notice';
import { Field } from '../../components/field';
import { Link } from '../../components/link';
import { Page } from '../../components/page';
import { isOffline } from '../../components/sync-status';
import { call } from '../../lib/api';
import { useCachedResource } from '../../lib/use-cached-resource';
import { useUnsavedChanges } from '../../lib/use-unsaved-changes';
import { OFFLINE_REASON } from './format';
import { createTicket } from './tickets-api';

export function NewTicketScreen({ accountId }: { readonly accountId: string }): ReactElement {
  const departments = useCachedResource({
    accountId,
    keys: [ticketKeys.key.departments()],
    read: () => call((api) => api.tickets.departments({ accountId })),
  });
  const open = useNavigation((state) => state.open);
  const [departmentId, setDepartmentId] = useState('');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const offline = isOffline(departments.cached);
  const list = departments.data ?? [];
  const chosen = departmentId || list[0]?.id || '';
  // A new ticket has no draft kept anywhere (unlike a reply): leaving with text in it asks first.
  const unsaved = useUnsavedChanges(subject.trim() !== '' || body.trim() !== '');

  const submit = async () => {
    setBusy(true);
    setError(null);
    const result = await createTicket(accountId, chosen, subject, body);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    unsaved.saved();
    open(accountHref(accountId, 'tickets', result.value.ticketNumber));
  };

  return (
    <Page
      titleId="new-ticket-title"
      title="New ticket"
      before={<Link href={accountHref(accountId, 'tickets')}>← All tickets</Link>}
      resource={departments}
    >
      <form
        className="card card-body stack new-ticket"
        aria-label="New ticket"
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy && !offline) void submit();
        }}
      >
        <Field label="Department" error={error?.details?.departmentId}>
          <select value={chosen} onChange={(event) => setDepartmentId(event.target.value)} required>
            {list.length === 0 && <option value="">Loading departments…</option>}
            {list.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name || d.id}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Subject" error={error?.details?.subject}>
          <input
            value={subject}
            maxLength={MAX_TICKET_SUBJECT}
            onChange={(event) => setSubject(event.target.value)}
            required
          />
        </Field>
        <Field label="Message" error={error?.details?.body}>
          <textarea
            rows={8}
            value={body}
            maxLength={MAX_TICKET_BODY}
            onChange={(event) => setBody(event.target.value)}
          />
        </Field>
        {error && !error.details && <ErrorNotice error={error} />}
        <div className="row">
          <Button type="submit" variant="primary" busy={busy} disabled={busy || offline || !chosen}>
            Open ticket
          </Button>
          {offline && <span className="muted small">{OFFLINE_REASON}</span>}
        </div>
      </form>
    </Page>
  );
}
