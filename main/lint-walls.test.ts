/**
 * The walls of docs/architecture.md are lint rules; each one is proved here to fail when broken
 * (and to let the allowed neighbour through), on code linted as if it lived at that path.
 */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '..') });

async function restricted(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const used = x;\n`, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('lint walls', () => {
  it('api/ never imports services/ or cache/', async () => {
    expect(await restricted('main/api/hostbill/wall.ts', "import { x } from '../../services/hosting';")).toEqual([
      expect.stringContaining('api/ never imports services/'),
    ]);
    expect(await restricted('main/api/ionos/wall.ts', "import { x } from '../../cache/database';")).toEqual([
      expect.stringContaining('api/ never imports cache/'),
    ]);
    expect(await restricted('main/api/hostbill/wall.ts', "import { x } from './services';")).toEqual([]);
  });

  it("a feature never imports another feature's internals, only the kernel", async () => {
    expect(await restricted('main/services/dns/wall.ts', "import { x } from '../hosting/repo';")).toEqual([
      expect.stringContaining("never imports another feature's internals"),
    ]);
    expect(await restricted('main/services/dns/wall.ts', "import { x } from '../kernel';")).toEqual([]);
    expect(await restricted('main/services/dns/wall.ts', "import { x } from '../../api/hostbill';")).toEqual([]);
  });

  it('services do not parse raw portal data', async () => {
    expect(await restricted('main/services/dns/wall.ts', "import { x } from '../../api/hostbill/normalize';")).toEqual([
      expect.stringContaining('Services do not parse raw portal data'),
    ]);
  });

  it('renderer features import shared modules and the accounts and settings stores only', async () => {
    expect(
      await restricted('renderer/src/features/dns/wall.tsx', "import { x } from '../services/hosting-data';"),
    ).toEqual([expect.stringContaining("never imports another feature's files")]);
    for (const allowed of [
      '../accounts/accounts-store',
      '../settings/settings-store',
      '../../components/page',
      './dns-data',
    ]) {
      expect(await restricted('renderer/src/features/dns/wall.tsx', `import { x } from '${allowed}';`)).toEqual([]);
    }
  });

  it('the process walls still hold: renderer and common never import main', async () => {
    expect(await restricted('renderer/src/lib/wall.ts', "import { x } from '../../../main/core';")).toEqual([
      expect.stringContaining('never import main/'),
    ]);
    expect(await restricted('common/wall.ts', "import { x } from 'node:fs';")).not.toEqual([]);
  });
});
