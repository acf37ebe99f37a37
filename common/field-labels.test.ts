import { describe, expect, it } from 'vitest';
import { relabel } from './field-labels';

const labels = { ramServerMax: 'RAM per server', firstName: 'First name', name: 'Name', ips: 'IP addresses' };

describe('relabel', () => {
  it('replaces API names, with or without a parent path, by the form label', () => {
    expect(relabel('ramServerMax must not be greater than 4096', labels)).toBe(
      'RAM per server must not be greater than 4096',
    );
    expect(relabel('resourceLimits.ramServerMax is required', labels)).toBe('RAM per server is required');
    expect(relabel('value of resourceLimits.ips must be an integer', labels)).toBe(
      'Value of IP addresses must be an integer',
    );
  });

  it('lower-cases a label mid-sentence unless it starts with an acronym', () => {
    expect(relabel('at least one of firstName, ramServerMax', labels)).toBe(
      'At least one of first name, RAM per server',
    );
  });

  it('replaces a plain word only where an API names its field: first in the message', () => {
    expect(relabel('name is required', labels)).toBe('Name is required');
    expect(relabel('Contract name is taken', labels)).toBe('Contract name is taken');
    expect(relabel('the ips were exhausted', labels)).toBe('the ips were exhausted');
  });

  it('leaves longer words and unknown names alone', () => {
    expect(relabel('ramServerMaxBytes and fooBar are unknown', labels)).toBe(
      'ramServerMaxBytes and fooBar are unknown',
    );
    expect(relabel('firstNames', labels)).toBe('firstNames');
    expect(relabel('anything', {})).toBe('anything');
  });
});
