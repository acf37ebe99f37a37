// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StatusBadge, statusText, type StatusTones } from './status-badge';

afterEach(cleanup);

const TONES: StatusTones = { active: 'ok', suspended: 'warn', 'client reply': 'info', terminated: 'bad' };

describe('StatusBadge', () => {
  it('cases known and unknown statuses the same way', () => {
    expect(statusText('BILLABLE')).toBe('Billable');
    expect(statusText('PENDING_TRANSFER')).toBe('Pending transfer');
    expect(statusText('Client-Reply')).toBe('Client reply');
    expect(statusText(' running ')).toBe('Running');
    expect(statusText('')).toBe('—');
  });

  it('puts the raw value on hover only when the label differs', () => {
    render(<StatusBadge status="PENDING_TRANSFER" tones={TONES} />);
    render(<StatusBadge status="Active" tones={TONES} />);
    expect(screen.getByText('Pending transfer').getAttribute('title')).toBe('PENDING_TRANSFER');
    expect(screen.getByText('Active').hasAttribute('title')).toBe(false);
  });

  it('takes the tone from the area table, whatever the casing; unknown statuses are neutral', () => {
    render(<StatusBadge status="ACTIVE" tones={TONES} />);
    render(<StatusBadge status="client-reply" tones={TONES} />);
    render(<StatusBadge status="Migrating" tones={TONES} />);
    render(<StatusBadge status="Active" tones={TONES} tone="info" />);
    const [upper, overridden] = screen.getAllByText('Active');
    expect(upper!.className).toBe('badge badge-success status-badge');
    expect(screen.getByText('Client reply').className).toBe('badge badge-info status-badge');
    expect(screen.getByText('Migrating').className).toBe('badge status-badge');
    expect(overridden!.className).toBe('badge badge-info status-badge');
  });

  it('says Unknown when the server sent no status, and shows a spinner while busy', () => {
    const { container } = render(<StatusBadge status={null} busy testId="state" />);
    expect(screen.getByTestId('state').textContent).toBe('Unknown');
    expect(container.querySelector('.spinner')).not.toBeNull();
  });
});
