import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createConsoleLogger } from '../logger';
import { createFileLogger } from './file-logger';
import { REDACTED, redactSecrets } from './redact';

/** Each secret below is unique, so finding any of them anywhere in the file is a leak. */
const SECRET_LINES: readonly { line: string; secret: string }[] = [
  { line: 'request headers: Authorization: Bearer s3cr3t-bearer-AAA111', secret: 's3cr3t-bearer-AAA111' },
  { line: 'authorization=Basic dXNlcjpodW50ZXIyQkJC', secret: 'dXNlcjpodW50ZXIyQkJC' },
  { line: '{"headers":{"Authorization":"Bearer jsonBearerCCC222"}}', secret: 'jsonBearerCCC222' },
  { line: 'login body {"username":"ann","password":"hunter2-DDD333"}', secret: 'hunter2-DDD333' },
  { line: 'form: username=ann&password=pw-EEE444&remember=1', secret: 'pw-EEE444' },
  { line: "password: 'quoted pass FFF555'", secret: 'quoted pass FFF555' },
  { line: 'GET https://portal.example/api/orders?token=query-GGG666&page=2', secret: 'query-GGG666' },
  { line: 'redirect to /cb?a=1&token=query2-HHH777', secret: 'query2-HHH777' },
  { line: '{"token":"access-III888","refresh_token":"refresh-JJJ999"}', secret: 'access-III888' },
  { line: '{"token":"access-III888","refresh_token":"refresh-JJJ999"}', secret: 'refresh-JJJ999' },
  { line: 'refreshToken=refresh-KKK000 rotated', secret: 'refresh-KKK000' },
  { line: 'X-Token: ionos-LLL111', secret: 'ionos-LLL111' },
  { line: 'api_key=key-MMM222', secret: 'key-MMM222' },
  { line: 'body "{\\"password\\":\\"escaped-NNN333\\"}"', secret: 'escaped-NNN333' },
  {
    line: 'jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJPT08ifQ.c2lnbmF0dXJlLVBQUDQ0NA stored',
    secret: 'c2lnbmF0dXJlLVBQUDQ0NA',
  },
  { line: 'proxy https://ann:proxy-QQQ555@proxy.example:3128', secret: 'proxy-QQQ555' },
  { line: 'mfa_code=123987 sent', secret: '123987' },
  { line: 'Cookie: PHPSESSID=cookie-RRR666', secret: 'cookie-RRR666' },
];

describe('log redaction', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('writes every kind of secret through the file logger and finds none of them in the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-log-'));
    dirs.push(dir);
    const logger = createFileLogger({ dir });
    for (const [index, { line }] of SECRET_LINES.entries()) {
      const level = index % 3 === 0 ? 'info' : index % 3 === 1 ? 'warn' : 'error';
      logger[level]('test', line);
    }
    logger.info('test', 'the last plain line');
    const written = readFileSync(logger.file, 'utf8');
    expect(written).toContain('the last plain line');
    expect(written.split('\n').filter(Boolean)).toHaveLength(SECRET_LINES.length + 1);
    for (const { secret } of SECRET_LINES) expect(written).not.toContain(secret);
    expect(written).toContain(REDACTED);
    // What is not secret stays readable.
    expect(written).toContain('https://portal.example/api/orders?token=[redacted]&page=2');
    expect(written).toContain('"username":"ann"');
  });

  it('rotates the file at its size limit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-log-'));
    dirs.push(dir);
    const logger = createFileLogger({ dir, maxBytes: 2_000 });
    for (let i = 0; i < 60; i += 1) logger.info('test', `line ${i} ${'x'.repeat(60)}`);
    expect(readdirSync(dir).sort()).toEqual(['main.log', 'main.old.log']);
    expect(readFileSync(join(dir, 'main.log'), 'utf8').length).toBeLessThan(2_200);
  });

  it('the console logger redacts with the same step', () => {
    const lines: string[] = [];
    const logger = createConsoleLogger((line) => lines.push(line));
    for (const { line } of SECRET_LINES) logger.warn('test', line);
    const all = lines.join('\n');
    for (const { secret } of SECRET_LINES) expect(all).not.toContain(secret);
  });

  it('leaves ordinary lines alone', () => {
    for (const line of [
      'accounts.test failed: network',
      'synced 200 services in 412 ms',
      'GET https://api.example/v2/servers?page=2 -> 200',
      'status code 503, retry after 2 s',
    ]) {
      expect(redactSecrets(line)).toBe(line);
    }
  });
});
