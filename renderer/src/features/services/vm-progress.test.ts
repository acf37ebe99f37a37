import { describe, expect, it } from 'vitest';
import { appError } from '../../../../common/errors';
import type { Vm } from '../../../../common/models/hostbill';
import { missingText, pendingBlocker, progressOf, progressText, type SentRecord } from './vm-progress';
import { planBulk, rebuildBlocker } from './vm-rules';
import { testVm } from './test-vm.test-util';

const vm = (state: string | null, id = '7'): Vm => testVm({ id, state });

const sent = (action: SentRecord['action'], readback: string | null, baseline: Vm | null): SentRecord => ({
  action,
  readback,
  baseline,
  info: ['Reboot request has been sent'],
});

describe('what became of a VM action', () => {
  it('stays in progress while the screen still holds the VM from before the answer, even if that says running', () => {
    const before = vm('running');
    const reboot = sent('reboot', 'rebooting', before);
    expect(progressOf(reboot, before)).toMatchObject({ state: 'rebooting', settled: false });
    expect(progressText(reboot, before)).toBe(
      'Reboot in progress: the VM is rebooting. The portal said: Reboot request has been sent.',
    );
    // A newer read, still busy, then settled: done, with the state it settled in.
    expect(progressText(reboot, vm('rebooting'))).toMatch(/^Reboot in progress: the VM is rebooting\./);
    expect(progressOf(reboot, vm('running'))).toMatchObject({ state: 'running', settled: true });
    expect(progressText(reboot, vm('running'))).toBe('Reboot done: the VM is running.');
  });

  it('never carries an earlier message: a rebuild speaks of the rebuild, and says when it ended otherwise', () => {
    const before = vm('running');
    const rebuild = { ...sent('rebuild', 'rebuilding', before), info: [] };
    expect(progressText(rebuild, before)).toBe('Rebuild in progress: the VM is rebuilding.');
    expect(progressText(rebuild, vm('running'))).toBe('Rebuild done: the VM is running.');
    expect(progressText(rebuild, vm('error'))).toBe('Rebuild ended: the VM is error.');
  });

  it('takes a settled read-back at its word, and says when the VM could not be read back', () => {
    const before = vm('running');
    expect(progressText(sent('stop', 'stopped', before), before)).toBe('Stop done: the VM is stopped.');
    const unread = sent('stop', null, before);
    expect(progressOf(unread, before)).toMatchObject({ settled: true, unknown: true });
    expect(progressText(unread, before)).toMatch(/could not be read back: refresh/);
  });

  it('blocks other actions and Rebuild while an action is in progress, with the reason', () => {
    const before = vm('running');
    const reboot = sent('reboot', 'rebooting', before);
    expect(pendingBlocker(reboot, before)).toBe('Reboot in progress: wait until the VM settles.');
    expect(pendingBlocker(reboot, vm('running'))).toBeNull();
    expect(pendingBlocker(null, before)).toBeNull();
    expect(rebuildBlocker('rebuilding')).toBe('The VM is rebuilding: wait until it settles.');
    expect(rebuildBlocker('running')).toBeNull();
    // Bulk skips a VM whose action of ours is still in progress, with the same reason.
    const plan = planBulk(
      [before, vm('running', '8')],
      'stop',
      () => null,
      (v) => (v.id === '7' ? pendingBlocker(reboot, before) : null),
    );
    expect(plan.send.map((v) => v.id)).toEqual(['8']);
    expect(plan.skipped[0]?.reason).toBe('reboot in progress: wait until the VM settles');
  });

  it('says templates could not be loaded while offline, not that the portal lists none', () => {
    const offline = { refreshing: false, lastError: appError('network', 'The portal cannot be reached.') };
    const fine = { refreshing: false, lastError: null };
    expect(missingText('templates', false, offline, false)).toBe('The templates could not be loaded while offline.');
    expect(missingText('templates', false, fine, true)).toBe('The templates could not be loaded while offline.');
    expect(missingText('resources', false, { refreshing: false, lastError: appError('internal', 'x') }, false)).toMatch(
      /could not be loaded: the last read failed/,
    );
    expect(missingText('templates', true, offline, true)).toBe('The portal lists no templates.');
    expect(missingText('templates', false, { ...fine, refreshing: true }, false)).toBe('Reading from the portal…');
  });
});
