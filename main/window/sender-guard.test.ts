import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, isTrustedSender } from './sender-guard';
import { externalUrlToOpen } from './navigation-guard';

describe('IPC sender check', () => {
  it('accepts the app origin top-level frame', () => {
    expect(isTrustedSender({ url: `${APP_ORIGIN}/index.html#/accounts`, parent: null })).toBe(true);
  });
  it('refuses a sub-frame even on the app origin', () => {
    expect(isTrustedSender({ url: `${APP_ORIGIN}/index.html`, parent: { url: `${APP_ORIGIN}/` } })).toBe(false);
  });
  it('refuses a null or missing frame (already destroyed)', () => {
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });
  it('refuses other origins and look-alikes', () => {
    for (const url of [
      'https://evil.example/',
      'file:///etc/passwd',
      'app://reseller-console.evil/',
      'app://evil/',
      'not a url',
      '',
    ]) {
      expect(isTrustedSender({ url, parent: null })).toBe(false);
    }
  });
});

describe('navigation guard', () => {
  it('opens only plain https links externally', () => {
    expect(externalUrlToOpen('https://www.ionos.com/help')).toBe('https://www.ionos.com/help');
    for (const url of [
      'http://example.com',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'https://user:pw@example.com',
      'smb://host/share',
      '',
    ]) {
      expect(externalUrlToOpen(url)).toBeNull();
    }
  });
});
