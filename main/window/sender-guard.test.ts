import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, isTrustedSender } from './sender-guard';
import { externalUrlToOpen } from './navigation-guard';
import { restorableBounds } from './window-state';

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

describe('window bounds', () => {
  const display = [{ x: 0, y: 0, width: 1920, height: 1080 }];
  it('restores bounds on a visible display', () => {
    expect(restorableBounds({ x: 100, y: 80, width: 1200, height: 800, maximized: true }, display)).toEqual({
      x: 100,
      y: 80,
      width: 1200,
      height: 800,
      maximized: true,
    });
  });
  it('refuses bounds off every display, too small, or malformed', () => {
    expect(restorableBounds({ x: 4000, y: 80, width: 1200, height: 800 }, display)).toBeNull();
    expect(restorableBounds({ x: 0, y: 0, width: 100, height: 100 }, display)).toBeNull();
    expect(restorableBounds({ x: '0' }, display)).toBeNull();
    expect(restorableBounds(null, display)).toBeNull();
  });
});
