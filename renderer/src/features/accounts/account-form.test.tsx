// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MAX_SECRET_BYTES, SECRET_TOO_LONG_MESSAGE } from '../../../../common/secret-limits';
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

  it('takes a 10,000-character API token and says when a token is larger than the keychain holds', () => {
    render(<AccountForm account={null} onDone={() => undefined} />);
    fireEvent.change(screen.getByLabelText('Label'), { target: { value: 'Main' } });
    fireEvent.change(screen.getByLabelText('Sign-in method'), { target: { value: 'token' } });
    const token = screen.getByLabelText('API token');
    fireEvent.change(token, { target: { value: 't'.repeat(MAX_SECRET_BYTES + 1) } });
    fireEvent.click(screen.getByRole('button', { name: 'Add account' }));
    expect(token.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(SECRET_TOO_LONG_MESSAGE)).toBeTruthy();

    fireEvent.change(token, { target: { value: 't'.repeat(10_000) } });
    fireEvent.click(screen.getByRole('button', { name: 'Add account' }));
    expect(token.getAttribute('aria-invalid')).not.toBe('true');
    expect(screen.queryByText(SECRET_TOO_LONG_MESSAGE)).toBeNull();
  });

  it('shows a message when a field is left, follows each change and clears it once fixed', () => {
    render(<AccountForm account={null} onDone={() => undefined} />);
    const label = screen.getByLabelText('Label');
    const address = screen.getByLabelText('API address');
    // Nothing is said on a fresh form.
    expect(screen.queryByText('Enter a label')).toBeNull();
    fireEvent.blur(label, { relatedTarget: address });
    expect(label.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter a label')).toBeTruthy();
    // Untouched fields stay quiet until they are left too.
    expect(screen.queryByText('Enter the password or token')).toBeNull();
    fireEvent.change(label, { target: { value: 'Main' } });
    expect(screen.queryByText('Enter a label')).toBeNull();
    expect(label.getAttribute('aria-invalid')).toBeNull();

    fireEvent.change(address, { target: { value: 'http://portal.example.com' } });
    expect(screen.queryByText(/Use https:\/\//)).toBeNull();
    fireEvent.blur(address);
    expect(screen.getByText(/Use https:\/\//)).toBeTruthy();
    fireEvent.change(address, { target: { value: 'https://portal.example.com' } });
    expect(screen.queryByText(/Use https:\/\//)).toBeNull();
  });
});
