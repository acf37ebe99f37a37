// @vitest-environment jsdom
/**
 * Settings › Updates against a real core (encrypted cache, settings, the update policy) with a fake
 * updater in place of electron-updater, which needs a packaged Electron app.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApi } from '../../common/api-shape';
import { channelNames, eventNames } from '../../common/contract';
import { UpdatesSection } from '../../renderer/src/features/settings/updates-section';
import { createAppCore, type AppCore } from '../core';
import { silentLogger } from '../logger';
import { createMemoryCredentialStore } from '../secrets/memory-store';
import type { UpdaterEvent, UpdaterPort } from './updater-port';

let core: AppCore;
let dataDir: string;
const listeners = new Set<(event: UpdaterEvent) => void>();
const calls = { check: 0, quitAndInstall: 0 };
const updater: UpdaterPort = {
  check: async () => void (calls.check += 1),
  quitAndInstall: () => void (calls.quitAndInstall += 1),
  onEvent(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
const emit = (event: UpdaterEvent) => act(() => listeners.forEach((listener) => listener(event)));

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'rc-updates-ui-'));
  core = await createAppCore({
    dataDir,
    secrets: createMemoryCredentialStore(),
    fetch: (url, init) => fetch(url, init),
    host: 'electron',
    version: '0.1.0',
    logger: silentLogger,
    startDemoSandbox: async () => {
      throw new Error('no demo here');
    },
    updater,
  });
  const api = buildApi(
    { channels: channelNames, events: eventNames },
    (channel, args) => core.dispatch(channel, args),
    (name, listener) => core.events.subscribe((emitted, payload) => emitted === name && listener(payload)),
  );
  Object.defineProperty(window, 'api', { value: api, configurable: true });
});

afterEach(async () => {
  cleanup();
  await core.close();
  rmSync(dataDir, { recursive: true, force: true });
  listeners.clear();
  calls.check = 0;
  calls.quitAndInstall = 0;
});

describe('Settings › Updates in the Electron app', () => {
  it('shows the download, then offers the restart and installs only when asked', async () => {
    render(<UpdatesSection />);
    // The core checked once at start.
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('No check yet.'));
    expect(calls.check).toBe(1);
    emit({ type: 'available', version: '0.2.0' });
    emit({ type: 'progress', percent: 37.2 });
    expect(screen.getByRole('status').textContent).toBe('Downloading version 0.2.0 in the background (37 %)…');
    expect(screen.queryByRole('button', { name: 'Restart to update' })).toBeNull();
    emit({ type: 'downloaded', version: '0.2.0' });
    expect(screen.getByRole('status').textContent).toMatch(/^Version 0\.2\.0 is ready\./);
    expect(calls.quitAndInstall).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Restart to update' }));
    await waitFor(() => expect(calls.quitAndInstall).toBe(1));
  });

  it('shows a failed check in place, as a notice, and checks again on request', async () => {
    render(<UpdatesSection />);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('No check yet.'));
    emit({ type: 'error', message: 'net::ERR_NAME_NOT_RESOLVED' });
    expect(screen.getByRole('alert').textContent).toContain('The update check failed: net::ERR_NAME_NOT_RESOLVED');
    fireEvent.click(screen.getByRole('button', { name: 'Check now' }));
    await waitFor(() => expect(calls.check).toBe(2));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Checking for updates…'));
  });

  it('the switch turns automatic checks off in the stored settings', async () => {
    render(<UpdatesSection />);
    const toggle = await screen.findByRole('checkbox', { name: /Check for updates automatically/ });
    expect((toggle as HTMLInputElement).checked).toBe(true);
    fireEvent.click(toggle);
    await waitFor(async () => {
      const settings = await core.dispatch('settings.get', undefined);
      expect(settings.ok && (settings.value as { autoUpdate: boolean }).autoUpdate).toBe(false);
    });
    expect((toggle as HTMLInputElement).checked).toBe(false);
  });
});
