/**
 * `npm run security:scan`: Electronegativity over the sources and over the built out/.
 * Its exit status is always 0, so the findings are counted from its SARIF output; any finding
 * not in scripts/electronegativity-allow-list.json (rule + file, each with a reviewed reason)
 * fails the scan. Also fails when Electron is not the newest patch of its major.
 *
 * Electronegativity fetches translations and Electron's release list at start; offline, got's
 * retry then crashes the process. So it runs here with its bundled English strings and without
 * AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK, whose job the Electron version check below does.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
/** Scanned as one app each: the sources that ship (tests and the test stand-ins aside) and the build. */
const SCANS: Readonly<Record<string, readonly string[]>> = {
  sources: ['main', 'preload', 'common', 'renderer/src', 'renderer/index.html', 'package.json'],
  out: ['out/main', 'out/preload', 'out/renderer', 'package.json'],
};
const NOT_SHIPPED = /(\.test\.tsx?|\.typetest\.ts|\/test-support)$/;

interface AllowEntry {
  readonly rule: string;
  readonly file: string;
  readonly reason: string;
}
interface Finding {
  readonly rule: string;
  readonly file: string;
  readonly line: number;
}

const failures: string[] = [];

function loadAllowList(): AllowEntry[] {
  const entries = JSON.parse(
    readFileSync(join(ROOT, 'scripts/electronegativity-allow-list.json'), 'utf8'),
  ) as AllowEntry[];
  for (const entry of entries) {
    if (!entry.rule || !entry.file || !entry.reason || entry.reason.length < 20) {
      failures.push(`allow-list entry without a reviewed reason: ${JSON.stringify(entry)}`);
    }
  }
  return entries;
}

async function electronegativity() {
  const require = createRequire(join(ROOT, 'node_modules/@doyensec/electronegativity/package.json'));
  const packageDir = dirname(require.resolve('@doyensec/electronegativity/package.json'));
  // Its own i18n module, replaced by one that loads the bundled en-US strings (no download).
  const i18nModule = join(packageDir, 'dist/locales/i18n.js');
  const i18n = require('i18n') as { configure(options: object): void; setLocale(locale: string): void };
  require.cache[i18nModule] = {
    id: i18nModule,
    filename: i18nModule,
    loaded: true,
    exports: {
      __esModule: true,
      default: async () => {
        i18n.configure({
          locales: ['en-US'],
          defaultLocale: 'en-US',
          directory: dirname(i18nModule),
          updateFiles: false,
          objectNotation: true,
          register: global,
        });
        i18n.setLocale('en-US');
      },
    },
  } as unknown as NodeJS.Module;
  return require(join(packageDir, 'dist/runner.js')) as (options: object) => Promise<{ errors: unknown[] }>;
}

/** Electronegativity writes its SARIF with an un-awaited fs.writeFile: wait (bounded) until it parses. */
async function written(file: string): Promise<string> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      JSON.parse(readFileSync(file, 'utf8'));
      return file;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error(`Electronegativity wrote no SARIF file at ${file}`);
}

function readSarif(file: string, input: string): Finding[] {
  const sarif = JSON.parse(readFileSync(file, 'utf8')) as {
    runs: {
      results: {
        ruleId: string;
        locations?: { physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number } } }[];
      }[];
    }[];
  };
  return sarif.runs.flatMap((run) =>
    run.results.map((result) => {
      const location = result.locations?.[0]?.physicalLocation;
      const uri = location?.artifactLocation?.uri ?? '';
      return {
        rule: result.ruleId,
        file: uri === 'file:///' || uri === 'N/A' ? `(${input})` : uri,
        line: location?.region?.startLine ?? 0,
      };
    }),
  );
}

function installedElectron(): string {
  return (JSON.parse(readFileSync(join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string })
    .version;
}

function checkElectronVersion(): void {
  const installed = installedElectron();
  const major = installed.split('.')[0];
  try {
    const answer = execFileSync('npm', ['view', `electron@${major}`, 'version'], { cwd: ROOT, encoding: 'utf8' });
    // With several matches npm prints "electron@45.x.y '45.x.y'" lines; the last is the newest.
    const newest = answer
      .trim()
      .split('\n')
      .at(-1)
      ?.replace(/^.*'(.+)'$/, '$1')
      .trim();
    const ok = newest === installed;
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} Electron ${installed} ${ok ? 'is' : `is not`} the newest ${major}.x (${newest})`,
    );
    if (!ok) failures.push(`Electron ${installed} is behind ${newest}: update the electron devDependency`);
  } catch {
    console.log(`not checked: the newest Electron ${major}.x (the npm registry did not answer)`);
  }
}

async function main(): Promise<void> {
  const allowList = loadAllowList();
  if (!existsSync(join(ROOT, 'out/main/index.js')) || !process.argv.includes('--no-build')) {
    execFileSync(join(ROOT, 'node_modules/.bin/electron-vite'), ['build'], { cwd: ROOT, stdio: 'ignore' });
  }
  const run = await electronegativity();
  const work = mkdtempSync(join(tmpdir(), 'rc-eneg-'));
  const used = new Set<AllowEntry>();
  let total = 0;
  try {
    for (const [input, parts] of Object.entries(SCANS)) {
      const tree = join(work, input);
      for (const part of parts) {
        cpSync(join(ROOT, part), join(tree, part), { recursive: true, filter: (path) => !NOT_SHIPPED.test(path) });
      }
      const output = join(work, `${input}.sarif`);
      const result = await run({
        input: tree,
        output,
        isSarif: true,
        customScan: [],
        excludeFromScan: ['availablesecurityfixesglobalcheck'],
        severitySet: undefined,
        confidenceSet: undefined,
        isRelative: true,
        isVerbose: false,
        electronUpgrade: undefined,
        electronVersionOverride: installedElectron(),
        parserPlugins: [],
      });
      const findings = readSarif(await written(output), input);
      total += findings.length;
      const unreviewed = findings.filter((finding) => {
        const entry = allowList.find(
          (allowed) =>
            allowed.rule === finding.rule &&
            (allowed.file === finding.file || allowed.file === `${input}:${finding.file}`),
        );
        if (entry) used.add(entry);
        return !entry;
      });
      console.log(
        `${unreviewed.length === 0 ? 'ok  ' : 'FAIL'} ${input}/: ${findings.length} findings, ${unreviewed.length} not in the allow-list${result.errors.length ? `, ${result.errors.length} files it could not parse` : ''}`,
      );
      for (const finding of unreviewed) {
        console.log(`       ${finding.rule} ${finding.file}:${finding.line}`);
        failures.push(`${finding.rule} ${finding.file}:${finding.line}`);
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  for (const entry of allowList.filter((allowed) => !used.has(allowed))) {
    console.log(`note: allow-list entry no longer needed: ${entry.rule} ${entry.file}`);
  }
  checkElectronVersion();
  if (failures.length > 0) {
    console.log(
      `security:scan failed: ${failures.length} (of ${total} findings; the rest are reviewed in the allow-list)`,
    );
    process.exit(1);
  }
  console.log(`security:scan passed: ${total} findings, all reviewed in the allow-list`);
}

await main();
