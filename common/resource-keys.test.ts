import { describe, expect, it } from 'vitest';
import { resourceKeys } from './resource-keys';

const keys = resourceKeys('demo', { list: [], item: ['serviceId', 'vmId'] });

describe('resourceKeys', () => {
  it('builds keys from names and parameters', () => {
    expect(keys.key.list()).toBe('demo.list');
    expect(keys.key.item({ serviceId: '12', vmId: 'a:b' })).toBe('demo.item:12:a%3Ab');
  });

  it('parses its own keys back, parameters decoded', () => {
    expect(keys.parse(keys.key.item({ serviceId: '12', vmId: 'a:b' }))).toEqual({
      name: 'item',
      serviceId: '12',
      vmId: 'a:b',
    });
    expect(keys.parse('demo.list')).toEqual({ name: 'list' });
  });

  it('refuses keys of another feature, unknown names and wrong parameter counts', () => {
    expect(keys.parse('other.list')).toBeNull();
    expect(keys.parse('demo.nothing')).toBeNull();
    expect(keys.parse('demo.item:12')).toBeNull();
    expect(keys.parse('demo.list:1')).toBeNull();
    expect(keys.parse('demo.item:%E0:1')).toBeNull();
    expect(keys.owns('demo.item:1:2')).toBe(true);
    expect(keys.owns('demos.item')).toBe(false);
  });
});
