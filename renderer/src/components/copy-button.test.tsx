// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COPIED_FOR_MS, CopyButton } from './copy-button';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  Reflect.deleteProperty(navigator, 'clipboard');
});

/** jsdom has no clipboard: a stand-in that keeps what was written (the real one is used end to end). */
function clipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

describe('CopyButton', () => {
  it('copies the value, says Copied and announces it, then goes back after two seconds', async () => {
    vi.useFakeTimers();
    const written: string[] = [];
    clipboard(async (text) => void written.push(text));
    render(<CopyButton value="192.0.2.10" label="IP address 192.0.2.10" />);
    const button = screen.getByRole('button', { name: 'Copy IP address 192.0.2.10' });
    await act(async () => fireEvent.click(button));
    expect(written).toEqual(['192.0.2.10']);
    expect(button.textContent).toBe('Copied');
    expect(screen.getByRole('status').textContent).toBe('Copied IP address 192.0.2.10');
    act(() => vi.advanceTimersByTime(COPIED_FOR_MS - 1));
    expect(button.textContent).toBe('Copied');
    act(() => vi.advanceTimersByTime(1));
    expect(button.textContent).toBe('Copy');
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('compact: the icon alone, the same name, Copied said to assistive technology only', async () => {
    clipboard(async () => undefined);
    render(<CopyButton value="2001:db8::1" label="IP address 2001:db8::1" compact />);
    const button = screen.getByRole('button', { name: 'Copy IP address 2001:db8::1' });
    await act(async () => fireEvent.click(button));
    expect(button.querySelector('.visually-hidden')?.textContent).toBe('Copied');
    expect(screen.getByRole('status').textContent).toBe('Copied IP address 2001:db8::1');
  });

  it('says so when the clipboard refuses, and when there is none', async () => {
    clipboard(() => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')));
    render(<CopyButton value="admin@example.com" label="login admin@example.com" />);
    await act(async () => fireEvent.click(screen.getByRole('button')));
    expect(screen.getByRole('status').textContent).toMatch(/^Could not copy/);
    expect(screen.getByRole('button').textContent).toBe('Copy');
    cleanup();
    Reflect.deleteProperty(navigator, 'clipboard');
    render(<CopyButton value="x" label="x" />);
    await act(async () => fireEvent.click(screen.getByRole('button')));
    expect(screen.getByRole('status').textContent).toMatch(/^Could not copy/);
  });
});
