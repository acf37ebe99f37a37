/**
 * The power actions the portal offers for this VM's service (its methods list), each disabled with
 * its reason when the VM's state does not allow it; stop, reboot and rescue ask first.
 */
import { useState, type ReactElement } from 'react';
import type { AppError } from '../../../../common/errors';
import type { ServiceMethods, Vm } from '../../../../common/models/hostbill';
import type { VmAction } from '../../../../common/schemas/hostbill';
import { Button } from '../../components/button';
import { ErrorNotice } from '../../components/error-notice';
import { ACTION_LABELS, actionBlocker, OFFLINE_REASON } from './format';
import { useHostingAccount } from './hosting-data';
import { useSendingStore, vmKey } from './hosting-store';
import { useOffline } from './use-offline';
import { ConfirmPower } from './confirm-power';
import { CONFIRMED_ACTIONS, offeredActions } from './vm-rules';
import { vmName } from './vm-state';

export function VmActionButtons({
  vm,
  features,
  extra,
}: {
  vm: Vm;
  /** The service's methods: only the actions it lists are shown (all while unknown). */
  features?: ServiceMethods | null;
  extra?: ReactElement;
}): ReactElement {
  const { vmAction } = useHostingAccount().writes;
  const sending = useSendingStore((state) => state.sending);
  const offline = useOffline();
  const [error, setError] = useState<AppError | null>(null);
  const [info, setInfo] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<VmAction | null>(null);
  const target = { serviceId: vm.serviceId ?? '', vmId: vm.id };
  const inFlight = sending[vmKey(target)] !== undefined;

  async function run(action: VmAction) {
    setError(null);
    setInfo(null);
    const result = await vmAction(target, action);
    if (result.ok) setInfo(result.value.info.join(' ') || `${ACTION_LABELS[action]} sent.`);
    else setError(result.error);
  }
  return (
    <div className="stack" style={{ gap: 10 }}>
      <div className="row wrap" role="group" aria-label="VM actions">
        {offeredActions(features).map((action) => {
          const reason = offline ? OFFLINE_REASON : actionBlocker(action, vm.state);
          return (
            <Button
              key={action}
              disabled={reason !== null || inFlight}
              title={reason ?? undefined}
              onClick={() => (CONFIRMED_ACTIONS.has(action) ? setConfirming(action) : void run(action))}
            >
              {ACTION_LABELS[action]}
            </Button>
          );
        })}
        {extra}
      </div>
      {offline && <p className="muted small">{OFFLINE_REASON}</p>}
      {info && !error && (
        <p role="status" className="hosting-ok small">
          {info}
        </p>
      )}
      {error && <ErrorNotice error={error} />}
      {confirming && (
        <ConfirmPower
          action={confirming}
          names={[vmName(vm)]}
          onClose={() => setConfirming(null)}
          onConfirm={() => {
            setConfirming(null);
            void run(confirming);
          }}
        />
      )}
    </div>
  );
}
