/**
 * Where exported and downloaded files go. Electron asks with the native save dialog and opens files
 * with the system's viewer; the browser host (no dialog to show) writes under `<data-dir>/exports/`
 * or `<data-dir>/downloads/` and answers the path, so a test can read the file back.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail } from '../../common/errors';
import { safeFileName } from '../../common/file-name';

export type FileFolder = 'exports' | 'downloads';

export interface SaveRequest {
  readonly folder: FileFolder;
  /** Shown in the dialog / used as the file name; sanitised by the port. */
  readonly suggestedName: string;
  readonly bytes: Uint8Array;
}

export interface FilesPort {
  /** Where the file was written, or null when the user cancelled the dialog. */
  save(request: SaveRequest): Promise<{ readonly path: string } | null>;
  /** Opens a file the app wrote in the system's viewer (a no-op where there is none). */
  open(path: string): Promise<void>;
}

/** Files under the data dir, never overwriting: `report.csv`, `report (2).csv`, … */
export function createFolderFilesPort(dataDir: string): FilesPort {
  return {
    async save({ folder, suggestedName, bytes }) {
      const dir = join(dataDir, folder);
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      const name = safeFileName(suggestedName, 'file');
      const dot = name.lastIndexOf('.');
      const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
      for (let attempt = 1; ; attempt += 1) {
        const path = join(dir, attempt === 1 ? name : `${stem} (${attempt})${extension}`);
        try {
          writeFileSync(path, bytes, { flag: 'wx', mode: 0o600 });
          return { path };
        } catch (thrown) {
          if ((thrown as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 1000) throw thrown;
        }
      }
    },
    async open() {
      // The browser host has no desktop to open files on: the page shows the path instead.
    },
  };
}

/**
 * Opening goes only to files the app itself saved (in this run): `exports.open` comes from the
 * renderer, and a renderer must not be able to make the OS open an arbitrary path.
 */
export function openOnlySaved(port: FilesPort): FilesPort {
  const saved = new Set<string>();
  return {
    async save(request) {
      const answer = await port.save(request);
      if (answer) saved.add(answer.path);
      return answer;
    },
    async open(path) {
      if (!saved.has(path)) fail('not-found', 'Only a file the app saved in this session can be opened from here.');
      await port.open(path);
    },
  };
}
