/**
 * The contracts table: the columns of a contract for the shared DataTable (virtualized, sorted,
 * searched, exported), and the status filter built from the statuses the data holds.
 */
import { useCallback, useMemo, type ReactElement, type ReactNode } from 'react';
import { RESOURCE_LIMIT_META, type Contract, type ResourceLimits } from '../../../../common/models/contract';
import { DataTable, type DataTableColumn, type DataTableFilter } from '../../components/data-table/data-table';
import { StatusBadge, statusText } from '../../components/status-badge';
import { CONTRACT_TONES, formatNumber, statusOptions, withUnit } from './contract-rows';

const limitsOf = (contract: Contract): ResourceLimits | null => contract.resourceLimits;
const storageText = (limits: ResourceLimits) =>
  `${formatNumber(limits.ssdVolumeContractMaxSize)} / ${withUnit(limits.hddVolumeContractMaxSize, RESOURCE_LIMIT_META.hddVolumeContractMaxSize.unit)}`;

export const CONTRACT_COLUMNS: readonly DataTableColumn<Contract>[] = [
  {
    id: 'number',
    header: 'Number',
    value: (c) => c.id,
    // Contract numbers are digit strings of up to 14 places: exact as doubles, ordered as numbers.
    sortValue: (c) => (c.id === '' ? null : Number(c.id)),
    searchable: true,
    mono: true,
  },
  { id: 'name', header: 'Name', value: (c) => c.name, searchable: true, grow: true, minWidth: 120 },
  {
    id: 'reference',
    header: 'Reference',
    title: 'Reseller reference',
    value: (c) => c.resellerReference,
    searchable: true,
    mono: true,
    maxWidth: 220,
  },
  {
    id: 'status',
    header: 'Status',
    value: (c) => c.status,
    text: (c) => statusText(c.status),
    render: (c) => <StatusBadge status={c.status} tones={CONTRACT_TONES} />,
  },
  {
    id: 'ram',
    header: 'RAM',
    title: 'RAM of the whole contract',
    csvHeader: 'RAM (MB)',
    value: (c) => limitsOf(c)?.ramContractMax ?? null,
    text: (c) => {
      const limits = limitsOf(c);
      return limits ? withUnit(limits.ramContractMax, RESOURCE_LIMIT_META.ramContractMax.unit) : '—';
    },
    align: 'end',
  },
  {
    id: 'cores',
    header: 'Cores',
    title: 'Cores of the whole contract',
    value: (c) => limitsOf(c)?.cpuContractMax ?? null,
    align: 'end',
  },
  {
    id: 'storage',
    header: 'SSD / HDD',
    title: 'SSD and HDD storage of the whole contract, in GB',
    csvHeader: 'SSD / HDD (GB)',
    value: (c) => {
      const limits = limitsOf(c);
      return limits ? limits.ssdVolumeContractMaxSize + limits.hddVolumeContractMaxSize : null;
    },
    text: (c) => {
      const limits = limitsOf(c);
      return limits ? storageText(limits) : '—';
    },
    csv: (c) => {
      const limits = limitsOf(c);
      return limits ? `${limits.ssdVolumeContractMaxSize} / ${limits.hddVolumeContractMaxSize}` : null;
    },
    align: 'end',
  },
  { id: 'ips', header: 'IPs', title: 'Reserved IP addresses', value: (c) => limitsOf(c)?.ips ?? null, align: 'end' },
];

const byNumber = { column: 'number', direction: 'ascending' } as const;
// A contract the server sent without a number still needs a key of its own (rows are keyed by it).
const blankKeys = new WeakMap<Contract, string>();
let blanks = 0;
function contractKey(contract: Contract): string {
  if (contract.id !== '') return contract.id;
  let key = blankKeys.get(contract);
  if (!key) blankKeys.set(contract, (key = `#blank-${(blanks += 1)}`));
  return key;
}
const openable = (contract: Contract) => contract.id !== '';

interface ContractsTableProps {
  readonly contracts: readonly Contract[];
  readonly onOpen: (contractId: string) => void;
  /** Shown instead of the table while there is no contract at all (loading, none yet). */
  readonly empty: ReactNode;
}

export function ContractsTable({ contracts, onOpen, empty }: ContractsTableProps): ReactElement {
  const filters = useMemo<readonly DataTableFilter<Contract>[]>(
    () => [
      {
        id: 'status',
        label: 'Status',
        allLabel: 'All statuses',
        options: statusOptions(contracts).map((value) => ({ value, label: statusText(value) })),
        value: (c) => c.status,
      },
    ],
    [contracts],
  );
  const open = useCallback((contract: Contract) => onOpen(contract.id), [onOpen]);
  return (
    <DataTable
      id="contracts"
      label="Contracts"
      noun={{ one: 'contract', other: 'contracts' }}
      rows={contracts}
      rowKey={contractKey}
      columns={CONTRACT_COLUMNS}
      defaultSort={byNumber}
      search={{ label: 'Search contracts', placeholder: 'Search number, name or reference' }}
      filters={filters}
      onOpen={open}
      isOpenable={openable}
      exportName="contracts"
      noMatch="No contract matches the search or filter."
      empty={empty}
    />
  );
}
