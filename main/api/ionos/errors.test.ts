import { describe, expect, it } from 'vitest';
import { fieldDetails, ionosFailure, serverMessages, type ErrorContext } from './errors';

const context: ErrorContext = {
  what: 'Contract 15514',
  fields: 'contract',
  authMethod: 'basic',
  secrets: ['s3cret-pass'],
};
const envelope = (status: number, ...messages: string[]) =>
  JSON.stringify({ httpStatus: status, messages: messages.map((message) => ({ errorCode: '303', message })) });
const map = (status: number, text: string, headers: Record<string, string> = {}, ctx = context) =>
  ionosFailure({ status, headers: new Headers(headers), text }, ctx).error;

describe('IONOS error mapping', () => {
  it.each([
    [400, 'validation'],
    [401, 'auth'],
    [403, 'auth'],
    [404, 'not-found'],
    [405, 'unsupported'],
    [409, 'conflict'],
    [415, 'validation'],
    [422, 'validation'],
    [429, 'rate-limit'],
    [500, 'server'],
    [502, 'server'],
    [503, 'server'],
    [418, 'server'],
  ])('maps HTTP %i to %s', (status, kind) => {
    expect(map(status, envelope(status, 'Something happened')).kind).toBe(kind);
  });

  it('keeps the server texts of 400 and 415', () => {
    expect(map(400, envelope(400, 'The request body is not valid JSON')).message).toMatch(/not valid JSON$/);
    expect(map(415, envelope(415, 'use text/plain')).message).toMatch(/use text\/plain$/);
  });

  it('reads Retry-After into retryAfterMs', () => {
    expect(map(429, '', { 'retry-after': '7' })).toMatchObject({ kind: 'rate-limit', retryAfterMs: 7000 });
    expect(map(429, '').retryAfterMs).toBeUndefined();
  });

  it('ignores bodies that are not the envelope', () => {
    expect(serverMessages('<html>Bad Gateway</html>')).toEqual([]);
    expect(serverMessages('{"messages": [{"message": 5}, null, {"message": "ok"}]}')).toEqual(['ok']);
    expect(map(502, '<html>Bad Gateway</html>').message).toBe(
      'The IONOS API failed with an internal error (HTTP 502).',
    );
  });

  it('maps field names per form', () => {
    expect(
      fieldDetails(['reseller reference too long', 'Contract name is taken', 'ips must be an integer'], 'contract'),
    ).toEqual({
      resellerReference: 'reseller reference too long',
      name: 'Contract name is taken',
      'resourceLimits.ips': 'IP addresses must be an integer',
    });
    expect(fieldDetails(['first name missing', 'E-Mail invalid', 'lastName is required'], 'admin')).toEqual({
      firstName: 'first name missing',
      email: 'E-Mail invalid',
      lastName: 'Last name is required',
    });
    expect(fieldDetails(['limit must be between 1 and 5000'], 'none')).toEqual({});
  });

  it('words the messages with the form labels, in the details and the message', () => {
    const said = envelope(
      422,
      "resourceLimits.ramServerMax must not be greater than the contract's total RAM (4096)",
      'resourceLimits.ips must be an integer',
    );
    const error = map(422, said);
    expect(error.details).toEqual({
      'resourceLimits.ramServerMax': "RAM per server must not be greater than the contract's total RAM (4096)",
      'resourceLimits.ips': 'IP addresses must be an integer',
    });
    expect(error.message).not.toMatch(/ramServerMax|resourceLimits/);
    expect(map(422, envelope(422, 'cpuServerMax is required'), {}, { ...context, fields: 'limits' }).details).toEqual({
      'resourceLimits.cpuServerMax': 'Cores per server is required',
    });
    const admin = map(
      422,
      envelope(422, 'at least one of firstName, lastName, email is required'),
      {},
      {
        ...context,
        fields: 'admin',
      },
    );
    expect(admin.message).toMatch(/At least one of first name, last name, email is required$/);
  });

  it('scrubs credentials from every text', () => {
    const error = map(422, envelope(422, "password 's3cret-pass' is too weak"), {}, { ...context, fields: 'admin' });
    expect(JSON.stringify(error)).not.toContain('s3cret-pass');
    expect(error.details?.password).toBe("Password '•••' is too weak");
  });

  it('mentions API tokens for a 2FA answer to Basic only', () => {
    const said = envelope(401, 'Two-factor authentication is enabled: use an API token');
    expect(map(401, said).details?.reason).toBe('two-factor-basic');
    expect(map(401, said, {}, { ...context, authMethod: 'token' }).details?.reason).toBe('credentials');
  });
});
