/** Account endpoints: /details, /logs, /balance, /statuses. */
import { z } from 'zod';
import type {
  AccountDetails,
  AccountLogEntry,
  Balance,
  PortalInfo,
  StatusEntry,
} from '../../../common/models/hostbill';
import type { AccountDetailsInput } from '../../../common/schemas/hostbill';
import type { PortalContext } from './context';
import { toAccountDetails, toInvoiceSummary, toStatus } from './mappers';
import { date, id, infoOf, isRaw, money, parseWith, pick, rawListOrMap, rawObject, text } from './normalize';
import { path } from './request';

const detailsAnswer = z.object({ client: rawObject });
const balanceAnswer = z.object({ details: rawObject.optional() }).catchall(z.unknown());
const invoicesAnswer = z.object({ invoices: rawListOrMap });

/** Wire names of the editable profile fields (shared with contacts). */
export function profileToWire(input: Partial<AccountDetailsInput>): Record<string, string> {
  const map: Record<string, string | undefined> = {
    email: input.email,
    firstname: input.firstName,
    lastname: input.lastName,
    companyname: input.companyName,
    phonenumber: input.phone,
    address1: input.address1,
    address2: input.address2,
    city: input.city,
    state: input.state,
    postcode: input.postcode,
    country: input.country,
    type: input.type,
  };
  return Object.fromEntries(Object.entries(map).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

export function accountApi(ctx: PortalContext) {
  return {
    async getDetails(): Promise<AccountDetails> {
      return toAccountDetails(parseWith(detailsAnswer, await ctx.get('/details')).client);
    },

    async updateDetails(input: Partial<AccountDetailsInput>): Promise<AccountDetails & PortalInfo> {
      const body = await ctx.put('/details', profileToWire(input));
      return { ...toAccountDetails(parseWith(detailsAnswer, body).client), info: infoOf(body) };
    },

    async listLogs(): Promise<AccountLogEntry[]> {
      const body = await ctx.get('/logs', { optional: true });
      const rows = parseWith(z.object({ logs: rawListOrMap.optional() }).catchall(z.unknown()), body).logs ?? [];
      return rows.map((raw) => ({
        id: id(raw.id),
        date: date(raw.date),
        description: text(pick(raw, 'description', 'action', 'message')) ?? '',
        ip: text(raw.ip),
      }));
    },

    /** /balance often has an empty currency: then the invoices tell which one the account uses. */
    async getBalance(): Promise<Balance> {
      const body = parseWith(balanceAnswer, await ctx.get('/balance'));
      const details = body.details ?? body;
      let currency = text(details.currency);
      if (currency === null) {
        try {
          const invoices = parseWith(invoicesAnswer, await ctx.get('/invoice')).invoices.map(toInvoiceSummary);
          currency = invoices.find((invoice) => invoice.currency !== null)?.currency ?? null;
        } catch {
          // The balance is still worth showing without a currency.
        }
      }
      return { currency, balance: money(details.acc_balance), credit: money(details.acc_credit) };
    },

    async listStatuses(status?: string): Promise<StatusEntry[]> {
      const body = await ctx.get('/statuses', { optional: true, query: { status } });
      const rows =
        parseWith(z.object({ statuses: rawListOrMap.optional() }).catchall(z.unknown()), body).statuses ?? [];
      return rows.map(toStatus);
    },

    async updateStatus(statusId: string): Promise<PortalInfo & { status: StatusEntry | null }> {
      const body = await ctx.put(path`/statuses/${statusId}`, {}, { optional: true });
      const parsed = parseWith(rawObject, body);
      const raw = isRaw(parsed.details) ? parsed.details : isRaw(parsed.status) ? parsed.status : null;
      return { info: infoOf(body), status: raw ? toStatus(raw) : null };
    },
  };
}
