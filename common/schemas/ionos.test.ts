import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../validation';
import {
  adminDraftSchema,
  adminEditSchema,
  contractDraftSchema,
  contractLimitsSchema,
  passwordStrength,
} from './ionos';

const limits = {
  ramServerMax: 4096,
  cpuServerMax: 2,
  hddVolumeMaxSize: 500,
  ssdVolumeMaxSize: 250,
  ramContractMax: 8192,
  cpuContractMax: 4,
  hddVolumeContractMaxSize: 1000,
  ssdVolumeContractMaxSize: 500,
  ips: 2,
};

describe('IONOS input schemas', () => {
  it('accepts a valid contract draft and trims text', () => {
    expect(
      contractDraftSchema.parse({ name: '  Acme GmbH ', resellerReference: ' CUST-1 ', resourceLimits: limits }),
    ).toEqual({
      name: 'Acme GmbH',
      resellerReference: 'CUST-1',
      resourceLimits: limits,
    });
  });

  it('names each bad field with the form path', () => {
    const { ips: _ips, ...eight } = limits;
    const result = contractDraftSchema.safeParse({
      name: '',
      resourceLimits: { ...eight, ramServerMax: -1, cpuServerMax: 1.5 },
    });
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!)).toEqual({
      name: 'Enter the contract name',
      'resourceLimits.ramServerMax': 'RAM per server cannot be negative',
      'resourceLimits.cpuServerMax': 'Cores per server: enter a whole number (cores)',
      'resourceLimits.ips': 'IP addresses: enter a number (IPs)',
    });
    const big = contractLimitsSchema.safeParse({ resourceLimits: { ...limits, ramContractMax: 2 ** 31 } });
    expect(fieldErrors(big.error!)).toEqual({
      'resourceLimits.ramContractMax': 'RAM in total is too large (at most 2147483647)',
    });
  });

  it('checks admin drafts: names, email, password strength', () => {
    const result = adminDraftSchema.safeParse({ firstName: ' ', lastName: 'B', email: 'a@b', password: 'password1' });
    expect(fieldErrors(result.error!)).toEqual({
      firstName: 'Enter the first name',
      email: 'Enter a valid email address, e.g. anna@example.com',
      password: 'Mix at least three of: lower case, upper case, digits, symbols',
    });
    expect(
      adminDraftSchema.safeParse({ firstName: 'A', lastName: 'B', email: 'a@b.de', password: 'Tr0ub4dor&3' }).success,
    ).toBe(true);
    expect(adminEditSchema.safeParse({ firstName: 'A', lastName: 'B', email: 'a@b.de', password: 'x' }).success).toBe(
      false,
    );
  });

  it('scores password strength consistently with acceptance', () => {
    expect(passwordStrength('')).toMatchObject({ score: 0, acceptable: false });
    expect(passwordStrength('Password1!')).toMatchObject({ acceptable: false });
    expect(passwordStrength('Password1!').hints[0]).toMatch(/common words/);
    const fair = passwordStrength('Kx7-pqrm');
    expect(fair).toMatchObject({ acceptable: true, score: 2, label: 'Fair' });
    expect(fair.hints).toEqual(['A longer password (12 or more characters) is stronger']);
    expect(passwordStrength('Vx9!long-and-varied-phrase')).toMatchObject({
      acceptable: true,
      score: 4,
      label: 'Strong',
      hints: [],
    });
  });
});
