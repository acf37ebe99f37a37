/** The columns and filters of the VMs table on the shared DataTable. */
import { CopyButton } from '../../components/copy-button';
import { statusText } from '../../components/status-badge';
import type { DataTableColumn, DataTableFilter } from '../../components/data-table/data-table';
import type { Vm } from '../../../../common/models/hostbill';
import { vmKey } from './hosting-store';
import { formatResources, vmName, VmStateBadge } from './vm-state';

export const keyOf = (vm: Vm): string => vmKey({ serviceId: vm.serviceId ?? '', vmId: vm.id });
export const byName = { column: 'name', direction: 'ascending' } as const;
const addresses = (vm: Vm) => [...vm.ipv4, ...vm.ipv6];

export function vmColumns(serviceName: (serviceId: string) => string | undefined): readonly DataTableColumn<Vm>[] {
  return [
    {
      id: 'name',
      header: 'Name',
      value: (vm) => vmName(vm),
      text: (vm) => (vm.hostname && vm.hostname !== vm.label ? `${vmName(vm)} ${vm.hostname}` : vmName(vm)),
      // A real button: the row opens on click too, and assistive technology finds the VM by its name.
      render: (vm) => (
        <span>
          <button type="button" className="link-button">
            {vmName(vm)}
          </button>
          {vm.hostname && vm.hostname !== vm.label && <span className="faint small"> {vm.hostname}</span>}
        </span>
      ),
      searchable: true,
      grow: true,
      minWidth: 200,
    },
    {
      id: 'state',
      header: 'State',
      value: (vm) => vm.state,
      render: (vm) => <VmStateBadge vm={vm} />,
      searchable: true,
    },
    {
      id: 'addresses',
      header: 'Addresses',
      value: (vm) => addresses(vm)[0] ?? null,
      text: (vm) => addresses(vm).join(', ') || '—',
      render: (vm) => <VmAddresses vm={vm} />,
      searchable: true,
      mono: true,
      // Room for the copy buttons beside the addresses; never narrower than an IPv4 with its button
      // and "+N" (a narrow window shrinks the other text columns instead).
      extraWidth: 44,
      minWidth: 180,
      maxWidth: 260,
    },
    {
      id: 'template',
      header: 'Template',
      value: (vm) => vm.templateName ?? vm.template ?? vm.os,
      searchable: true,
      maxWidth: 200,
    },
    { id: 'resources', header: 'Resources', value: (vm) => formatResources(vm), sortable: false },
    {
      id: 'service',
      header: 'Service',
      value: (vm) => serviceName(vm.serviceId ?? '') ?? `#${vm.serviceId}`,
      searchable: true,
      maxWidth: 200,
    },
  ];
}

/** State and service filters from what the list holds (unknown states are listed as they come). */
export function vmFilters(
  vms: readonly Vm[],
  serviceName: ReadonlyMap<string, string>,
): readonly DataTableFilter<Vm>[] {
  const states = [...new Set(vms.map((vm) => vm.state ?? 'unknown'))].sort();
  const services = [...new Set(vms.map((vm) => vm.serviceId ?? ''))].sort();
  return [
    {
      id: 'state',
      label: 'State',
      allLabel: 'All states',
      options: states.map((value) => ({ value, label: statusText(value) })),
      value: (vm) => vm.state ?? 'unknown',
    },
    {
      id: 'service',
      label: 'Service',
      allLabel: 'All services',
      options: services.map((value) => ({ value, label: serviceName.get(value) ?? `#${value}` })),
      value: (vm) => vm.serviceId ?? '',
    },
  ];
}

/** The first address with its copy button and how many more there are (the VM page lists them all). */
export function VmAddresses({ vm }: { vm: Vm }) {
  const [first, ...rest] = addresses(vm);
  if (first === undefined) return <span className="faint">—</span>;
  return (
    <span className="vm-addresses">
      {first}
      <CopyButton value={first} label={`IP address ${first}`} compact />
      {rest.length > 0 && (
        <span className="faint small" title={rest.join(', ')}>
          +{rest.length}
        </span>
      )}
    </span>
  );
}
