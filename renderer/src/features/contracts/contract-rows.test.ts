import { describe, expect, it } from 'vitest';
import type { Contract } from '../../../../common/models/contract';
import { shownRowsCsv } from '../../components/data-table/csv-export';
import { buildIndex, filterValuesOf, sortedOrder, visibleRows } from '../../components/data-table/table-model';
import type { TableSort } from '../../components/data-table/types';
import { statusText, statusTone } from '../../components/status-badge';
import { CONTRACT_TONES, statusOptions } from './contract-rows';
import { CONTRACT_COLUMNS } from './contracts-table';

const contract = (id: string, name: string, reference: string, status: string, ram = 1, ssd = 1): Contract => ({
  id,
  name,
  resellerReference: reference,
  status,
  resourceLimits: {
    ramServerMax: 1,
    cpuServerMax: 1,
    hddVolumeMaxSize: 1,
    ssdVolumeMaxSize: 1,
    ramContractMax: ram,
    cpuContractMax: 1,
    hddVolumeContractMaxSize: 1,
    ssdVolumeContractMaxSize: ssd,
    ips: 1,
  },
});

const CONTRACTS = [
  contract('9999', 'Zeta Hosting 10', 'CUST-1', 'BILLABLE', 4096, 100),
  contract('15514', 'Alpha IT GmbH', 'cust-2', 'SUSPENDED', 1024, 2000),
  contract('100000', 'Müller Web', '', 'CEASED', 2048, 50),
  contract('12345678901234', 'Zeta Hosting 9', 'CUST-3', 'BILLABLE', 512, 10),
  { ...contract('', 'No number yet', 'CUST-4', ''), resourceLimits: null },
];
const BY_NUMBER: TableSort = { column: 'number', direction: 'ascending' };
const STATUS = [{ id: 'status', label: 'Status', allLabel: 'All', options: [], value: (c: Contract) => c.status }];

function shown(sort: TableSort | null, query = '', status = ''): string[] {
  const index = buildIndex(CONTRACTS, CONTRACT_COLUMNS);
  const order = sortedOrder(index, CONTRACT_COLUMNS, sort, BY_NUMBER);
  return visibleRows(index, order, query, filterValuesOf(CONTRACTS, STATUS), { status }).map((c) => c.id);
}

describe('contract columns', () => {
  it('search number, name and reference, case- and accent-insensitively, with the status filter', () => {
    expect(shown(null, 'CUST')).toEqual(['9999', '15514', '12345678901234', '']);
    expect(shown(null, 'muller')).toEqual(['100000']);
    expect(shown(null, '155')).toEqual(['15514']);
    expect(shown(null, 'cust', 'SUSPENDED')).toEqual(['15514']);
    // Limits are not searched, and a query cannot span two columns.
    expect(shown(null, '4096')).toEqual([]);
    expect(shown(null, 'gmbhcust')).toEqual([]);
  });

  it('sort numbers as numbers (a 14-digit one last), names naturally, limits by value; no limits first', () => {
    expect(shown(BY_NUMBER)).toEqual(['', '9999', '15514', '100000', '12345678901234']);
    expect(shown({ column: 'name', direction: 'ascending' })).toEqual([
      '15514',
      '100000',
      '',
      '12345678901234',
      '9999',
    ]);
    expect(shown({ column: 'ram', direction: 'descending' })).toEqual([
      '9999',
      '100000',
      '15514',
      '12345678901234',
      '',
    ]);
    expect(shown({ column: 'storage', direction: 'ascending' })).toEqual([
      '',
      '12345678901234',
      '100000',
      '9999',
      '15514',
    ]);
  });

  it('export numbers as numbers, storage as SSD / HDD, labels as shown', () => {
    const lines = shownRowsCsv(CONTRACT_COLUMNS, CONTRACTS.slice(1, 2).concat(CONTRACTS.slice(4)))
      .slice(1)
      .split('\r\n');
    expect(lines).toEqual([
      'Number,Name,Reference,Status,RAM (MB),Cores,SSD / HDD (GB),IPs',
      '15514,Alpha IT GmbH,cust-2,Suspended,1024,1,2000 / 1,1',
      ',No number yet,CUST-4,,,,,',
      '',
    ]);
  });

  it('lists documented statuses first and unknown ones as they came', () => {
    expect(statusOptions(CONTRACTS)).toEqual(['BILLABLE', 'CEASED', 'REJECTED', 'SUSPENDED']);
    expect(statusText('CEASED')).toBe('Ceased');
    expect(statusText('SUSPENDED')).toBe('Suspended');
    expect(statusTone('REJECTED', CONTRACT_TONES)).toBe('bad');
    expect(statusTone('SUSPENDED', CONTRACT_TONES)).toBe('neutral');
  });
});
