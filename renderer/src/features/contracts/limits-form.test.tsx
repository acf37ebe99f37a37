// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Contract } from '../../../../common/models/contract';
import { ContractProvider } from './contract-context';
import type { ContractWrites } from './contracts-data';
import { LIMIT_PRESETS } from './new-contract-dialog';
import { LimitsForm } from './limits-form';

afterEach(cleanup);

const contract: Contract = {
  id: '15514',
  name: 'Acme',
  resellerReference: '',
  status: 'BILLABLE',
  resourceLimits: { ...LIMIT_PRESETS.Small, cpuServerMax: 7 },
};
let sent = 0;
const writes = {
  setLimits: () => {
    sent += 1;
    return Promise.resolve({ ok: false, error: { kind: 'network', message: 'not here' } });
  },
} as unknown as ContractWrites;

function renderForm() {
  render(
    <ContractProvider value={{ accountId: 'io-1', contractId: '15514', writes }}>
      <LimitsForm contract={contract} offline={false} />
    </ContractProvider>,
  );
  return screen.getByLabelText('Cores per server (cores)');
}

describe('limits form', () => {
  it('says one of a unit in the singular', () => {
    renderForm();
    fireEvent.change(screen.getByLabelText('IP addresses (IPs)'), { target: { value: '1' } });
    expect(screen.getByRole('status', { name: 'Changes to save' }).textContent).toMatch(/→ 1 IP$/);
  });

  it('previews a valid change as old → new', () => {
    fireEvent.change(renderForm(), { target: { value: '16' } });
    expect(screen.getByRole('status', { name: 'Changes to save' }).textContent).toContain(
      'Cores per server: 7 → 16 cores',
    );
  });

  it('never previews an out-of-range or non-integer number: its message shows instead', () => {
    const cores = renderForm();
    fireEvent.change(cores, { target: { value: '100000000000000000000000' } });
    const changes = screen.getByRole('status', { name: 'Changes to save' });
    expect(changes.textContent).not.toMatch(/100,000|cores$/);
    expect(changes.textContent).toContain('Cores per server: enter a whole number');
    fireEvent.change(cores, { target: { value: '3000000000' } });
    expect(changes.textContent).toContain('Cores per server is too large');
    expect(changes.textContent).not.toContain('3,000,000,000');
    fireEvent.change(cores, { target: { value: '2.5' } });
    expect(changes.textContent).toContain('enter a whole number');
    expect(changes.textContent).not.toContain('2.5 cores');
  });

  it('shows the field message on blur and on save, and clears it as soon as the value is fixed', () => {
    const cores = renderForm();
    fireEvent.change(cores, { target: { value: '-3' } });
    expect(cores.getAttribute('aria-invalid')).toBeNull();
    fireEvent.blur(cores);
    expect(cores.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(cores, { target: { value: '8' } });
    expect(cores.getAttribute('aria-invalid')).toBeNull();
    fireEvent.change(screen.getByLabelText('IP addresses (IPs)'), { target: { value: 'many' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save limits' }));
    expect(screen.getByLabelText('IP addresses (IPs)').getAttribute('aria-invalid')).toBe('true');
    expect(sent).toBe(0);
  });
});
