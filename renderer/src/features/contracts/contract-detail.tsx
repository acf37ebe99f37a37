/** One contract: every field, rename and reference in place, the limits form and its admin users. */
import { useMemo, useState, type ReactElement } from 'react';
import { RESOURCE_LIMIT_META } from '../../../../common/models/contract';
import { contractReferenceSchema, contractRenameSchema } from '../../../../common/schemas/ionos';
import { accountHref } from '../../app/navigation-store';
import { EmptyState } from '../../components/empty-state';
import { ErrorNotice } from '../../components/error-notice';
import { Link } from '../../components/link';
import { OfflineBanner, SyncStatus, isOffline } from '../../components/sync-status';
import { useAccountsStore } from '../accounts/accounts-store';
import { AdminsSection } from './admins-section';
import { ContractProvider } from './contract-context';
import { CopyButton } from '../../components/copy-button';
import { StatusBadge } from '../../components/status-badge';
import { CONTRACT_TONES, withUnit } from './contract-rows';
import { contractWrites, useContract, useContractAdmins } from './contracts-data';
import { InlineEdit } from './inline-edit';
import { LimitsForm } from './limits-form';
import { OFFLINE_REASON } from './write-guard';

const firstIssue = (result: { success: boolean; error?: { issues: readonly { message: string }[] } }) =>
  result.success ? null : (result.error?.issues[0]?.message ?? 'Check this value');

export function ContractDetail({ accountId, contractId }: { accountId: string; contractId: string }): ReactElement {
  const target = useMemo(() => ({ accountId, contractId }), [accountId, contractId]);
  const open = useMemo(() => ({ ...target, writes: contractWrites(target) }), [target]);
  const resource = useContract(target);
  const admins = useContractAdmins(target);
  const accountLabel = useAccountsStore((state) => state.accounts.find((account) => account.id === accountId)?.label);
  const [refreshing, setRefreshing] = useState(false);

  const cached = resource.cached;
  const contract = resource.data ?? null;
  const offline = isOffline(cached) || isOffline(admins.cached);
  const disabledReason = offline ? OFFLINE_REASON : null;
  const store = open.writes;

  async function refresh() {
    setRefreshing(true);
    await Promise.all([resource.reload(), admins.refresh()]);
    setRefreshing(false);
  }

  const back = (
    <Link className="button button-ghost button-small back-link" href={accountHref(accountId, 'contracts')}>
      ← All contracts
    </Link>
  );
  if (resource.error && !cached) {
    return (
      <section className="page">
        {back}
        <ErrorNotice error={resource.error} />
      </section>
    );
  }
  if (!cached)
    return (
      <section className="page" aria-busy="true">
        {back}
      </section>
    );
  if (!contract) {
    return (
      <section className="page">
        {back}
        <div className="card">
          <EmptyState icon="contracts" title={`Contract ${contractId} is not in the cache`}>
            {cached.refreshing ? 'Looking it up on the IONOS API…' : 'It may not exist, or it was not loaded yet.'}
          </EmptyState>
        </div>
      </section>
    );
  }

  return (
    <ContractProvider value={open}>
      <section className="page stack" aria-labelledby="contract-title">
        <header className="page-header contract-detail-header" style={{ marginBottom: 0 }}>
          <div>
            {back}
            <h1 id="contract-title">
              {contract.name || `Contract ${contract.id}`}
              <StatusBadge status={contract.status} tones={CONTRACT_TONES} />
            </h1>
            <p>
              Contract <span className="mono">{contract.id}</span> of {accountLabel}
            </p>
          </div>
          <div className="page-actions">
            <SyncStatus cached={cached} onRefresh={() => void refresh()} refreshing={refreshing} />
          </div>
        </header>
        <OfflineBanner cached={isOffline(cached) ? cached : isOffline(admins.cached) ? admins.cached! : cached} />
        <div className="detail-grid">
          <div className="card card-body">
            <div className="card-title">
              <h2>Contract</h2>
            </div>
            <dl className="definition-list contract-fields">
              <dt>Number</dt>
              <dd>
                <div className="inline-value">
                  <span className="mono">{contract.id}</span>
                  <CopyButton value={contract.id} label={`contract number ${contract.id}`} />
                </div>
              </dd>
              <dt>Name</dt>
              <dd>
                <InlineEdit
                  label="Contract name"
                  field="name"
                  value={contract.name}
                  display={<span>{contract.name || '—'}</span>}
                  editLabel="Edit contract name"
                  disabledReason={disabledReason}
                  check={(value) => firstIssue(contractRenameSchema.safeParse({ name: value }))}
                  save={(value) => store.rename(value.trim())}
                />
              </dd>
              <dt>Reseller reference</dt>
              <dd>
                <InlineEdit
                  label="Reseller reference"
                  field="resellerReference"
                  value={contract.resellerReference}
                  display={<span className="mono">{contract.resellerReference || '—'}</span>}
                  editLabel="Edit reseller reference"
                  hint="Saved with a full update that keeps the name and limits as the server has them"
                  disabledReason={disabledReason}
                  check={(value) => firstIssue(contractReferenceSchema.safeParse({ resellerReference: value }))}
                  save={(value) => store.setReference(value.trim())}
                />
              </dd>
              <dt>Status</dt>
              <dd>
                <StatusBadge status={contract.status} tones={CONTRACT_TONES} />
              </dd>
            </dl>
          </div>
          <div className="card card-body">
            <div className="card-title">
              <h2>Totals at a glance</h2>
            </div>
            <dl className="definition-list contract-fields">
              {contract.resourceLimits ? (
                (
                  [
                    'ramContractMax',
                    'cpuContractMax',
                    'ssdVolumeContractMaxSize',
                    'hddVolumeContractMaxSize',
                    'ips',
                  ] as const
                ).map((key) => (
                  <Summary
                    key={key}
                    label={RESOURCE_LIMIT_META[key].label}
                    value={withUnit(contract.resourceLimits![key], RESOURCE_LIMIT_META[key].unit)}
                  />
                ))
              ) : (
                <Summary label="Limits" value="Not sent by the server" />
              )}
            </dl>
          </div>
          <div className="card card-body span-2">
            <div className="card-title">
              <h2>Resource limits</h2>
              <span className="faint" style={{ fontSize: 12.5 }}>
                Values are saved exactly as entered, in the units shown.
              </span>
            </div>
            <LimitsForm key={`${contract.id}`} contract={contract} offline={offline} />
          </div>
          <div className="card card-body span-2">
            <AdminsSection admins={admins} disabledReason={disabledReason} />
          </div>
        </div>
      </section>
    </ContractProvider>
  );
}

function Summary({ label, value }: { label: string; value: string }): ReactElement {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}
