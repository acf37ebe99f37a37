/**
 * The simulator's in-memory world: contracts in contract-number order and their admins. Tests read
 * and poke it directly (e.g. give a contract an odd status) to exercise the client's leniency.
 */
export interface SimResourceLimits {
  ramServerMax: number;
  cpuServerMax: number;
  hddVolumeMaxSize: number;
  ssdVolumeMaxSize: number;
  ramContractMax: number;
  cpuContractMax: number;
  hddVolumeContractMaxSize: number;
  ssdVolumeContractMaxSize: number;
  ips: number;
}

export const LIMIT_KEYS = [
  'ramServerMax',
  'cpuServerMax',
  'hddVolumeMaxSize',
  'ssdVolumeMaxSize',
  'ramContractMax',
  'cpuContractMax',
  'hddVolumeContractMaxSize',
  'ssdVolumeContractMaxSize',
  'ips',
] as const satisfies readonly (keyof SimResourceLimits)[];

/** Fields are optional so a test can remove one and see how the client copes with a sparse answer. */
export interface SimContract {
  id: string;
  name?: string;
  resellerReference?: string;
  status?: string;
  resourceLimits?: SimResourceLimits;
}

export interface SimAdmin {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  /** Kept to mimic the server; never sent back. */
  password: string;
}

/** Knobs for server behaviours the docs leave open, so the client can be tested against each. */
export interface SimQuirks {
  /** Send `_links` as paths ("/reseller/v2/contracts?...") instead of absolute URLs. */
  relativeLinks: boolean;
  /** Put this origin in `_links` instead of the server's own (to test the same-origin rule). */
  linkOrigin: string | null;
  /** Serve at most this many contracts per page whatever `limit` asks (the body says the real limit). */
  maxLimit: number | null;
  /** Put a `page` token in every paging link: links no client could build from an offset alone. */
  pageTokens: boolean;
}

export class IonosState {
  /** Insertion order is contract-number order: new numbers only ever grow. */
  readonly contracts = new Map<string, SimContract>();
  readonly admins = new Map<string, SimAdmin[]>();
  readonly quirks: SimQuirks = { relativeLinks: false, linkOrigin: null, maxLimit: null, pageTokens: false };
  nextContractNumber = 15500;
  nextAdminId = 800000;

  addContract(fields: Omit<SimContract, 'id'>): SimContract {
    const contract: SimContract = { id: String(this.nextContractNumber), ...fields };
    this.nextContractNumber += 1;
    this.contracts.set(contract.id, contract);
    this.admins.set(contract.id, []);
    return contract;
  }

  addAdmin(contractId: string, fields: Omit<SimAdmin, 'id'>): SimAdmin {
    const admin: SimAdmin = { id: String(this.nextAdminId), ...fields };
    this.nextAdminId += 1;
    const list = this.admins.get(contractId) ?? [];
    list.push(admin);
    this.admins.set(contractId, list);
    return admin;
  }

  findContract(id: string): SimContract | undefined {
    return this.contracts.get(id);
  }

  findAdmin(contractId: string, adminId: string): SimAdmin | undefined {
    return this.admins.get(contractId)?.find((admin) => admin.id === adminId);
  }

  removeAdmin(contractId: string, adminId: string): boolean {
    const list = this.admins.get(contractId);
    const index = list?.findIndex((admin) => admin.id === adminId) ?? -1;
    if (!list || index < 0) return false;
    list.splice(index, 1);
    return true;
  }

  /** Contracts in number order, optionally only those with exactly this status. */
  listContracts(status?: string): SimContract[] {
    const all = [...this.contracts.values()];
    return status === undefined ? all : all.filter((contract) => contract.status === status);
  }
}
