/**
 * Issue 8 item 2: every string argument of every channel has a maximum, and the maximum is checked
 * before any pattern, so an oversized value is refused at once instead of blocking the process.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames, channels } from '../../common/contract';
import { maxLengthOf, sampleArgs, stringFields } from '../test-support/schema-walk';
import { createTempCore, type TempCore } from '../test-support/temp-core';

/** 512 KiB shaped like the worst case of the email pattern (many dots, no valid end): quadratic if it runs. */
const HUGE = `a@${'a.'.repeat(256 * 1024 - 2)}@`;

const cases = channelNames.flatMap((channel) =>
  stringFields(channels[channel].args).map((field) => {
    // A bulk field (a CSV export) may take more than 512 KiB: it gets one character over its maximum.
    const max = maxLengthOf(field.schema) ?? 0;
    return {
      channel,
      field,
      max,
      oversized: max < HUGE.length ? HUGE : 'x'.repeat(max + 1),
      name: `${channel} ${field.isRecordKey ? `[key of ${field.path.join('.')}]` : field.path.join('.')}`,
    };
  }),
);

describe('string limits on every channel', () => {
  let t: TempCore;
  beforeAll(async () => {
    t = await createTempCore();
  });
  afterAll(async () => t.dispose());

  it('finds the string fields of the contract', () => {
    // Accounts, contracts, admins, services and VMs each contribute several.
    expect(cases.length).toBeGreaterThan(40);
  });

  it.each(cases)('$name has a maximum that is checked first', ({ field, max, oversized }) => {
    expect(max).toBeGreaterThan(0);
    const parsed = field.schema.safeParse(oversized);
    expect(parsed.success).toBe(false);
    // Only the length failed: no pattern ran on the oversized text (the quadratic email check did).
    expect(parsed.error?.issues.map((issue) => issue.code)).toEqual(['too_big']);
  });

  it.each(cases)('$name: a 512 KiB value gets `validation` at once', async ({ channel, field, oversized }) => {
    const args = sampleArgs(channels[channel].args, {
      choices: field.choices,
      override: { path: field.path, value: oversized, isRecordKey: field.isRecordKey },
    });
    const result = await t.call(channel, args);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('validation');
    if (!field.isRecordKey) expect(Object.keys(result.error.details ?? {})).toContain(field.path.join('.'));
  });
});
