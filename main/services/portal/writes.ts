/**
 * Writes of the contacts and account areas: portal first, then the portal's own copy is cached.
 * A contact's password travels in the request only: it is not stored, logged or described.
 */
import { portalKeys, type ContactCreated } from '../../../common/channels/portal';
import type { AccountDetails, Contact, StatusEntry } from '../../../common/models/hostbill';
import type { ContactCreateInput, ContactUpdateInput, ProfileInput } from '../../../common/portal/profile';
import type { FeatureDeps } from '../feature-deps';
import { portalWrite } from '../kernel';
import type { PortalDocuments } from './documents';
import { contactRow, detailsRow } from './resources';

const key = portalKeys.key;

/** The fields a write changed, by name only for anything that could be personal beyond the profile. */
function describe(input: Partial<ProfileInput> & { privileges?: unknown }) {
  const values: Record<string, string | boolean> = {};
  for (const [field, value] of Object.entries(input)) {
    if (field === 'privileges') values.privileges = true;
    else if (typeof value === 'string') values[field] = value;
  }
  return values;
}

export function createPortalWrites(deps: FeatureDeps, docs: PortalDocuments) {
  const upsertContact = (accountId: string, contact: Contact) => {
    docs.put(accountId, key.contact({ contactId: contact.id }), contactRow(contact));
    const list = docs.get<Contact[]>(accountId, key.contacts());
    if (list) {
      const others = list.filter((c) => c.id !== contact.id);
      docs.put(
        accountId,
        key.contacts(),
        [...others, contactRow(contact)].sort((a, b) => Number(a.id) - Number(b.id)),
      );
    }
  };

  return {
    async createContact(accountId: string, input: ContactCreateInput): Promise<ContactCreated> {
      const { password, ...profile } = input;
      const created = await portalWrite(deps, {
        accountId,
        kind: 'hostbill',
        send: async (client) => {
          const answer = await client.addContact({ ...profile, ...(password ? { password } : {}) });
          // The portal's copy (never the password) is what the cache keeps.
          const contact = answer.contactId ? await client.getContact(answer.contactId).catch(() => null) : null;
          return { answer, contact };
        },
        store: ({ contact }) => contact && upsertContact(accountId, contact),
        changed: [key.contacts()],
        activity: {
          area: 'contacts',
          action: 'add contact',
          target: `${profile.firstName} ${profile.lastName}`,
          values: { ...describe(profile), signIn: password !== undefined },
        },
      });
      return { contactId: created.answer.contactId, info: created.answer.info };
    },

    async updateContact(accountId: string, contactId: string, input: ContactUpdateInput): Promise<Contact> {
      return portalWrite(deps, {
        accountId,
        kind: 'hostbill',
        send: async (client) => {
          await client.updateContact(contactId, input);
          return client.getContact(contactId);
        },
        store: (contact) => upsertContact(accountId, contact),
        changed: [key.contacts(), key.contact({ contactId })],
        activity: { area: 'contacts', action: 'edit contact', target: `contact ${contactId}`, values: describe(input) },
      });
    },

    async updateDetails(accountId: string, input: Partial<ProfileInput>): Promise<AccountDetails> {
      const details = await portalWrite(deps, {
        accountId,
        kind: 'hostbill',
        send: (client) => client.updateDetails(input),
        store: (answer) => docs.put(accountId, key.details(), detailsRow(answer)),
        changed: [key.details()],
        activity: { area: 'account', action: 'edit details', target: 'portal account', values: describe(input) },
      });
      return detailsRow(details);
    },

    async setStatus(accountId: string, statusId: string): Promise<StatusEntry | null> {
      const answer = await portalWrite(deps, {
        accountId,
        kind: 'hostbill',
        send: (client) => client.updateStatus(statusId),
        store: ({ status }) => {
          const list = docs.get<StatusEntry[]>(accountId, key.statuses());
          if (status && list)
            docs.put(
              accountId,
              key.statuses(),
              list.map((s) => (s.id === status.id ? status : s)),
            );
        },
        changed: [key.statuses()],
        activity: { area: 'account', action: 'mark status seen', target: `status ${statusId}` },
      });
      return answer.status;
    },
  };
}
