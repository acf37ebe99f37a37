/** IONOS contracts: number, name, reseller reference. Reads the contracts table of migration 002. */
import { contractKeys } from '../../../common/channels/contracts';
import type { SearchProvider } from './provider';

interface Row {
  readonly contract_id: string;
  readonly name: string;
  readonly reseller_reference: string;
  readonly status: string;
}

export const contractsProvider: SearchProvider = {
  kind: 'contract',
  accountKind: 'ionos-reseller',
  affected(resource) {
    const parsed = contractKeys.parse(resource);
    if (parsed?.name === 'list') return 'all';
    return parsed?.name === 'contract' ? { key: parsed.contractId } : null;
  },
  items(db, accountId, key) {
    const columns = 'contract_id, name, reseller_reference, status';
    const rows = (
      key === undefined
        ? db.prepare(`SELECT ${columns} FROM ionos_contracts WHERE account_id = ? AND contract_id != ''`).all(accountId)
        : db
            .prepare(`SELECT ${columns} FROM ionos_contracts WHERE account_id = ? AND contract_id = ?`)
            .all(accountId, key)
    ) as Row[];
    return rows.map((row) => ({
      key: row.contract_id,
      title: row.name || `Contract ${row.contract_id}`,
      subtitle: [`Contract ${row.contract_id}`, row.reseller_reference, row.status].filter(Boolean).join(' · '),
      route: `contracts/${row.contract_id}`,
      terms: [row.reseller_reference],
      exact: [row.contract_id, row.reseller_reference],
    }));
  },
};
