/** Admin users of a contract. Reads never carry a password; PATCH always sends all three fields. */
import { fail } from '../../../common/errors';
import type { ContractAdmin } from '../../../common/models/contract';
import { idFromLocation } from './contracts';
import { parseJson, toAdmin, toAdminList } from './schemas';
import { checkedId, type IonosTransport } from './transport';

export interface AdminInput {
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
  readonly password: string;
}

export interface AdminChanges {
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
}

export async function listAdmins(t: IonosTransport, contractId: string): Promise<ContractAdmin[]> {
  const cid = checkedId(contractId, 'Contract number');
  const response = await t.send({ method: 'GET', path: `/contracts/${cid}/admins`, what: `Contract ${cid}` });
  return toAdminList(parseJson(response.text, `the admins of contract ${cid}`), cid, `the admins of contract ${cid}`);
}

export async function getAdmin(t: IonosTransport, contractId: string, adminId: string): Promise<ContractAdmin> {
  const cid = checkedId(contractId, 'Contract number');
  const aid = checkedId(adminId, 'Admin id');
  const response = await t.send({
    method: 'GET',
    path: `/contracts/${cid}/admins/${aid}`,
    what: `Admin ${aid} of contract ${cid}`,
  });
  return toAdmin(parseJson(response.text, `admin ${aid}`), cid, `admin ${aid}`);
}

/** Never repeated automatically: a repeat could create the admin twice. */
export async function createAdmin(t: IonosTransport, contractId: string, input: AdminInput): Promise<ContractAdmin> {
  const cid = checkedId(contractId, 'Contract number');
  const { firstName, lastName, email, password } = input;
  const response = await t.send({
    method: 'POST',
    path: `/contracts/${cid}/admins`,
    json: { firstName, lastName, email, password },
    fields: 'admin',
    what: `Contract ${cid}`,
  });
  if (response.text.trim().length > 0) return toAdmin(parseJson(response.text, 'the new admin'), cid, 'the new admin');
  const aid = idFromLocation(response.headers.get('location'));
  if (aid === null) fail('server', 'The admin was created, but the IONOS API did not say which one: refresh the list.');
  return getAdmin(t, cid, aid);
}

/** Whether PATCH accepts a partial body is unknown, so all three fields are always sent. */
export async function updateAdmin(
  t: IonosTransport,
  contractId: string,
  adminId: string,
  changes: AdminChanges,
): Promise<ContractAdmin> {
  const cid = checkedId(contractId, 'Contract number');
  const aid = checkedId(adminId, 'Admin id');
  const { firstName, lastName, email } = changes;
  const response = await t.send({
    method: 'PATCH',
    path: `/contracts/${cid}/admins/${aid}`,
    json: { firstName, lastName, email },
    fields: 'admin',
    what: `Admin ${aid} of contract ${cid}`,
  });
  return toAdmin(parseJson(response.text, `admin ${aid}`), cid, `admin ${aid}`);
}

/** 204 with no body. Repeating a DELETE is harmless, so the http layer may retry it. */
export async function deleteAdmin(t: IonosTransport, contractId: string, adminId: string): Promise<void> {
  const cid = checkedId(contractId, 'Contract number');
  const aid = checkedId(adminId, 'Admin id');
  await t.send({
    method: 'DELETE',
    path: `/contracts/${cid}/admins/${aid}`,
    what: `Admin ${aid} of contract ${cid}`,
    goneIsDone: true,
  });
}
