// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AccountForm } from './account-form';

beforeAll(() => {
  // jsdom has no <dialog> modality; the form's logic is what is under test here.
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});
afterEach(cleanup);

describe('account form', () => {
  it('shows a message beside each invalid field and sends nothing', () => {
    render(<AccountForm account={null} onDone={() => undefined} />);
    fireEvent.change(screen.getByLabelText('API address'), { target: { value: 'http://portal.example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add account' }));
    expect(screen.getByLabelText('Label').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter a label')).toBeTruthy();
    expect(screen.getByText(/Use https:\/\//)).toBeTruthy();
    expect(screen.getByText('Enter the password or token')).toBeTruthy();
    // Had it called main, the missing bridge (no window.api in jsdom) would show as an error.
    expect(screen.queryByRole('alert', { name: /bridge/ })).toBeNull();
    expect(screen.queryByText(/bridge is missing/)).toBeNull();
  });

  it('switches sign-in methods and default address with the kind of account', () => {
    render(<AccountForm account={null} onDone={() => undefined} />);
    fireEvent.click(screen.getByRole('radio', { name: 'HostBill portal' }));
    const method = screen.getByLabelText('Sign-in method') as HTMLSelectElement;
    expect([...method.options].map((option) => option.value)).toEqual(['jwt', 'basic']);
    expect((screen.getByLabelText('API address') as HTMLInputElement).value).toBe('https://portal.example.com/api');
  });

  it('hides the username and asks for a token when the IONOS account uses an API token', () => {
    render(<AccountForm account={null} onDone={() => undefined} />);
    fireEvent.change(screen.getByLabelText('Sign-in method'), { target: { value: 'token' } });
    expect(screen.queryByLabelText('Username')).toBeNull();
    expect(screen.getByLabelText('API token')).toBeTruthy();
  });
});
