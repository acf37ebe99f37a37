/** Every VM of every service: state, addresses, template, resources; select some for a bulk action. */
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import type { AppError } from '../../../../common/errors';
import type { HostingService } from '../../../../common/channels/hosting';
import type { Cached } from '../../../../common/models/cached';
import type { Vm } from '../../../../common/models/hostbill';
import { VM_ACTIONS, type VmAction } from '../../../../common/schemas/hostbill';
import { ConfirmPower } from './confirm-power';
import { CONFIRMED_ACTIONS, offeredActions, planBulk, type BulkPlan } from './vm-rules';
import { accountHref, useNavigation } from '../../app/navigation-store';
import { Button } from '../../components/button';
import { EmptyState } from '../../components/empty-state';
import { ErrorNotice } from '../../components/error-notice';
import { BulkResults, sentOf, type BulkOutcome } from './bulk-results';
import { ACTION_LABELS, OFFLINE_REASON } from './format';
import { useHostingAccount } from './hosting-data';
import { useSendingStore, vmKey } from './hosting-store';
import { useOffline } from './use-offline';
import { pendingBlocker } from './vm-progress';
import { SENDING_REASON } from './vm-action-buttons';
import { vmName } from './vm-state';
import { byName, keyOf, vmColumns, vmFilters } from './vms-table';
import { DataTable } from '../../components/data-table/data-table';

export function VmsScreen({
  vms,
  services,
  reload,
}: {
  vms: Cached<readonly Vm[]> | null;
  services: Cached<readonly HostingService[]> | null;
  /** Reads the list again, so a bulk answer is followed by a read newer than it. */
  reload: () => void;
}): ReactElement {
  const { accountId, writes } = useHostingAccount();
  const { bulkAction } = writes;
  const open = useNavigation((state) => state.open);
  const offline = useOffline();
  const [chosen, setChosen] = useState<readonly Vm[]>([]);
  const [results, setResults] = useState<BulkOutcome | null>(null);
  const [confirming, setConfirming] = useState<{ action: VmAction; plan: BulkPlan } | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState<VmAction | null>(null);
  const rows = useMemo(() => vms?.data ?? [], [vms]);
  const byKey = useMemo(() => new Map(rows.map((vm) => [keyOf(vm), vm])), [rows]);
  // The VMs as last shown: a bulk answer is compared with what the list held when it came.
  const shown = useRef(byKey);
  useLayoutEffect(() => {
    shown.current = byKey;
  });
  const sending = useSendingStore((state) => state.sending);
  const serviceName = useMemo(
    () => new Map((services?.data ?? []).map((s) => [s.id, s.label ?? s.domain ?? s.name])),
    [services],
  );
  const featuresOf = (serviceId: string) => (services?.data ?? []).find((s) => s.id === serviceId)?.features;
  // Bulk offers an action when the portal lists it for a selected VM's service (any service before a selection).
  const bulkActions = VM_ACTIONS.filter((action) =>
    (chosen.length > 0 ? chosen : rows).some((vm) => offeredActions(featuresOf(vm.serviceId ?? '')).includes(action)),
  );
  const columns = useMemo(() => vmColumns((serviceId) => serviceName.get(serviceId)), [serviceName]);
  const filters = useMemo(() => vmFilters(rows, serviceName), [rows, serviceName]);
  const openVm = useCallback(
    (vm: Vm) => open(accountHref(accountId, 'services', 'vms', vm.serviceId ?? '', vm.id)),
    [open, accountId],
  );
  // The bulk bar stands above the table (its buttons follow the portal's methods): the table only reports the selection.
  const selection = useMemo(() => ({ rowLabel: vmName, actions: () => null, onChange: setChosen }), []);
  /** The same rules as one VM's buttons; stop, reboot and rescue ask first, naming the VMs. */
  function ask(action: VmAction) {
    // VMs of this screen's last bulk action that have not settled yet are skipped, like the VM page's buttons.
    const pendingOf = (vm: Vm) => {
      const result = results?.results.find((r) => r.ok && keyOf(vm) === vmKey(r));
      if (sending[keyOf(vm)] !== undefined) return SENDING_REASON;
      return results && result ? pendingBlocker(sentOf(results, result), byKey.get(keyOf(vm))) : null;
    };
    const plan = planBulk(chosen, action, featuresOf, pendingOf);
    if (plan.send.length > 0 && CONFIRMED_ACTIONS.has(action)) setConfirming({ action, plan });
    else void run(action, plan);
  }
  async function run(action: VmAction, plan: BulkPlan) {
    setError(null);
    const skipped = plan.skipped.map(({ vm, reason }) => ({ name: vmName(vm), reason }));
    if (plan.send.length === 0) return setResults({ action, results: [], baselines: new Map(), skipped });
    setBusy(action);
    const result = await bulkAction(
      plan.send.map((vm) => ({ serviceId: vm.serviceId ?? '', vmId: vm.id })),
      action,
    );
    setBusy(null);
    if (!result.ok) return setError(result.error);
    setResults({ action, results: result.value, baselines: shown.current, skipped });
    reload();
  }

  if (!vms)
    return (
      <div className="card card-body muted" aria-busy="true">
        Loading virtual machines…
      </div>
    );
  if (rows.length === 0) {
    return (
      <div className="card">
        <EmptyState icon="services" title={vms.syncedAt ? 'No virtual machines' : 'Loading virtual machines…'}>
          {vms.syncedAt
            ? 'None of your services has virtual machines.'
            : 'The first list is being fetched from the portal.'}
        </EmptyState>
      </div>
    );
  }
  return (
    <div className="stack vms-screen">
      <div className="row wrap hosting-filters">
        <div className="row wrap" role="group" aria-label="Bulk actions">
          {chosen.length === 0 && <span className="muted">Select VMs for a bulk action:</span>}
          {bulkActions.map((action) => (
            <Button
              key={action}
              size="small"
              disabled={chosen.length === 0 || busy !== null || offline}
              busy={busy === action}
              title={offline ? OFFLINE_REASON : undefined}
              onClick={() => ask(action)}
            >
              {ACTION_LABELS[action]} selected
            </Button>
          ))}
        </div>
      </div>
      {offline && <p className="muted small">{OFFLINE_REASON}</p>}
      {error && <ErrorNotice error={error} />}
      {results && <BulkResults outcome={results} live={(key) => byKey.get(key)} onClose={() => setResults(null)} />}
      {confirming && (
        <ConfirmPower
          action={confirming.action}
          names={confirming.plan.send.map(vmName)}
          skipped={confirming.plan.skipped.map(({ vm, reason }) => `${vmName(vm)} (${reason})`)}
          onClose={() => setConfirming(null)}
          onConfirm={() => {
            setConfirming(null);
            void run(confirming.action, confirming.plan);
          }}
        />
      )}
      <DataTable
        id="vms"
        label="Virtual machines"
        noun={{ one: 'virtual machine', other: 'virtual machines' }}
        rows={rows}
        rowKey={keyOf}
        columns={columns}
        defaultSort={byName}
        search={{ label: 'Search virtual machines', placeholder: 'Search name, address, state…' }}
        filters={filters}
        onOpen={openVm}
        selection={selection}
        exportName="virtual-machines"
        noMatch="No virtual machine matches the search or filter."
      />
    </div>
  );
}
