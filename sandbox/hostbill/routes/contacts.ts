/** Contacts (with privileges) and portal notifications. */
import { text } from '../body';
import { fail, info, ok, type Route } from '../router';
import { NEVER } from '../rng';
import { nextId, type ContactRecord, type HostbillState, type NotificationRecord } from '../state';
import { profileFields, validateProfile } from './account';

const ACCOUNT_PRIVILEGES: Readonly<Record<string, readonly string[]>> = {
  billing: ['emails', 'payinvoice', 'orders', 'balance', 'addfunds', 'creditcard'],
  support: ['newticket', 'tickets', 'closeticket', 'emails'],
  misc: ['editmain', 'emails', 'editipaccess', 'manageprofiles', 'affiliates'],
};
const SERVICE_PRIVILEGES = ['basic', 'billing', 'cancelation', 'upgrade', 'notify'];
const DOMAIN_PRIVILEGES = ['basic', 'renew', 'notify', 'contactinfo', 'nameservers'];

function privilegeCatalog(state: HostbillState): Record<string, unknown> {
  const services: Record<string, unknown> = { full: 1 };
  const domains: Record<string, unknown> = { full: 1 };
  for (const s of state.services.values()) {
    if (s.kind === 'domain') domains[s.id] = DOMAIN_PRIVILEGES;
    else services[s.id] = SERVICE_PRIVILEGES;
  }
  return { ...ACCOUNT_PRIVILEGES, services, domains };
}

/** services/domains: `{full: 1}` or `{<id>: [rights of that id]}`, ids and rights from the catalog. */
function scopedValid(allowed: Record<string, unknown>, granted: unknown): boolean {
  if (granted === null || typeof granted !== 'object' || Array.isArray(granted)) return false;
  return Object.entries(granted).every(([key, rights]) => {
    if (key === 'full') return rights === 1 || rights === '1' || rights === true || rights === 0 || rights === '0';
    const offered = allowed[key];
    return Array.isArray(offered) && Array.isArray(rights) && rights.every((r) => offered.includes(r));
  });
}

/** Privileges as sent (object, or a JSON string as the doc's "privilegesValue" suggests); a string is an error. */
function readPrivileges(state: HostbillState, raw: unknown): Record<string, unknown> | string {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return 'Invalid privileges';
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'Invalid privileges';
  const catalog = privilegeCatalog(state);
  for (const [group, granted] of Object.entries(value)) {
    const allowed = catalog[group];
    if (!allowed) return `Invalid privilege group: ${group}`;
    if (Array.isArray(allowed)) {
      if (!Array.isArray(granted) || granted.some((p) => !allowed.includes(p)))
        return `Invalid privileges for ${group}`;
    } else if (!scopedValid(allowed as Record<string, unknown>, granted)) return `Invalid privileges for ${group}`;
  }
  return value as Record<string, unknown>;
}

function contactDetail(contact: ContactRecord): Record<string, unknown> {
  const { password: _password, lastlogin: _lastlogin, ...rest } = contact;
  return rest;
}

function notificationJson(n: NotificationRecord): Record<string, unknown> {
  return {
    id: n.id,
    rel_type: n.relType,
    rel_id: n.relId,
    subject: n.subject,
    message: n.message,
    date: n.date,
    seen: n.read ? '1' : '0',
  };
}

function filtered(state: HostbillState, query: URLSearchParams, onlyNew: boolean): Record<string, unknown>[] {
  const relType = query.get('rel_type');
  const relId = query.get('rel_id');
  return [...state.notifications.values()]
    .filter(
      (n) =>
        (!onlyNew || !n.read) &&
        (!relType || n.relType.toLowerCase() === relType.toLowerCase()) &&
        (!relId || n.relId === relId),
    )
    .map(notificationJson);
}

export const contactRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: '/contact',
    handler: ({ state }) =>
      ok({
        contacts: [...state.contacts.values()].map((c) => ({
          email: c.email,
          id: c.id,
          firstname: c.firstname,
          lastname: c.lastname,
          companyname: c.companyname,
          company: c.companyname ? '1' : '0',
          lastlogin: c.lastlogin,
        })),
      }),
  },
  {
    method: 'GET',
    pattern: '/contact/privileges',
    handler: ({ state }) => ok({ privileges: privilegeCatalog(state) }),
  },
  {
    method: 'POST',
    pattern: '/contact',
    handler: ({ state, body }) => {
      const values = { type: 'Private', firstname: '', lastname: '', email: '', ...profileFields(body) };
      const errors = validateProfile(values);
      if (errors.length > 0) return fail(...errors);
      if (
        [state.client.email, ...[...state.contacts.values()].map((c) => c.email)].some(
          (e) => e.toLowerCase() === values.email.toLowerCase(),
        )
      ) {
        return fail('Email address is already in use');
      }
      const privileges = body['privileges'] === undefined ? {} : readPrivileges(state, body['privileges']);
      if (typeof privileges === 'string') return fail(privileges);
      const password = text(body, 'password');
      if (password !== '' && password.length < 8) return fail('Password must be at least 8 characters');
      const id = nextId(state, 'contact', Math.max(52, ...[...state.contacts.keys()].map(Number)));
      const blank = {
        companyname: '',
        address1: '',
        address2: '',
        city: '',
        state: '',
        postcode: '',
        country: 'US',
        phonenumber: '',
      };
      state.contacts.set(id, { id, ...blank, ...values, password, lastlogin: NEVER, privileges });
      return ok({ contact_id: id, info: ['Contact has been added'] });
    },
  },
  {
    method: 'GET',
    pattern: '/contact/:id',
    handler: ({ state, params }) => {
      const contact = state.contacts.get(params.id ?? '');
      return contact ? ok({ contact: contactDetail(contact) }) : fail('Contact not found');
    },
  },
  {
    method: 'PUT',
    pattern: '/contact/:id',
    handler: ({ state, params, body }) => {
      const contact = state.contacts.get(params.id ?? '');
      if (!contact) return fail('Contact not found');
      const values = profileFields(body);
      const errors = validateProfile(values);
      if (errors.length > 0) return fail(...errors);
      const privileges =
        body['privileges'] === undefined ? contact.privileges : readPrivileges(state, body['privileges']);
      if (typeof privileges === 'string') return fail(privileges);
      Object.assign(contact, values, { privileges });
      return info('Contact details have been updated');
    },
  },
  {
    method: 'GET',
    pattern: '/notifications',
    handler: ({ state, request }) => ok({ notifications: filtered(state, request.query, false) }),
  },
  {
    method: 'GET',
    pattern: '/notifications/new',
    handler: ({ state, request }) => ok({ notifications: filtered(state, request.query, true) }),
  },
  {
    method: 'PUT',
    pattern: '/notifications/:id/ack',
    handler: ({ state, params }) => {
      const notification = state.notifications.get(params.id ?? '');
      if (!notification) return fail('Notification not found');
      notification.read = true;
      return ok({ success: true, info: ['Notification marked as read'] });
    },
  },
];
