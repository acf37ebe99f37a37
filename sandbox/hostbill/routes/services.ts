/** Service routes: list, details, methods, label, upgrade, cancel. */
import { flag, text } from '../body';
import { createInvoice } from '../invoices';
import { fail, info, ok, type Route } from '../router';
import { cents, money, ymd } from '../rng';
import { productById, cycleByCode } from '../seed/catalog-data';
import { methodsFor, serviceFor } from '../service-methods';
import { addLog, type PortalQuirks, type ServiceRecord } from '../state';
import { upgradeEstimate, type EstimateLine } from './upgrade-estimate';
import { upgradeOptions, type UpgradeResource } from './upgrade-options';

function serviceRow(service: ServiceRecord): Record<string, unknown> {
  return {
    id: service.id,
    domain: service.domain,
    total: money(service.total),
    status: service.status,
    billingcycle: service.billingcycle,
    next_due: service.nextDue,
    category: service.category,
    category_url: service.categoryUrl,
    name: service.name,
  };
}

/** Includes the service's own password in clear text, as real portals do: clients must not log it. */
function serviceDetail(service: ServiceRecord, quirks: PortalQuirks): Record<string, unknown> {
  const detail: Record<string, unknown> = {
    id: service.id,
    date_created: service.dateCreated,
    domain: service.domain,
    firstpayment: money(service.firstpayment),
    total: money(service.total),
    billingcycle: service.billingcycle,
    next_due: service.nextDue,
    next_invoice: service.nextInvoice,
    status: service.status,
    label: service.label,
    username: service.username,
    password: service.password,
    name: service.name,
    product_id: service.productId,
    ...(service.cancelRequest ? { cancel_request: service.cancelRequest } : {}),
  };
  if (quirks.detailWithoutLabel) delete detail.label;
  return detail;
}

const CANCELLABLE = new Set(['Active', 'Suspended', 'Pending']);

export const serviceRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: '/service',
    handler: ({ state }) => ok({ services: [...state.services.values()].map(serviceRow) }),
  },
  {
    method: 'GET',
    pattern: '/service/:id',
    handler: ({ state, params }) => {
      const service = state.services.get(params.id ?? '');
      return service ? ok({ service: serviceDetail(service, state.quirks) }) : fail('Service not found');
    },
  },
  {
    method: 'GET',
    pattern: '/service/:id/methods',
    handler: ({ state, params }) => {
      const service = state.services.get(params.id ?? '');
      return service ? ok({ methods: methodsFor(service, state.quirks) }) : fail('Service not found');
    },
  },
  {
    method: 'GET',
    pattern: '/service/:id/label',
    handler: (context) => {
      const { service, error } = serviceFor(context, '/service/@id/label');
      return error ?? ok({ label: service.label });
    },
  },
  {
    method: 'POST',
    pattern: '/service/:id/label',
    handler: (context) => {
      const { service, error } = serviceFor(context, '/service/@id/label');
      if (error) return error;
      const label = text(context.body, 'label');
      if (label.length > 100) return fail('Label is too long (100 characters at most)');
      service.label = label;
      addLog(context.state, 'service', `Service #${service.id} label changed`, context.now);
      return ok({ success: true, info: ['Label has been updated'] });
    },
  },
  {
    method: 'POST',
    pattern: '/service/:id/cancel',
    handler: (context) => {
      const { service, error } = serviceFor(context, '/service/@id/cancel');
      if (error) return error;
      if (!CANCELLABLE.has(service.status)) return fail(`Service is ${service.status}: it cannot be cancelled`);
      if (service.cancelRequest) return fail('Cancellation request already exists for this service');
      const reason = text(context.body, 'reason');
      if (reason === '') return fail('Please provide a reason for cancellation');
      if (flag(context.body, 'immediate')) {
        service.cancelRequest = { type: 'Immediate', reason, date: ymd(context.now) };
        service.status = 'Cancelled';
        for (const vm of context.state.vms.values()) if (vm.serviceId === service.id) vm.status = 'stopped';
      } else {
        service.cancelRequest = { type: 'End of billing period', reason, date: service.nextDue };
      }
      addLog(context.state, 'service', `Cancellation requested for service #${service.id}`, context.now);
      return info('Cancellation request has been submitted');
    },
  },
  {
    method: 'GET',
    pattern: '/service/:id/upgrade',
    handler: (context) => {
      const { service, error } = serviceFor(context, '/service/@id/upgrade');
      if (error) return error;
      const options = upgradeOptions(service);
      return ok({ resources: options.resources, package: options.packages });
    },
  },
  {
    method: 'POST',
    pattern: '/service/:id/upgrade',
    handler: (context) => {
      const { service, error } = serviceFor(context, '/service/@id/upgrade');
      if (error) return error;
      if (service.status !== 'Active') return fail('Only active services can be upgraded');
      const options = upgradeOptions(service);
      const changes: { resource: UpgradeResource; itemId: string; line: EstimateLine }[] = [];
      const wanted = context.body['resources'];
      if (wanted !== undefined && (wanted === null || typeof wanted !== 'object'))
        return fail('resources must be an object');
      for (const [resourceId, raw] of Object.entries((wanted ?? {}) as Record<string, unknown>)) {
        const resource = options.resources.find((r) => String(r.id) === resourceId);
        if (!resource) return fail(`Unknown resource ${resourceId}`);
        const itemId = raw !== null && typeof raw === 'object' ? (Object.keys(raw)[0] ?? '') : String(raw);
        const item = resource.items.find((i) => i.id === itemId);
        if (!item) return fail(`Invalid value for ${resource.name}`);
        const current = resource.items.find((i) => i.selected) ?? resource.items[0];
        if (item.id !== current?.id)
          changes.push({
            resource,
            itemId,
            line: {
              name: `${resource.name}: ${item.name}`,
              price: cents(item.price - (current?.price ?? 0)),
              setup: item.setup_price,
              recurring: item.price,
            },
          });
      }
      const packageId = text(context.body, 'package');
      const product = packageId ? productById(packageId) : undefined;
      if (packageId && (!product || !options.packages.some((p) => p.id === packageId))) return fail('Invalid package');
      const cycleCode = text(context.body, 'cycle') || service.cycleCode;
      const target = product ?? productById(service.productId);
      const newPrice = target?.prices[cycleCode];
      const cycle = cycleByCode(cycleCode);
      if (!cycle || newPrice === undefined) return fail('Invalid billing cycle');
      if (changes.length === 0 && !product && cycleCode === service.cycleCode) return fail('Nothing to upgrade');
      const lines = changes.map((c) => c.line);
      if (product || cycleCode !== service.cycleCode) {
        lines.push({
          name: product ? `Package: ${product.name}` : `Billing cycle: ${cycle.title}`,
          price: cents(newPrice - service.total),
          setup: product?.setup ?? 0,
          recurring: newPrice,
        });
      }
      const estimate = upgradeEstimate(
        lines,
        cycleCode,
        cents(newPrice + changes.reduce((sum, c) => sum + c.line.price, 0)),
      );
      if (!flag(context.body, 'send')) return ok({ success: true, upgrade: estimate.wire });
      for (const change of changes) service.upgradeSelections[String(change.resource.id)] = change.itemId;
      if (target) {
        Object.assign(service, {
          productId: target.id,
          name: target.name,
          total: newPrice,
          cycleCode,
          billingcycle: cycle.title,
        });
        if (target.limits && product) service.limits = { ...target.limits };
      }
      const invoice =
        estimate.subtotalAmount > 0
          ? createInvoice(
              context.state,
              [
                {
                  type: 'Upgrade',
                  itemId: service.id,
                  description: `Upgrade of ${service.name} (#${service.id})`,
                  // Before tax: the invoice adds the VAT, so its total is the estimate's.
                  amount: estimate.subtotalAmount,
                },
              ],
              context.now,
            )
          : undefined;
      addLog(context.state, 'service', `Upgrade requested for service #${service.id}`, context.now);
      return ok({
        success: true,
        upgrade: estimate.wire,
        ...(invoice ? { invoice_id: invoice.id } : {}),
        info: ['Upgrade request has been submitted'],
      });
    },
  },
];
