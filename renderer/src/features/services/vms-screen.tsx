/** Every VM of every service: state, addresses, template, resources; select some for a bulk action. */
import { useMemo, useState, type ReactElement } from 'react';
import type { VmActionResult } from '../../../../common/channels/hosting';
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
import { BulkResults } from './bulk-results';
import { ACTION_LABELS, OFFLINE_REASON } from './format';
import { useHostingAccount } from './hosting-data';
import { vmKey } from './hosting-store';
import { useOffline } from './use-offline';
import { formatResources, vmName, VmStateBadge } from './vm-state';

const keyOf = (vm: Vm) => vmKey({ serviceId: vm.serviceId ?? '', vmId: vm.id });

export function VmsScreen({
  vms,
  services,
}: {
  vms: Cached<readonly Vm[]> | null;
  services: Cached<readonly HostingService[]> | null;
}): ReactElement {
  const { accountId, writes } = useHostingAccount();
  const { bulkAction } = writes;
  const open = useNavigation((state) => state.open);
  const offline = useOffline();
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [results, setResults] = useState<{
    action: VmAction;
    rows: readonly VmActionResult[];
    skipped: BulkPlan['skipped'];
  } | null>(null);
  const [confirming, setConfirming] = useState<{ action: VmAction; plan: BulkPlan } | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState<VmAction | null>(null);
  const rows = useMemo(() => vms?.data ?? [], [vms]);
  const serviceName = useMemo(
    () => new Map((services?.data ?? []).map((s) => [s.id, s.label ?? s.domain ?? s.name])),
    [services],
  );
  const q = query.trim().toLowerCase();
  const shown = rows.filter((vm) =>
    [vm.label, vm.hostname, vm.state, vm.templateName, ...vm.ipv4, ...vm.ipv6].some((v) =>
      v?.toLowerCase().includes(q),
    ),
  );
  const chosen = rows.filter((vm) => selected.has(keyOf(vm)));
  const featuresOf = (serviceId: string) => (services?.data ?? []).find((s) => s.id === serviceId)?.features;
  // Bulk offers an action when the portal lists it for a selected VM's service (any service before a selection).
  const bulkActions = VM_ACTIONS.filter((action) =>
    (chosen.length > 0 ? chosen : rows).some((vm) => offeredActions(featuresOf(vm.serviceId ?? '')).includes(action)),
  );
  const allShown = shown.length > 0 && shown.every((vm) => selected.has(keyOf(vm)));

  function toggle(key: string, on: boolean) {
    const next = new Set(selected);
    if (on) next.add(key);
    else next.delete(key);
    setSelected(next);
  }
  /** The same rules as one VM's buttons; stop, reboot and rescue ask first, naming the VMs. */
  function ask(action: VmAction) {
    const plan = planBulk(chosen, action, featuresOf);
    if (plan.send.length > 0 && CONFIRMED_ACTIONS.has(action)) setConfirming({ action, plan });
    else void run(action, plan);
  }
  async function run(action: VmAction, plan: BulkPlan) {
    setError(null);
    if (plan.send.length === 0) return setResults({ action, rows: [], skipped: plan.skipped });
    setBusy(action);
    const result = await bulkAction(
      plan.send.map((vm) => ({ serviceId: vm.serviceId ?? '', vmId: vm.id })),
      action,
    );
    setBusy(null);
    if (result.ok) setResults({ action, rows: result.value, skipped: plan.skipped });
    else setError(result.error);
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
    <div className="stack">
      <div className="row wrap hosting-filters">
        <label className="visually-hidden" htmlFor="vm-search">
          Search virtual machines
        </label>
        <input
          id="vm-search"
          type="search"
          placeholder="Search name, address, state…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <div className="row wrap" role="group" aria-label="Bulk actions">
          <span className="muted">{chosen.length} selected</span>
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
      {results && (
        <BulkResults
          action={results.action}
          results={results.rows}
          skipped={results.skipped.map(({ vm, reason }) => ({ name: vmName(vm), reason }))}
          onClose={() => setResults(null)}
        />
      )}
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
      <div className="card table-wrap">
        <table className="table" aria-label="Virtual machines">
          <thead>
            <tr>
              <th scope="col" className="check">
                <input
                  type="checkbox"
                  aria-label="Select all shown VMs"
                  checked={allShown}
                  onChange={(e) =>
                    setSelected(e.target.checked ? new Set([...selected, ...shown.map(keyOf)]) : new Set())
                  }
                />
              </th>
              <th scope="col">Name</th>
              <th scope="col">State</th>
              <th scope="col">Addresses</th>
              <th scope="col">Template</th>
              <th scope="col">Resources</th>
              <th scope="col">Service</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((vm) => (
              <tr key={keyOf(vm)} aria-selected={selected.has(keyOf(vm))}>
                <td className="check">
                  <input
                    type="checkbox"
                    aria-label={`Select ${vmName(vm)}`}
                    checked={selected.has(keyOf(vm))}
                    onChange={(e) => toggle(keyOf(vm), e.target.checked)}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => open(accountHref(accountId, 'services', 'vms', vm.serviceId ?? '', vm.id))}
                  >
                    {vmName(vm)}
                  </button>
                  {vm.hostname && vm.hostname !== vm.label && <div className="faint small">{vm.hostname}</div>}
                </td>
                <td>
                  <VmStateBadge vm={vm} />
                </td>
                <td className="mono small">
                  {[...vm.ipv4, ...vm.ipv6].slice(0, 2).map((ip) => (
                    <div key={ip}>{ip}</div>
                  ))}
                  {vm.ipv4.length + vm.ipv6.length === 0 && '—'}
                </td>
                <td>{vm.templateName ?? vm.template ?? vm.os ?? '—'}</td>
                <td className="small">{formatResources(vm)}</td>
                <td className="small">{serviceName.get(vm.serviceId ?? '') ?? `#${vm.serviceId}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
