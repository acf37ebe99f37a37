import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFolderFilesPort } from './files';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('createFolderFilesPort', () => {
  it('writes under <data-dir>/<folder>/ with a safe name, never overwriting', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rc-files-'));
    dirs.push(dataDir);
    const port = createFolderFilesPort(dataDir);
    const first = await port.save({ folder: 'exports', suggestedName: '../evil/report.csv', bytes: Buffer.from('a') });
    const second = await port.save({ folder: 'exports', suggestedName: '../evil/report.csv', bytes: Buffer.from('b') });
    expect(first?.path).toBe(join(dataDir, 'exports', '_evil_report.csv'));
    expect(second?.path).toBe(join(dataDir, 'exports', '_evil_report (2).csv'));
    expect(readFileSync(first!.path, 'utf8')).toBe('a');
    expect(readFileSync(second!.path, 'utf8')).toBe('b');
    expect(statSync(first!.path).mode & 0o777).toBe(0o600);
    expect(statSync(dirname(first!.path)).mode & 0o777).toBe(0o700);
  });
});
