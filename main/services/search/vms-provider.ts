/** HostBill VMs: label, hostname, IP addresses. Reads the VMs table of migration 003. */
import { hostingKeys } from '../../../common/channels/hosting';
import type { Vm } from '../../../common/models/hostbill';
import type { SearchProvider } from './provider';

export const vmsProvider: SearchProvider = {
  kind: 'vm',
  accountKind: 'hostbill',
  affected(resource) {
    const parsed = hostingKeys.parse(resource);
    return parsed?.name === 'vms' || parsed?.name === 'vm' || parsed?.name === 'service' ? 'all' : null;
  },
  items(db, accountId) {
    const rows = db
      .prepare('SELECT service_id, vm_json FROM hostbill_vms WHERE account_id = ? ORDER BY position')
      .all(accountId) as { service_id: string; vm_json: string }[];
    return rows.map((row) => {
      const vm = JSON.parse(row.vm_json) as Vm;
      return {
        key: `${row.service_id}/${vm.id}`,
        title: vm.label ?? vm.hostname ?? `VM ${vm.id}`,
        subtitle: [vm.hostname, ...vm.ipv4, vm.state].filter(Boolean).join(' · '),
        route: `services/vms/${row.service_id}/${vm.id}`,
        terms: [vm.hostname, ...vm.ipv4, ...vm.ipv6],
        exact: [vm.id, ...vm.ipv4, ...vm.ipv6],
      };
    });
  },
};
