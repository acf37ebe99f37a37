/** Electron's side of the contract: one ipcMain handler per channel, each checking its sender first. */
import { ipcMain, type BrowserWindow } from 'electron';
import { channelNames } from '../../common/contract';
import { appError } from '../../common/errors';
import type { Settings } from '../../common/models/settings';
import { err } from '../../common/result';
import type { AppCore } from '../core';
import { isTrustedSender } from './sender-guard';

export interface IpcOptions {
  /** Told the settings after each successful settings.set (the shell follows the theme). */
  readonly onSettings?: (settings: Settings) => void;
}

export function attachIpc(core: AppCore, window: BrowserWindow, options: IpcOptions = {}): () => void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, async (event, args: unknown) => {
      if (!isTrustedSender(event.senderFrame)) {
        return err(appError('validation', 'This call did not come from the app window and was refused.'));
      }
      const result = await core.dispatch(channel, args);
      if (channel === 'settings.set' && result.ok) options.onSettings?.(result.value as Settings);
      return result;
    });
  }
  const stop = core.events.subscribe((name, payload) => {
    if (!window.isDestroyed()) window.webContents.send(`event:${name}`, payload);
  });
  return () => {
    stop();
    for (const channel of channelNames) ipcMain.removeHandler(channel);
  };
}
