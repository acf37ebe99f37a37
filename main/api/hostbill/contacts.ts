/** Contacts (sub-accounts). A contact's password is write-only: sent on create, never read back. */
import { z } from 'zod';
import type { Contact, PortalInfo } from '../../../common/models/hostbill';
import type { ContactInput } from '../../../common/schemas/hostbill';
import { profileToWire } from './account';
import type { PortalContext } from './context';
import { toContact } from './mappers';
import { id, infoOf, isRaw, parseWith, pick, rawListOrMap, rawObject } from './normalize';
import { path } from './request';

function contactToWire(input: Partial<ContactInput>): Record<string, unknown> {
  return {
    ...profileToWire(input),
    ...(input.password ? { password: input.password } : {}),
    ...(input.privileges ? { privileges: input.privileges } : {}),
  };
}

export function contactsApi(ctx: PortalContext) {
  return {
    async listContacts(): Promise<Contact[]> {
      return parseWith(
        z.object({ contacts: rawListOrMap }),
        await ctx.get('/contact', { optional: true }),
      ).contacts.map(toContact);
    },

    /** A POST: repeated it would create a second contact. */
    async addContact(input: ContactInput): Promise<PortalInfo & { contactId: string | null }> {
      const body = await ctx.post('/contact', contactToWire(input), { optional: true });
      return { info: infoOf(body), contactId: isRaw(body) ? id(pick(body, 'contact_id', 'id')) : null };
    },

    async getContactPrivileges(): Promise<Record<string, unknown>> {
      return parseWith(z.object({ privileges: rawObject }), await ctx.get('/contact/privileges', { optional: true }))
        .privileges;
    },

    async getContact(contactId: string): Promise<Contact> {
      return toContact(
        parseWith(z.object({ contact: rawObject }), await ctx.get(path`/contact/${contactId}`, { optional: true }))
          .contact,
      );
    },

    async updateContact(contactId: string, input: Partial<ContactInput>): Promise<PortalInfo> {
      return { info: infoOf(await ctx.put(path`/contact/${contactId}`, contactToWire(input), { optional: true })) };
    },
  };
}
