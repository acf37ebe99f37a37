/**
 * The save-file port in Electron: the native save dialog (the user picks where the file goes, the
 * app's suggestion pre-filled, in the Downloads folder) and the system's viewer to open it.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, shell } from 'electron';
import { safeFileName } from '../../common/file-name';
import type { FilesPort } from '../ports/files';

export function createDialogFilesPort(): FilesPort {
  return {
    async save({ suggestedName, bytes }) {
      const options = { defaultPath: join(app.getPath('downloads'), safeFileName(suggestedName, 'file')) };
      const window = BrowserWindow.getFocusedWindow();
      const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return null;
      await writeFile(choice.filePath, bytes);
      return { path: choice.filePath };
    },
    async open(path) {
      const failure = await shell.openPath(path);
      if (failure) throw new Error('The file could not be opened.');
    },
  };
}
