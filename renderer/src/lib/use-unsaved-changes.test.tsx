// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useNavigation } from '../app/navigation-store';
import { Button } from '../components/button';
import { Dialog } from '../components/dialog';
import { DiscardPrompt } from '../components/discard-prompt';
import { hasUnsavedChanges, useUnsavedChanges, useUnsavedStore } from './use-unsaved-changes';

beforeAll(() => {
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});
beforeEach(() => {
  window.history.replaceState(null, '', '#/a/hb-1/account');
  useNavigation.getState().syncFromLocation();
});
afterEach(() => {
  cleanup();
  useUnsavedStore.setState({ dirty: new Set(), question: null });
});

/** A page form (no dialog): only its text makes it dirty. */
function PageForm() {
  const [text, setText] = useState('');
  useUnsavedChanges(text !== '');
  return <input aria-label="City" value={text} onChange={(e) => setText(e.target.value)} />;
}

function DialogForm({ onClosed }: { onClosed: () => void }) {
  const [text, setText] = useState('');
  const unsaved = useUnsavedChanges(text !== '');
  const cancel = () => unsaved.confirmLeave(onClosed);
  return (
    <Dialog title="Edit" onClose={cancel} footer={<Button onClick={cancel}>Cancel</Button>}>
      <input aria-label="Name" value={text} onChange={(e) => setText(e.target.value)} />
    </Dialog>
  );
}

const route = () => useNavigation.getState().route;
const beforeUnloadCancelled = () => {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
};

describe('unsaved changes', () => {
  it('lets navigation through while nothing is edited', () => {
    render(<PageForm />);
    act(() => useNavigation.getState().open('#/settings'));
    expect(route()).toEqual({ kind: 'app', area: 'settings', path: [] });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('asks before in-app navigation leaves an edited form, and before a reload', () => {
    render(
      <>
        <PageForm />
        <DiscardPrompt />
      </>,
    );
    fireEvent.change(screen.getByLabelText('City'), { target: { value: 'Porto' } });
    expect(beforeUnloadCancelled()).toBe(true);

    act(() => useNavigation.getState().open('#/settings'));
    screen.getByRole('dialog', { name: 'Discard unsaved changes?' });
    expect(route()).toMatchObject({ kind: 'account', area: 'account' });
    fireEvent.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(route()).toMatchObject({ kind: 'account', area: 'account' });
    expect(window.location.hash).toBe('#/a/hb-1/account');
    expect((screen.getByLabelText('City') as HTMLInputElement).value).toBe('Porto');

    act(() => useNavigation.getState().open('#/settings'));
    fireEvent.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(route()).toEqual({ kind: 'app', area: 'settings', path: [] });
    expect(window.location.hash).toBe('#/settings');
    expect(hasUnsavedChanges()).toBe(false);
  });

  it('asks when back/forward leaves an edited form, and puts the address back if kept', () => {
    render(
      <>
        <PageForm />
        <DiscardPrompt />
      </>,
    );
    fireEvent.change(screen.getByLabelText('City'), { target: { value: 'Porto' } });
    window.history.replaceState(null, '', '#/about');
    act(() => useNavigation.getState().syncFromLocation());
    expect(window.location.hash).toBe('#/a/hb-1/account');
    fireEvent.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect(route()).toMatchObject({ kind: 'account', area: 'account' });
  });

  it('asks before Escape or Cancel closes an edited dialog; a clean one closes at once', () => {
    let closed = 0;
    render(
      <>
        <DialogForm onClosed={() => (closed += 1)} />
        <DiscardPrompt />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(closed).toBe(1);

    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Anna' } });
    fireEvent(screen.getByRole('dialog', { name: 'Edit' }), new Event('cancel', { cancelable: true }));
    expect(closed).toBe(1);
    const prompt = screen.getByRole('dialog', { name: 'Discard unsaved changes?' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Keep editing' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect(prompt.isConnected).toBe(false);
    expect(closed).toBe(1);

    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(closed).toBe(2);
  });

  it('stops asking once the form is gone', () => {
    const { unmount } = render(<PageForm />);
    fireEvent.change(screen.getByLabelText('City'), { target: { value: 'Porto' } });
    expect(hasUnsavedChanges()).toBe(true);
    unmount();
    expect(hasUnsavedChanges()).toBe(false);
    expect(beforeUnloadCancelled()).toBe(false);
  });
});
