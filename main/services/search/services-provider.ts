/** HostBill services: name, domain, label. Reads the services table of migration 003. */
import { hostingKeys } from '../../../common/channels/hosting';
import type { HostbillService } from '../../../common/models/hostbill';
import type { SearchProvider } from './provider';

export const servicesProvider: SearchProvider = {
  kind: 'service',
  accountKind: 'hostbill',
  affected(resource) {
    const parsed = hostingKeys.parse(resource);
    return parsed?.name === 'services' || parsed?.name === 'service' ? 'all' : null;
  },
  items(db, accountId) {
    const rows = db
      .prepare('SELECT service_json FROM hostbill_services WHERE account_id = ? ORDER BY position')
      .pluck()
      .all(accountId) as string[];
    return rows.map((json) => {
      const service = JSON.parse(json) as HostbillService;
      return {
        key: service.id,
        title: service.label ?? service.domain ?? service.name,
        subtitle: [`Service #${service.id}`, service.name, service.domain, service.status].filter(Boolean).join(' · '),
        route: `services/${service.id}`,
        terms: [service.domain, service.label],
        exact: [service.id, service.domain],
      };
    });
  },
};
