// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AccountDetails } from '../../../../common/models/hostbill';
import { DetailsForm } from './details-form';

afterEach(cleanup);

const details: AccountDetails = {
  id: '26',
  email: 'admin@demo-hosting.example',
  firstName: 'Alex',
  lastName: 'Morgan',
  companyName: 'Demo Hosting Ltd',
  lastLogin: null,
  phone: '+1.7075550123',
  address1: 'Pretty View Lane',
  address2: null,
  city: 'Santa Rosa',
  state: 'California',
  postcode: '95401',
  country: 'US',
  type: 'Company',
  ip: null,
  host: null,
};

describe('account details form', () => {
  it('lists each change before saving and refuses an invalid country without sending', () => {
    render(<DetailsForm accountId="a1" details={details} writeBlocked={null} />);
    expect(screen.queryByRole('status', { name: 'Changes to save' })).toBeNull();
    fireEvent.change(screen.getByLabelText('City'), { target: { value: 'Porto' } });
    fireEvent.change(screen.getByLabelText('Country'), { target: { value: 'XX' } });
    const changes = screen.getByRole('status', { name: 'Changes to save' });
    expect(changes.textContent).toContain('2 changes to save');
    expect(changes.textContent).toContain('City: Santa Rosa → Porto');
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(screen.getByText('Use a two-letter country code such as US or DE')).toBeTruthy();
    // Had it called main, the missing bridge (no window.api in jsdom) would show as an error.
    expect(screen.queryByText(/bridge is missing/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Undo changes' }));
    expect(screen.queryByRole('status', { name: 'Changes to save' })).toBeNull();
  });

  it('says why saving is off while offline', () => {
    render(<DetailsForm accountId="a1" details={details} writeBlocked="Offline: changes are disabled." />);
    fireEvent.change(screen.getByLabelText('City'), { target: { value: 'Porto' } });
    expect((screen.getByRole('button', { name: 'Save changes' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Offline: changes are disabled.')).toBeTruthy();
  });
});
