/** Account routes: /details, /logs, /balance, /statuses. */
import { text } from '../body';
import { outstandingBalance } from '../invoice-math';
import { fail, ok, type Route } from '../router';
import { money } from '../rng';
import { addLog, type ClientRecord, type StatusRecord } from '../state';

const EDITABLE = [
  'type',
  'firstname',
  'lastname',
  'phonenumber',
  'email',
  'companyname',
  'address1',
  'address2',
  'city',
  'state',
  'postcode',
  'country',
] as const;

export function clientJson(client: ClientRecord): Record<string, string> {
  return {
    id: client.id,
    email: client.email,
    lastlogin: client.lastlogin,
    ip: client.ip,
    host: client.host,
    firstname: client.firstname,
    lastname: client.lastname,
    companyname: client.companyname,
    address1: client.address1,
    address2: client.address2,
    city: client.city,
    state: client.state,
    postcode: client.postcode,
    country: client.country,
    phonenumber: client.phonenumber,
  };
}

/** Validates profile fields shared by /details and /contact; returns error messages. */
export function validateProfile(values: Partial<Record<(typeof EDITABLE)[number], string>>): string[] {
  const errors: string[] = [];
  if (values.email !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email))
    errors.push('Email address is invalid');
  if (values.firstname !== undefined && values.firstname === '') errors.push('First Name is required');
  if (values.lastname !== undefined && values.lastname === '') errors.push('Last Name is required');
  if (values.country !== undefined && !/^[A-Z]{2}$/.test(values.country))
    errors.push('Country must be a two-letter ISO code');
  if (values.type !== undefined && !['Private', 'Company'].includes(values.type))
    errors.push('Account Type is invalid');
  return errors;
}

/** The fields present in a body, restricted to the editable profile ones. */
export function profileFields(body: Record<string, unknown>): Partial<Record<(typeof EDITABLE)[number], string>> {
  const values: Partial<Record<(typeof EDITABLE)[number], string>> = {};
  for (const key of EDITABLE) if (key in body) values[key] = text(body, key);
  return values;
}

function statusJson(status: StatusRecord): Record<string, unknown> {
  return {
    id: status.id,
    title: status.title,
    description: status.description,
    status: status.status,
    date: status.date,
    updated: status.updated,
    services: status.serviceIds,
    seen: status.seen ? '1' : '0',
  };
}

export const accountRoutes: readonly Route[] = [
  { method: 'GET', pattern: '/details', handler: ({ state }) => ok({ client: clientJson(state.client) }) },
  {
    method: 'PUT',
    pattern: '/details',
    handler: ({ state, body, now }) => {
      const values = profileFields(body);
      const errors = validateProfile(values);
      if (errors.length > 0) return fail(...errors);
      Object.assign(state.client, values);
      addLog(state, 'profile', 'Client profile updated', now);
      return ok({ client: clientJson(state.client), info: ['Your details have been updated'] });
    },
  },
  { method: 'GET', pattern: '/logs', handler: ({ state }) => ok({ logs: state.logs }) },
  {
    method: 'GET',
    pattern: '/balance',
    // Real portals often leave `currency` empty here: clients take it from invoices.
    handler: ({ state }) =>
      ok({
        success: true,
        details: {
          currency: '',
          acc_balance: money(outstandingBalance(state)),
          acc_credit: money(state.client.credit),
        },
      }),
  },
  {
    method: 'GET',
    pattern: '/statuses',
    handler: ({ state, request }) => {
      const wanted = request.query.get('status');
      const list = [...state.statuses.values()].filter(
        (s) => !wanted || s.status.toLowerCase() === wanted.toLowerCase(),
      );
      return ok({ statuses: list.map(statusJson) });
    },
  },
  {
    method: 'PUT',
    pattern: '/statuses/:id',
    // Undocumented semantics; modelled as "show the details and mark them seen".
    handler: ({ state, params }) => {
      const status = state.statuses.get(params.id ?? '');
      if (!status) return fail('Status not found');
      status.seen = true;
      return ok({ success: true, details: statusJson(status) });
    },
  },
];
