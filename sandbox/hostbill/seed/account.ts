/** Seeds the account holder, contacts with privileges, and the activity log. */
import { addDays, ymdhms, NEVER, type Rng } from '../rng';
import { CLIENT_IP, type ClientRecord, type ContactRecord, type HostbillState } from '../state';
import { PEOPLE } from './names';

export const DEMO_USERNAME = 'admin@demo-hosting.example';
export const DEMO_PASSWORD = 'demo-password';
export const DEMO_MFA_CODE = '123456';

export function createClient(anchor: Date): ClientRecord {
  return {
    id: '26',
    email: DEMO_USERNAME,
    password: DEMO_PASSWORD,
    type: 'Company',
    firstname: 'Alex',
    lastname: 'Morgan',
    companyname: 'Demo Hosting Ltd',
    address1: 'Pretty View Lane',
    address2: '3294',
    city: 'Santa Rosa',
    state: 'California',
    postcode: '95401',
    country: 'US',
    phonenumber: '+1.7075550123',
    lastlogin: ymdhms(addDays(anchor, -2)),
    ip: CLIENT_IP,
    host: 'office.demo-hosting.example',
    credit: 42.5,
  };
}

const PRIVILEGE_SETS: readonly Record<string, unknown>[] = [
  { billing: ['emails', 'payinvoice', 'balance'], support: ['tickets', 'newticket'] },
  { support: ['newticket', 'tickets', 'closeticket', 'emails'], services: { full: 1 } },
  { billing: ['emails', 'payinvoice', 'orders', 'balance', 'addfunds'], misc: ['editmain'] },
  { support: ['tickets'], domains: { full: 1 } },
];

export function seedContacts(state: HostbillState, rng: Rng, anchor: Date): void {
  PEOPLE.slice(0, 4).forEach(([firstname, lastname], index) => {
    const id = String(49 + index);
    const contact: ContactRecord = {
      id,
      email: `${firstname
        .toLowerCase()
        .normalize('NFD')
        .replace(/[^a-z]/g, '')}.${lastname
        .toLowerCase()
        .normalize('NFD')
        .replace(/[^a-z]/g, '')}@demo-hosting.example`,
      password: index % 2 === 0 ? `contact-pass-${index}` : '',
      type: 'Private',
      firstname,
      lastname,
      companyname: index === 3 ? 'Lakeside Dental' : '',
      address1: 'Pretty View Lane',
      address2: String(3100 + index * 7),
      city: 'Santa Rosa',
      state: 'California',
      postcode: '95401',
      country: 'US',
      phonenumber: `+1.70755501${30 + index}`,
      lastlogin: index % 2 === 0 ? ymdhms(addDays(anchor, -rng.int(1, 90))) : NEVER,
      privileges: PRIVILEGE_SETS[index] ?? {},
    };
    state.contacts.set(id, contact);
  });
}

const LOG_ACTIONS: readonly [string, string][] = [
  ['login', 'Client logged in'],
  ['login', 'Client logged in'],
  ['login', 'Client logged in'],
  ['invoice', 'Invoice payment received'],
  ['profile', 'Client profile updated'],
  ['service', 'Service label changed'],
  ['ticket', 'Ticket reply added'],
  ['password', 'Password reset requested'],
  ['api', 'API token generated'],
];

export function seedLogs(state: HostbillState, rng: Rng, anchor: Date): void {
  let when = anchor.getTime();
  for (let i = 0; i < 80; i += 1) {
    when -= rng.int(2, 60) * 3_600_000;
    const [action, description] = rng.pick(LOG_ACTIONS);
    state.logs.push({ id: String(9000 - i), date: ymdhms(new Date(when)), action, description, ip: CLIENT_IP });
  }
  state.sequences['log'] = 9000;
}
