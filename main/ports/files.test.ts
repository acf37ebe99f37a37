import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFolderFilesPort, openOnlySaved, type FilesPort } from './files';

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

describe('openOnlySaved', () => {
  it('opens what the app saved and refuses any other path, opening nothing', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rc-files-'));
    dirs.push(dataDir);
    const opened: string[] = [];
    const inner = createFolderFilesPort(dataDir);
    const recording: FilesPort = {
      save: (request) => inner.save(request),
      open: async (path) => void opened.push(path),
    };
    const port = openOnlySaved(recording);
    const saved = await port.save({ folder: 'exports', suggestedName: 'invoice.pdf', bytes: Buffer.from('%PDF') });
    await port.open(saved!.path);
    await expect(port.open('/etc/passwd')).rejects.toMatchObject({ error: { kind: 'not-found' } });
    await expect(port.open(join(dataDir, 'exports', 'other.pdf'))).rejects.toMatchObject({
      error: { kind: 'not-found' },
    });
    expect(opened).toEqual([saved!.path]);
  });
});
