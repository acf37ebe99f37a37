/** "Stop cache-03?": stop, reboot and rescue ask first, naming the VMs; skipped ones are named too. */
import type { ReactElement } from 'react';
import type { VmAction } from '../../../../common/schemas/hostbill';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { ACTION_LABELS } from './format';

const WHAT_HAPPENS: Readonly<Partial<Record<VmAction, string>>> = {
  stop: 'Everything running on it stops until it is started again.',
  reboot: 'It restarts: what runs on it is interrupted for a while.',
  rescue: 'It restarts into the rescue system until you end rescue mode.',
};

export function ConfirmPower({
  action,
  names,
  skipped = [],
  onConfirm,
  onClose,
}: {
  action: VmAction;
  names: readonly string[];
  skipped?: readonly string[];
  onConfirm: () => void;
  onClose: () => void;
}): ReactElement {
  const label = ACTION_LABELS[action];
  const title = names.length === 1 ? `${label} ${names[0]}?` : `${label} ${names.length} virtual machines?`;
  return (
    <Dialog
      title={title}
      description={WHAT_HAPPENS[action]}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="danger" onClick={onConfirm}>
            {label}
          </Button>
        </>
      }
    >
      {names.length > 1 && (
        <ul className="bulk-results" aria-label="Virtual machines to act on">
          {names.map((name) => (
            <li key={name}>{name}</li>
          ))}
        </ul>
      )}
      {skipped.length > 0 && <p className="muted small">Skipped: {skipped.join('; ')}.</p>}
    </Dialog>
  );
}
