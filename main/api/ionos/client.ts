/**
 * The IONOS Reseller API v2 client: one typed function per endpoint over the app's HTTP layer.
 * Every failure is an AppFailure carrying an AppError; answers are checked at the boundary.
 */
import type {
  Contract,
  ContractAdmin,
  ContractPage,
  IonosApiInfo,
  ResourceLimits,
} from '../../../common/models/contract';
import type { HttpClient } from '../http';
import * as admins from './admins';
import * as contracts from './contracts';
import { parseJson, toApiInfo } from './schemas';
import { createTransport, type IonosAuth } from './transport';

export type { AdminChanges, AdminInput } from './admins';
export type { ContractInput, ListContractsOptions } from './contracts';
export type { IonosAuth } from './transport';

export interface IonosClientOptions {
  /** e.g. https://api.ionos.com/reseller/v2 (per account; the sandbox in tests and the demo). */
  readonly baseUrl: string;
  readonly auth: IonosAuth;
  readonly http: HttpClient;
}

export interface IonosClient {
  readonly baseUrl: string;
  readonly authMethod: IonosAuth['method'];
  apiInfo(): Promise<IonosApiInfo>;
  listContractsPage(options?: contracts.ListContractsOptions): Promise<ContractPage>;
  /** `expected`: how many contracts the cache held, so the pages up to that count are asked for at once. */
  listAllContracts(options?: {
    status?: string;
    expected?: number;
    onPage?: (loaded: number) => void;
  }): Promise<Contract[]>;
  getContract(contractId: string): Promise<Contract>;
  createContract(input: contracts.ContractInput): Promise<Contract>;
  replaceContract(contractId: string, input: contracts.ContractInput): Promise<Contract>;
  renameContract(contractId: string, name: string): Promise<Contract>;
  updateResourceLimits(contractId: string, limits: ResourceLimits): Promise<Contract>;
  listAdmins(contractId: string): Promise<ContractAdmin[]>;
  getAdmin(contractId: string, adminId: string): Promise<ContractAdmin>;
  createAdmin(contractId: string, input: admins.AdminInput): Promise<ContractAdmin>;
  updateAdmin(contractId: string, adminId: string, changes: admins.AdminChanges): Promise<ContractAdmin>;
  deleteAdmin(contractId: string, adminId: string): Promise<void>;
}

export function createIonosClient(options: IonosClientOptions): IonosClient {
  const t = createTransport(options.baseUrl, options.auth, options.http);
  return {
    baseUrl: t.baseUrl,
    authMethod: options.auth.method,
    apiInfo: async () => {
      const response = await t.send({ method: 'GET', path: '/', what: 'The API information' });
      return toApiInfo(parseJson(response.text, 'the API information'));
    },
    listContractsPage: (listOptions) => contracts.listContractsPage(t, listOptions),
    listAllContracts: (listOptions) => contracts.listAllContracts(t, listOptions),
    getContract: (id) => contracts.getContract(t, id),
    createContract: (input) => contracts.createContract(t, input),
    replaceContract: (id, input) => contracts.replaceContract(t, id, input),
    renameContract: (id, name) => contracts.renameContract(t, id, name),
    updateResourceLimits: (id, limits) => contracts.updateResourceLimits(t, id, limits),
    listAdmins: (contractId) => admins.listAdmins(t, contractId),
    getAdmin: (contractId, adminId) => admins.getAdmin(t, contractId, adminId),
    createAdmin: (contractId, input) => admins.createAdmin(t, contractId, input),
    updateAdmin: (contractId, adminId, changes) => admins.updateAdmin(t, contractId, adminId, changes),
    deleteAdmin: (contractId, adminId) => admins.deleteAdmin(t, contractId, adminId),
  };
}
