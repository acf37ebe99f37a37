import { useState, type ReactElement } from 'react';
import type { HostingService } from '../../../../common/channels/hosting';
import type { Vm } from '../../../../common/models/hostbill';
import { accountHref, useNavigation } from '../../app/navigation-store';
import { useHostingAccount } from './hosting-data';
import { Button } from '../../components/button';
import { CreateVmDialog } from './create-vm-dialog';
import { OFFLINE_REASON } from './format';
import { useOffline } from './use-offline';
import { formatResources, vmName, VmStateBadge } from './vm-state';
import { VmAddresses } from './vms-table';

/** The service's VMs; "Create VM" only where the portal lists the create route for this service. */
export function ServiceVms({ service, vms }: { service: HostingService; vms: readonly Vm[] }): ReactElement {
  const { accountId } = useHostingAccount();
  const open = useNavigation((state) => state.open);
  const offline = useOffline();
  const [creating, setCreating] = useState(false);
  const canCreate = service.features?.methods.some((m) => m.method === 'POST' && /\/vms$/.test(m.route)) ?? false;
  return (
    <div className="stack">
      {canCreate && (
        <div className="row">
          <Button
            variant="primary"
            icon="plus"
            disabled={offline}
            title={offline ? OFFLINE_REASON : undefined}
            onClick={() => setCreating(true)}
          >
            Create VM
          </Button>
          {offline && <span className="muted small">{OFFLINE_REASON}</span>}
        </div>
      )}
      <div className="card table-wrap">
        <table className="table" aria-label={`Virtual machines of ${service.name}`}>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">State</th>
              <th scope="col">Addresses</th>
              <th scope="col">Resources</th>
            </tr>
          </thead>
          <tbody>
            {vms.map((vm) => (
              <tr key={vm.id}>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => open(accountHref(accountId, 'services', 'vms', service.id, vm.id))}
                  >
                    {vmName(vm)}
                  </button>
                </td>
                <td>
                  <VmStateBadge vm={vm} />
                </td>
                <td className="mono small">
                  <VmAddresses vm={vm} />
                </td>
                <td className="small">{formatResources(vm)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {vms.length === 0 && <p className="card-body muted">This service has no virtual machines yet.</p>}
      </div>
      {creating && <CreateVmDialog service={service} onDone={() => setCreating(false)} />}
    </div>
  );
}
