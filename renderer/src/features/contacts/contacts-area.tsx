/**
 * The Contacts area of a HostBill account. Routes (under #/a/<account>/contacts): the list,
 * `new` (add a contact), <contactId> (edit one).
 */
import { useMemo, useState, type ReactElement } from 'react';
import { portalKeys } from '../../../../common/channels/portal';
import type { Contact } from '../../../../common/models/hostbill';
import { grantsFromWire, summarizeGrants, type PrivilegeMatrix } from '../../../../common/portal/privileges';
import type { AccountAreaProps } from '../../app/area-props';
import { accountHref, useNavigation } from '../../app/navigation-store';
import { Button } from '../../components/button';
import { EmptyState } from '../../components/empty-state';
import { Link } from '../../components/link';
import { Page } from '../../components/page';
import { isOffline } from '../../components/sync-status';
import { call } from '../../lib/api';
import '../../styles/portal.css';
import { OFFLINE_REASON, usePortalResource } from '../../lib/portal-resource';
import { formatDate } from '../../../../common/portal/format';
import { ContactEditor } from './contact-editor';

function ContactsTable(props: { accountId: string; contacts: readonly Contact[]; matrix: PrivilegeMatrix | null }) {
  const { accountId, contacts, matrix } = props;
  if (contacts.length === 0)
    return (
      <div className="card">
        <EmptyState icon="contacts" title="No contacts yet">
          Add a contact to let someone else act on this portal account.
        </EmptyState>
      </div>
    );
  return (
    <div className="card table-wrap">
      <table className="table" aria-label="Contacts">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Company</th>
            <th scope="col">Last sign-in</th>
            <th scope="col">Privileges</th>
          </tr>
        </thead>
        <tbody>
          {contacts.map((c) => (
            <tr key={c.id}>
              <td>
                <Link href={accountHref(accountId, 'contacts', c.id)}>
                  {`${c.firstName ?? ''} ${c.lastName ?? ''}`.trim() || `#${c.id}`}
                </Link>
              </td>
              <td>{c.email ?? '—'}</td>
              <td>{c.companyName ?? '—'}</td>
              <td>{c.lastLogin ? formatDate(c.lastLogin) : 'Never'}</td>
              <td className="small muted">
                {matrix && c.privileges
                  ? summarizeGrants(matrix, grantsFromWire(matrix, c.privileges).grants).join(' · ') || '—'
                  : 'Open to see'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function EditScreen({
  accountId,
  contactId,
  matrix,
}: {
  accountId: string;
  contactId: string | null;
  matrix: PrivilegeMatrix;
}) {
  const open = useNavigation((s) => s.open);
  const contact = usePortalResource(accountId, portalKeys.key.contact({ contactId: contactId ?? '0' }), () =>
    contactId === null
      ? Promise.resolve({
          ok: true as const,
          value: { data: null, syncedAt: null, stale: false, refreshing: false, lastError: null },
        })
      : call((api) => api.contacts.get({ accountId, contactId })),
  );
  const offline = isOffline(contact.cached);
  const back = accountHref(accountId, 'contacts');
  if (contactId !== null && !contact.data)
    return (
      <p className="muted" aria-busy="true">
        Reading the contact…
      </p>
    );
  return (
    <ContactEditor
      key={contactId ?? 'new'}
      accountId={accountId}
      matrix={matrix}
      contact={contact.data}
      writeBlocked={offline ? OFFLINE_REASON : null}
      onCancel={() => open(back)}
      onSaved={(id) => open(id ? accountHref(accountId, 'contacts', id) : back)}
    />
  );
}

export function ContactsArea({ accountId, path }: AccountAreaProps): ReactElement {
  const open = useNavigation((s) => s.open);
  const [first] = path;
  const contacts = usePortalResource(accountId, portalKeys.key.contacts(), () =>
    call((api) => api.contacts.list({ accountId })),
  );
  const privileges = usePortalResource(accountId, portalKeys.key.privileges(), () =>
    call((api) => api.contacts.privileges({ accountId })),
  );
  const [query, setQuery] = useState('');
  const rows = useMemo(() => {
    const q = query.trim().toLowerCase();
    const all = contacts.data ?? [];
    return q === ''
      ? all
      : all.filter((c) => [c.firstName, c.lastName, c.email, c.companyName].join(' ').toLowerCase().includes(q));
  }, [contacts.data, query]);
  const offline = isOffline(contacts.cached);
  const editing = first !== undefined;
  return (
    <Page
      titleId="contacts-title"
      title={first === 'new' ? 'New contact' : editing ? 'Contact' : 'Contacts'}
      subtitle={editing ? undefined : 'People who may act on this portal account'}
      resource={editing ? privileges : contacts}
      before={editing ? <Link href={accountHref(accountId, 'contacts')}>← All contacts</Link> : undefined}
      actions={
        !editing && (
          <Button
            variant="primary"
            icon="plus"
            disabled={offline || !privileges.data}
            title={offline ? OFFLINE_REASON : undefined}
            onClick={() => open(accountHref(accountId, 'contacts', 'new'))}
          >
            New contact
          </Button>
        )
      }
    >
      {editing ? (
        privileges.data ? (
          <EditScreen accountId={accountId} contactId={first === 'new' ? null : first} matrix={privileges.data} />
        ) : (
          <p className="muted" aria-busy="true">
            Reading the privileges the portal offers…
          </p>
        )
      ) : (
        <div className="stack">
          {offline && <p className="muted small">{OFFLINE_REASON}</p>}
          <input
            type="search"
            aria-label="Search contacts"
            placeholder="Search contacts"
            maxLength={200}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <ContactsTable accountId={accountId} contacts={rows} matrix={privileges.data} />
        </div>
      )}
    </Page>
  );
}
