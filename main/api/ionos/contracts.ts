/** Contract endpoints of the Reseller API v2. There is no endpoint to delete a contract. */
import { fail } from '../../../common/errors';
import type { Contract, ContractPage, ResourceLimits } from '../../../common/models/contract';
import type { HttpResponse } from '../http';
import { parseJson, toContract, toPage } from './schemas';
import { checkedId, type IonosTransport } from './transport';

export const MAX_PAGE_SIZE = 5000;
/** A guard against a server whose `next` never ends: 2,000 pages of 5,000 is ten million contracts. */
const MAX_PAGES = 2000;

export interface ContractInput {
  readonly name: string;
  readonly resellerReference?: string | undefined;
  readonly resourceLimits: ResourceLimits;
}

export interface ListContractsOptions {
  readonly offset?: number;
  /** 1..5000, default 50 (the server's default). */
  readonly limit?: number;
  /** `filter.status`: BILLABLE, CEASED, REJECTED or any other value the server knows. */
  readonly status?: string;
}

export async function listContractsPage(t: IonosTransport, options: ListContractsOptions = {}): Promise<ContractPage> {
  const offset = options.offset ?? 0;
  const limit = options.limit ?? 50;
  if (!Number.isInteger(offset) || offset < 0) fail('validation', 'The offset must be a whole number ≥ 0.');
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    fail('validation', `The page size must be a whole number from 1 to ${MAX_PAGE_SIZE}.`);
  }
  const response = await t.send({
    method: 'GET',
    path: '/contracts',
    query: { offset, limit, 'filter.status': options.status },
    what: 'The contract list',
  });
  return pageFrom(t, response, offset, limit);
}

/** Pages requested ahead of the one being read: bounded, so a sync never floods the API. */
export const PAGE_CONCURRENCY = 3;

interface FetchedPage {
  readonly page: ContractPage;
  /** More than one attempt: the API throttled or failed once (then the sync goes one page at a time). */
  readonly retried: boolean;
}

/**
 * Every contract, in as few round trips as the API allows: pages of 5,000, several in flight at once.
 * - With no hint, the first page comes alone; after it the next PAGE_CONCURRENCY offsets are asked
 *   for at once (built from the first `_links.next`), the next batch when all of those were full.
 * - `expected` (how many the cache held last time) lets the first batch go out before any answer:
 *   offsets 0, 5,000, … up to that count (at most 1 + PAGE_CONCURRENCY pages), so an unchanged list
 *   of 20,000 costs one round trip of wall time instead of two.
 * The first empty page or a page without `next` ends the list. `_links.next` stays the truth: when
 * it names another offset or shape than predicted, the speculative pages are dropped and the links
 * are followed one by one, as they are after any retried (429) page. Offset paging can shift while
 * we read, so repeats are dropped by id.
 */
export async function listAllContracts(
  t: IonosTransport,
  options: { readonly status?: string; readonly expected?: number; readonly onPage?: (loaded: number) => void } = {},
): Promise<Contract[]> {
  const byId = new Map<string, Contract>();
  const anonymous: Contract[] = [];
  const seen = new Set<string>();
  /** Pages requested ahead, by offset. */
  const ahead = new Map<number, Promise<FetchedPage>>();
  const fetchUrl = (url: string): Promise<FetchedPage> => {
    const pending = t.send({ method: 'GET', url, what: 'The contract list' }).then((response) => ({
      page: pageFrom(t, response, offsetOf(url) ?? 0, MAX_PAGE_SIZE),
      retried: response.attempts > 1,
    }));
    // A dropped speculative page must not surface as an unhandled rejection.
    pending.catch(() => undefined);
    return pending;
  };
  const askAhead = (template: string, offset: number): void => {
    if (!ahead.has(offset)) ahead.set(offset, fetchUrl(withOffset(template, offset)));
  };

  // Our own first request, the shape the hinted pages share until the server's link says otherwise.
  const own = ownListUrl(t, options.status);
  const hinted = Math.min(1 + PAGE_CONCURRENCY, Math.max(1, Math.ceil((options.expected ?? 0) / MAX_PAGE_SIZE)));
  for (let page = 0; page < hinted; page += 1) askAhead(own, page * MAX_PAGE_SIZE);
  let current = await ahead.get(0)!;
  ahead.delete(0);

  const first = current.page;
  const pageSize = first.items.length;
  // Later batches are built from the server's own link, with the page size it served.
  const template = first.next ?? own;
  if (pageSize !== MAX_PAGE_SIZE || first.next === null || !sameShape(first.next, own)) ahead.clear();
  let oneByOne = false;
  for (let count = 1; ; count += 1) {
    const { page } = current;
    for (const contract of page.items) {
      if (contract.id === '') anonymous.push(contract);
      else byId.set(contract.id, contract);
    }
    options.onPage?.(byId.size + anonymous.length);
    if (page.next === null || page.items.length === 0) break;
    if (seen.has(page.next) || count >= MAX_PAGES) {
      fail('server', 'The IONOS API kept sending the same contract pages; the list was not completed.');
    }
    seen.add(page.next);
    if (current.retried) oneByOne = true;
    const nextOffset = offsetOf(page.next);
    const predicted =
      !oneByOne && nextOffset !== null && page.items.length === pageSize && sameShape(page.next, template);
    if (!predicted) {
      oneByOne = true;
      ahead.clear();
    } else if (!ahead.has(nextOffset)) {
      // The next PAGE_CONCURRENCY pages at once; the next batch only once all of them were full.
      ahead.clear();
      for (let i = 0; i < PAGE_CONCURRENCY; i += 1) askAhead(template, nextOffset + i * pageSize);
    }
    const pending = nextOffset === null ? undefined : ahead.get(nextOffset);
    if (nextOffset !== null) ahead.delete(nextOffset);
    current = await (pending ?? fetchUrl(page.next));
  }
  return [...byId.values(), ...anonymous];
}

/** The address of `GET /contracts` as this client asks for it (offset 0, pages of 5,000). */
function ownListUrl(t: IonosTransport, status: string | undefined): string {
  const url = new URL(`${t.baseUrl}/contracts`);
  url.searchParams.set('offset', '0');
  url.searchParams.set('limit', String(MAX_PAGE_SIZE));
  if (status !== undefined) url.searchParams.set('filter.status', status);
  return url.href;
}

/** The offset a paging link asks for, or null when it has none. */
function offsetOf(url: string): number | null {
  const value = new URL(url).searchParams.get('offset');
  return value !== null && /^\d+$/.test(value) ? Number(value) : null;
}

function withOffset(template: string, offset: number): string {
  const url = new URL(template);
  url.searchParams.set('offset', String(offset));
  return url.href;
}

/** Same address and query (in any order) but the offset: a link the speculative requests could have built. */
function sameShape(link: string, template: string | null): boolean {
  if (template === null || offsetOf(link) === null) return false;
  const shape = (value: string): string => {
    const url = new URL(withOffset(value, 0));
    url.searchParams.sort();
    return url.href;
  };
  return shape(link) === shape(template);
}

function pageFrom(t: IonosTransport, response: HttpResponse, offset: number, limit: number): ContractPage {
  const page = toPage(parseJson(response.text, 'the contract list'), 'the contract list');
  let next: string | null = null;
  if (page.next !== undefined && page.next !== '') {
    next = t.sameOrigin(page.next);
    // Following a link elsewhere would send our credentials to another host: refuse instead of
    // returning a silently shortened list that a sync would read as deleted contracts.
    if (next === null)
      fail('server', 'The IONOS API sent a paging link to another address; the contract list was not loaded.');
  }
  return { items: page.items, offset: page.offset ?? offset, limit: page.limit ?? limit, next };
}

export async function getContract(t: IonosTransport, id: string): Promise<Contract> {
  const contractId = checkedId(id, 'Contract number');
  const response = await t.send({ method: 'GET', path: `/contracts/${contractId}`, what: `Contract ${contractId}` });
  return toContract(parseJson(response.text, `contract ${contractId}`), `contract ${contractId}`);
}

/** Never repeated automatically: after a network failure the caller re-reads the list and lets the user decide. */
export async function createContract(t: IonosTransport, input: ContractInput): Promise<Contract> {
  const response = await t.send({
    method: 'POST',
    path: '/contracts',
    json: contractBody(input),
    fields: 'contract',
    what: 'The new contract',
  });
  return createdContract(t, response);
}

/** Full replace: every field is sent; a reference left out is removed on the server. */
export async function replaceContract(t: IonosTransport, id: string, input: ContractInput): Promise<Contract> {
  const contractId = checkedId(id, 'Contract number');
  const response = await t.send({
    method: 'PUT',
    path: `/contracts/${contractId}`,
    json: contractBody(input),
    fields: 'contract',
    what: `Contract ${contractId}`,
  });
  return toContract(parseJson(response.text, `contract ${contractId}`), `contract ${contractId}`);
}

/** The body is the bare name as text/plain (the docs leave bare vs JSON-quoted open; bare is what servers take). */
export async function renameContract(t: IonosTransport, id: string, name: string): Promise<Contract> {
  const contractId = checkedId(id, 'Contract number');
  const response = await t.send({
    method: 'PUT',
    path: `/contracts/${contractId}/name`,
    plainText: name,
    fields: 'contract',
    what: `Contract ${contractId}`,
  });
  return toContract(parseJson(response.text, `contract ${contractId}`), `contract ${contractId}`);
}

export async function updateResourceLimits(t: IonosTransport, id: string, limits: ResourceLimits): Promise<Contract> {
  const contractId = checkedId(id, 'Contract number');
  const response = await t.send({
    method: 'PUT',
    path: `/contracts/${contractId}/resourcelimits`,
    json: limitsBody(limits),
    fields: 'limits',
    what: `Contract ${contractId}`,
  });
  return toContract(parseJson(response.text, `contract ${contractId}`), `contract ${contractId}`);
}

function contractBody(input: ContractInput): Record<string, unknown> {
  const body: Record<string, unknown> = { name: input.name };
  if (input.resellerReference !== undefined) body.resellerReference = input.resellerReference;
  body.resourceLimits = limitsBody(input.resourceLimits);
  return body;
}

/** Only the nine documented fields, whatever else the caller's object carries. */
function limitsBody(limits: ResourceLimits): ResourceLimits {
  const { ramServerMax, cpuServerMax, hddVolumeMaxSize, ssdVolumeMaxSize, ramContractMax, cpuContractMax } = limits;
  const { hddVolumeContractMaxSize, ssdVolumeContractMaxSize, ips } = limits;
  return {
    ramServerMax,
    cpuServerMax,
    hddVolumeMaxSize,
    ssdVolumeMaxSize,
    ramContractMax,
    cpuContractMax,
    hddVolumeContractMaxSize,
    ssdVolumeContractMaxSize,
    ips,
  };
}

/** 201 normally carries the contract; if a server sends only `Location`, read the contract it names. */
async function createdContract(t: IonosTransport, response: HttpResponse): Promise<Contract> {
  if (response.text.trim().length > 0)
    return toContract(parseJson(response.text, 'the new contract'), 'the new contract');
  const id = idFromLocation(response.headers.get('location'));
  if (id === null)
    fail('server', 'The contract was created, but the IONOS API did not say which one: refresh the list.');
  return getContract(t, id);
}

/** The trailing number of a Location path; the URL itself is never requested. */
export function idFromLocation(location: string | null): string | null {
  const match = /\/(\d+)\/?$/.exec(location?.split(/[?#]/)[0] ?? '');
  return match?.[1] ?? null;
}
