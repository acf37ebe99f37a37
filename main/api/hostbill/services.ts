/** Service endpoints: list, details (password stripped), methods, upgrade, cancel, label. */
import { z } from 'zod';
import type {
  HostbillService,
  PortalInfo,
  ServiceMethod,
  ServiceMethods,
  UpgradeEstimate,
  UpgradeOption,
} from '../../../common/models/hostbill';
import type { UpgradeOptions, UpgradePackage } from '../../../common/channels/hosting';
import type { PortalContext } from './context';
import { toService } from './mappers';
import {
  bool,
  id,
  infoOf,
  isRaw,
  money,
  num,
  parseWith,
  pick,
  rawListOrMap,
  rawObject,
  text,
  type Raw,
} from './normalize';
import { path } from './request';

const listAnswer = z.object({ services: rawListOrMap });
const detailAnswer = z.object({ service: rawObject });
const methodsAnswer = z.object({ methods: rawListOrMap });
const upgradeAnswer = z.object({ resources: rawListOrMap.optional() }).catchall(z.unknown());

/** Tax as the quote gives it (`[{name, tax, value}]`), or one bare amount. */
function taxLines(value: unknown): UpgradeEstimate['tax'] {
  const lines = rawListOrMap.safeParse(value);
  if (lines.success) {
    return lines.data.map((line) => ({
      name: text(line.name) ?? 'Tax',
      amount: money(line.tax),
      rate: num(line.value),
    }));
  }
  const amount = money(value);
  return amount === null ? [] : [{ name: 'Tax', amount, rate: null }];
}

export interface UpgradeRequest {
  /** Resource id → item id (or quantity for quantity fields), as GET .../upgrade lists them. */
  readonly resources?: Readonly<Record<string, string | number>>;
  readonly package?: string;
  readonly cycle?: string;
  /** false = only estimate the price; true = send the upgrade request. */
  readonly send: boolean;
}

/** Turns the portal's route list into feature flags; matching on routes, not on the display names. */
export function featuresFrom(methods: readonly ServiceMethod[]): ServiceMethods {
  const has = (re: RegExp, method?: string) =>
    methods.some((m) => re.test(m.route) && (!method || m.method.toUpperCase() === method));
  return {
    methods,
    vms: has(/\/vms(\/|$)/),
    dns: has(/\/dns(\/|$)/),
    upgrade: has(/\/upgrade$/),
    cancel: has(/\/cancel$/, 'POST'),
    label: has(/\/label$/, 'POST'),
    ips: has(/\/ip$/),
    templates: has(/\/templates$/),
    resources: has(/\/resources$/),
  };
}

function toUpgradeOption(raw: Raw): UpgradeOption {
  const items = rawListOrMap.safeParse(raw.items);
  return {
    id: id(raw.id) ?? '',
    name: text(raw.name) ?? '',
    type: text(raw.type),
    items: (items.success ? items.data : []).map((item) => ({
      id: id(item.id) ?? '',
      name: text(item.name) ?? '',
      price: money(item.price),
      setupPrice: money(item.setup_price),
      selected: bool(item.selected),
    })),
  };
}

/** Packages come untyped from the portal (their shape is portal-specific): read them defensively. */
function toPackages(raw: unknown): UpgradePackage[] {
  const list = Array.isArray(raw) ? raw : isRaw(raw) ? Object.values(raw) : [];
  return list.filter(isRaw).flatMap((entry) => {
    const packageId = id(pick(entry, 'id', 'product_id'));
    if (!packageId) return [];
    return [
      {
        id: packageId,
        name: text(pick(entry, 'name', 'title')) ?? `Package ${packageId}`,
        price: money(pick(entry, 'price', 'recurring_price')),
        cycle: text(pick(entry, 'recurring', 'cycle', 'billingcycle')),
      },
    ];
  });
}

export function servicesApi(ctx: PortalContext) {
  async function getServiceLabel(serviceId: string): Promise<string | null> {
    const body = parseWith(
      z.object({ label: z.unknown() }),
      await ctx.get(path`/service/${serviceId}/label`, { optional: true }),
    );
    return text(body.label);
  }

  return {
    async listServices(): Promise<HostbillService[]> {
      return parseWith(listAnswer, await ctx.get('/service')).services.map(toService);
    },

    /**
     * The portal may include the service's own password here; normalize.stripSecrets has removed it.
     * Some portals' detail has no `label` at all: then the label route (listed in `methods`) has it.
     */
    async getService(serviceId: string): Promise<HostbillService> {
      const raw = parseWith(detailAnswer, await ctx.get(path`/service/${serviceId}`)).service;
      const service = toService(raw);
      if ('label' in raw) return service;
      const label = await getServiceLabel(serviceId).catch(() => null);
      return label === null ? service : { ...service, label };
    },

    async getServiceMethods(serviceId: string): Promise<ServiceMethods> {
      const rows = parseWith(
        methodsAnswer,
        await ctx.get(path`/service/${serviceId}/methods`, { optional: true }),
      ).methods;
      return featuresFrom(
        rows.map((raw) => ({
          name: text(raw.name) ?? '',
          method: (text(raw.method) ?? 'GET').toUpperCase(),
          route: text(raw.route) ?? '',
        })),
      );
    },

    async getUpgradeOptions(serviceId: string): Promise<UpgradeOptions> {
      const body = parseWith(upgradeAnswer, await ctx.get(path`/service/${serviceId}/upgrade`, { optional: true }));
      return { resources: (body.resources ?? []).map(toUpgradeOption), packages: toPackages(body.package ?? []) };
    },

    /** Never repeated by itself (POST): with send=true the portal may raise an invoice. */
    async requestUpgrade(serviceId: string, request: UpgradeRequest): Promise<UpgradeEstimate> {
      const body = await ctx.post(
        path`/service/${serviceId}/upgrade`,
        {
          ...(request.resources ? { resources: request.resources } : {}),
          ...(request.package ? { package: request.package } : {}),
          ...(request.cycle ? { cycle: request.cycle } : {}),
          send: request.send,
        },
        { optional: true },
      );
      const raw = isRaw(body) ? body : {};
      const estimate = isRaw(raw.upgrade) ? raw.upgrade : raw;
      const items = rawListOrMap.safeParse(estimate.items);
      return {
        charge: money(pick(estimate, 'charge', 'total', 'price')),
        recurring: money(estimate.recurring),
        cycle: text(estimate.cycle),
        items: (items.success ? items.data : []).map((item) => ({
          name: text(item.name) ?? '',
          price: money(item.price),
          setup: money(pick(item, 'setup', 'setup_price', 'setupfee')),
          recurring: money(item.recurring),
        })),
        subtotal: money(estimate.subtotal),
        setup: money(pick(estimate, 'setup', 'setupfee', 'setup_fee')),
        discount: money(estimate.discount),
        credit: money(estimate.credit),
        tax: taxLines(estimate.tax),
        invoiceId: id(raw.invoice_id),
        info: infoOf(body),
      };
    },

    async cancelService(serviceId: string, input: { immediate: boolean; reason: string }): Promise<PortalInfo> {
      // The portal reads "immediate" as a string flag ("true" = now, else end of billing period).
      const body = await ctx.post(
        path`/service/${serviceId}/cancel`,
        { immediate: input.immediate ? 'true' : 'false', reason: input.reason },
        { optional: true },
      );
      return { info: infoOf(body) };
    },

    getServiceLabel,

    async setServiceLabel(serviceId: string, label: string): Promise<PortalInfo> {
      const body = await ctx.post(path`/service/${serviceId}/label`, { label }, { optional: true });
      return { info: infoOf(body) };
    },
  };
}
