/** The Contacts area's writes. A password is passed through once and kept nowhere here. */
import type { ContactCreateInput, ContactUpdateInput } from '../../../../common/portal/profile';
import { call } from '../../lib/api';

export const createContact = (accountId: string, input: ContactCreateInput) =>
  call((api) => api.contacts.create({ accountId, ...input }));

export const updateContact = (accountId: string, contactId: string, input: ContactUpdateInput) =>
  call((api) => api.contacts.update({ accountId, contactId, ...input }));
