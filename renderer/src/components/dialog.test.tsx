// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Button } from './button';
import { Dialog } from './dialog';

beforeAll(() => {
  // jsdom has no <dialog> modality (nor its focusing steps): what is under test is the Dialog's own rule.
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});
afterEach(cleanup);

function Opener({ withField }: { withField: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open it
      </button>
      {open && (
        <Dialog
          title="A dialog"
          description={<a href="#/x">A link in the description</a>}
          onClose={() => setOpen(false)}
          footer={<Button onClick={() => setOpen(false)}>Close it</Button>}
        >
          {withField && (
            <>
              <input aria-label="Disabled" disabled />
              <input aria-label="First field" />
              <input aria-label="Second field" />
            </>
          )}
        </Dialog>
      )}
    </>
  );
}

describe('dialog focus', () => {
  it('goes to the first usable field on open and back to the opener on close', () => {
    render(<Opener withField />);
    const opener = screen.getByRole('button', { name: 'Open it' });
    opener.focus();
    fireEvent.click(opener);
    expect(document.activeElement).toBe(screen.getByLabelText('First field'));
    fireEvent.click(screen.getByRole('button', { name: 'Close it' }));
    expect(screen.queryByLabelText('First field')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('goes to the first button when there is no field, and Escape closes back to the opener', () => {
    render(<Opener withField={false} />);
    const opener = screen.getByRole('button', { name: 'Open it' });
    opener.focus();
    fireEvent.click(opener);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Close it' }));
    fireEvent(document.querySelector('dialog')!, new Event('cancel', { cancelable: true }));
    expect(document.querySelector('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});
