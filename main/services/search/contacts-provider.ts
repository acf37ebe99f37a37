/** HostBill portal contacts: name, company, email. Reads the contacts document of migration 008. */
import { portalKeys } from '../../../common/channels/portal';
import type { Contact } from '../../../common/models/hostbill';
import type { SearchProvider } from './provider';

export const contactsProvider: SearchProvider = {
  kind: 'contact',
  accountKind: 'hostbill',
  affected(resource) {
    const name = portalKeys.parse(resource)?.name;
    return name === 'contacts' || name === 'contact' ? 'all' : null;
  },
  items(db, accountId) {
    const json = db
      .prepare('SELECT json FROM portal_documents WHERE account_id = ? AND resource = ?')
      .pluck()
      .get(accountId, portalKeys.key.contacts()) as string | undefined;
    const contacts = json ? (JSON.parse(json) as Contact[]) : [];
    return contacts.map((contact) => {
      const name = [contact.firstName, contact.lastName].filter(Boolean).join(' ');
      return {
        key: contact.id,
        title: name || contact.email || `Contact ${contact.id}`,
        subtitle: [contact.companyName, contact.email].filter(Boolean).join(' · '),
        route: `contacts/${contact.id}`,
        terms: [contact.companyName, contact.email],
        exact: [contact.email],
      };
    });
  },
};
