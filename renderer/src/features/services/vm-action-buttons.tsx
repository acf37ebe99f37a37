/**
 * The power actions the portal offers for this VM's service (its methods list) and Rebuild, each
 * disabled with its reason while the VM's state does not allow it or an action is still in
 * progress; stop, reboot and rescue ask first. One status line says what the last action sent from
 * here is doing, then how it ended (never an earlier action's message).
 */
import { useLayoutEffect, useRef, useState, type ReactElement } from 'react';
import type { VmActionResult } from '../../../../common/channels/hosting';
import type { AppError } from '../../../../common/errors';
import type { ServiceMethods, Vm, VmTemplate } from '../../../../common/models/hostbill';
import type { VmAction } from '../../../../common/schemas/hostbill';
import { Button } from '../../components/button';
import { ErrorNotice } from '../../components/error-notice';
import { ACTION_LABELS, actionBlocker, OFFLINE_REASON } from './format';
import { useHostingAccount } from './hosting-data';
import { useSendingStore, vmKey } from './hosting-store';
import { useOffline } from './use-offline';
import { ConfirmPower } from './confirm-power';
import { RebuildDialog } from './rebuild-dialog';
import { CONFIRMED_ACTIONS, offeredActions, rebuildBlocker } from './vm-rules';
import { pendingBlocker, progressOf, progressText, type SentAction, type SentRecord } from './vm-progress';
import { vmName } from './vm-state';

export const SENDING_REASON = 'A request for this VM is on its way.';

export function VmActionButtons({
  vm,
  features,
  rebuildTemplates,
  reload,
}: {
  vm: Vm;
  /** The service's methods: only the actions it lists are shown (all while unknown). */
  features?: ServiceMethods | null;
  /** The templates Rebuild offers; undefined when the portal does not offer rebuild. */
  rebuildTemplates?: readonly VmTemplate[];
  /** Reads the VM again, so an answer is followed by a read newer than it. */
  reload: () => void;
}): ReactElement {
  const { vmAction } = useHostingAccount().writes;
  const inFlight = useSendingStore((state) => state.sending[vmKey({ serviceId: vm.serviceId ?? '', vmId: vm.id })]);
  const offline = useOffline();
  const [error, setError] = useState<AppError | null>(null);
  const [sent, setSent] = useState<SentRecord | null>(null);
  const [confirming, setConfirming] = useState<VmAction | null>(null);
  const [rebuilding, setRebuilding] = useState(false);
  // The VM as last shown: an answer is compared with what the screen held when it came.
  const shown = useRef(vm);
  useLayoutEffect(() => {
    shown.current = vm;
  });
  const target = { serviceId: vm.serviceId ?? '', vmId: vm.id };
  const waiting = offline ? OFFLINE_REASON : inFlight ? SENDING_REASON : pendingBlocker(sent, vm);

  function answered(action: SentAction, result: VmActionResult) {
    setSent({ action, readback: result.state, baseline: shown.current, info: result.info });
    reload();
  }
  async function run(action: VmAction) {
    setError(null);
    setSent(null);
    const result = await vmAction(target, action);
    if (result.ok) answered(action, result.value);
    else setError(result.error);
  }
  const progress = sent ? progressOf(sent, vm) : null;
  return (
    <div className="stack" style={{ gap: 10 }}>
      <div className="row wrap" role="group" aria-label="VM actions">
        {offeredActions(features).map((action) => {
          const reason = waiting ?? actionBlocker(action, vm.state);
          return (
            <Button
              key={action}
              disabled={reason !== null}
              title={reason ?? undefined}
              onClick={() => (CONFIRMED_ACTIONS.has(action) ? setConfirming(action) : void run(action))}
            >
              {ACTION_LABELS[action]}
            </Button>
          );
        })}
        {rebuildTemplates && (
          <RebuildButton
            reason={waiting ?? rebuildBlocker(vm.state)}
            onClick={() => {
              setError(null);
              setRebuilding(true);
            }}
          />
        )}
      </div>
      {offline && <p className="muted small">{OFFLINE_REASON}</p>}
      {sent && progress && !error && (
        <p role="status" className={progress.settled && !progress.unknown ? 'hosting-ok small' : 'muted small'}>
          {progressText(sent, vm)}
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
      {rebuilding && rebuildTemplates && (
        <RebuildDialog
          vm={vm}
          templates={rebuildTemplates}
          onDone={(result) => {
            setRebuilding(false);
            if (result) answered('rebuild', result);
          }}
        />
      )}
    </div>
  );
}

function RebuildButton({ reason, onClick }: { reason: string | null; onClick: () => void }): ReactElement {
  return (
    <Button variant="danger" disabled={reason !== null} title={reason ?? undefined} onClick={onClick}>
      Rebuild…
    </Button>
  );
}
