/** Electron's side of the contract: one ipcMain handler per channel, each checking its sender first. */
import { ipcMain, type BrowserWindow } from 'electron';
import { channelNames } from '../../common/contract';
import { appError } from '../../common/errors';
import { err } from '../../common/result';
import type { AppCore } from '../core';
import { isTrustedSender } from './sender-guard';

export function attachIpc(core: AppCore, window: BrowserWindow): () => void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, args: unknown) =>
      isTrustedSender(event.senderFrame)
        ? core.dispatch(channel, args)
        : err(appError('validation', 'This call did not come from the app window and was refused.')),
    );
  }
  const stop = core.events.subscribe((name, payload) => {
    if (!window.isDestroyed()) window.webContents.send(`event:${name}`, payload);
  });
  return () => {
    stop();
    for (const channel of channelNames) ipcMain.removeHandler(channel);
  };
}
