/**
 * `npm run package:check`: the strongest packaging check possible without the Electron binary.
 * 1. electron-builder.yml against electron-builder's own JSON schema (app-builder-lib/scheme.json);
 * 2. electron-builder `--linux dir` with `electronDist` = a stand-in Electron folder made here, so
 *    nothing is downloaded (npmRebuild off, fuses skipped: they patch the real binary);
 * 3. the produced app.asar: the build and production dependencies in, native modules unpacked
 *    beside it, no test/spec/bench/e2e/docs/source-map/source file, size within the budget.
 * Prints one line per thing it cannot check here. Exit status 1 on any failure.
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extractFile, getRawHeader, listPackage } from '@electron/asar';
import { Ajv } from 'ajv';
import { Arch, Platform, build, type Configuration } from 'electron-builder';
import { load } from 'js-yaml';
import {
  REQUIRED_APP_FILES,
  UNPACKED_NATIVE,
  forbiddenEntries,
  missingPackages,
  productionPackages,
  type NpmTree,
} from './package-check/asar-rules';

const ROOT = resolve(import.meta.dirname, '..');
/**
 * app.asar (without the unpacked native modules) may not grow past this without a review. About
 * 3 MiB are the app, electron-updater and electron-log; about 8 MiB pdfkit and its font stack
 * (fontkit, brotli, pako, @noble, fflate) for the invoice PDFs.
 */
const ASAR_BUDGET_BYTES = 12 * 1024 * 1024;
/** app.asar.unpacked: the native modules (better-sqlite3's prebuilds for every OS, keytar's own build). */
const UNPACKED_BUDGET_BYTES = 16 * 1024 * 1024;

const failures: string[] = [];
const check = (ok: boolean, line: string) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${line}`);
  if (!ok) failures.push(line);
};
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;

function dirSize(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + dirSize(join(path, name)), 0);
}

function validateConfig(): Configuration {
  const config = load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as Configuration;
  const schema = JSON.parse(readFileSync(join(ROOT, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as object;
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  const valid = validate(config);
  const errors = (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);
  check(valid, `electron-builder.yml matches electron-builder's schema${valid ? '' : `: ${errors.join('; ')}`}`);
  const publish = config.publish as { provider?: string; url?: string } | undefined;
  check(
    publish?.provider === 'generic' && !!publish.url?.startsWith('https://'),
    'publish: a generic provider over https',
  );
  return config;
}

/** A folder shaped like Electron's Linux zip; its `electron` is a script that says what it is. */
function standInElectron(dir: string, version: string): string {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  mkdirSync(join(dir, 'locales'), { recursive: true });
  writeFileSync(
    join(dir, 'electron'),
    '#!/bin/sh\necho "stand-in Electron made by scripts/package-check.ts" >&2\nexit 1\n',
  );
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'version'), version);
  writeFileSync(join(dir, 'LICENSE'), 'stand-in\n');
  writeFileSync(join(dir, 'locales/en-US.pak'), '');
  return dir;
}

async function packageDir(config: Configuration, work: string): Promise<string> {
  const electronVersion = (
    JSON.parse(readFileSync(join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string }
  ).version;
  const output = join(work, 'dist');
  await build({
    projectDir: ROOT,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    publish: 'never',
    config: {
      ...config,
      electronVersion,
      electronDist: standInElectron(join(work, 'electron'), electronVersion),
      npmRebuild: false,
      // @electron/fuses looks for the sentinel inside the real binary; the stand-in has none.
      electronFuses: null,
      directories: { ...config.directories, output },
    },
  });
  return join(output, 'linux-unpacked');
}

function checkApp(appDir: string): void {
  const resources = join(appDir, 'resources');
  const asar = join(resources, 'app.asar');
  check(existsSync(asar), 'app.asar produced');
  if (!existsSync(asar)) return;
  const paths = listPackage(asar, { isPack: false });
  const inArchive = new Set(paths);
  const missingApp = REQUIRED_APP_FILES.filter((path) => !inArchive.has(path));
  check(
    missingApp.length === 0,
    `the built out/ is in${missingApp.length ? `; missing ${missingApp.join(', ')}` : ''}`,
  );

  const tree = JSON.parse(
    execFileSync('npm', ['ls', '--omit=dev', '--all', '--json'], { cwd: ROOT, encoding: 'utf8' }),
  ) as NpmTree;
  const wanted = productionPackages(tree);
  const packed = new Set(
    paths
      .filter((path) => /\/node_modules\/(@[^/]+\/)?[^/@]+\/package\.json$/.test(path))
      .map(
        (path) => JSON.parse(extractFile(asar, path.slice(1)).toString('utf8')) as { name?: string; version?: string },
      )
      .map((manifest) => `${manifest.name}@${manifest.version}`),
  );
  const missing = missingPackages(wanted, packed);
  check(
    missing.length === 0,
    `${wanted.size} production dependencies are in${missing.length ? `; missing ${missing.join(', ')}` : ''}`,
  );

  const header = JSON.stringify(getRawHeader(asar).header);
  for (const file of UNPACKED_NATIVE) {
    const onDisk = existsSync(join(resources, 'app.asar.unpacked', file));
    check(onDisk && header.includes('"unpacked":true'), `${file} unpacked beside app.asar`);
  }
  const packedNative = paths.filter(
    (path) => path.endsWith('.node') && !existsSync(join(resources, 'app.asar.unpacked', path)),
  );
  check(
    packedNative.length === 0,
    `no .node file left inside the archive${packedNative.length ? `: ${packedNative.join(', ')}` : ''}`,
  );

  const forbidden = forbiddenEntries(paths);
  check(
    forbidden.length === 0,
    `no test, spec, bench, e2e, docs, source-map or source file${
      forbidden.length
        ? `:\n  ${forbidden
            .slice(0, 20)
            .map((entry) => `${entry.path} (${entry.reason})`)
            .join('\n  ')}`
        : ''
    }`,
  );

  const updateConfig = join(resources, 'app-update.yml');
  check(
    existsSync(updateConfig) && readFileSync(updateConfig, 'utf8').includes('provider: generic'),
    'resources/app-update.yml written for electron-updater (generic)',
  );

  const asarBytes = statSync(asar).size;
  const unpackedBytes = existsSync(join(resources, 'app.asar.unpacked'))
    ? dirSize(join(resources, 'app.asar.unpacked'))
    : 0;
  check(
    asarBytes <= ASAR_BUDGET_BYTES,
    `app.asar is ${mib(asarBytes)} (${paths.length} entries; budget ${mib(ASAR_BUDGET_BYTES)})`,
  );
  check(
    unpackedBytes <= UNPACKED_BUDGET_BYTES,
    `app.asar.unpacked is ${mib(unpackedBytes)} (budget ${mib(UNPACKED_BUDGET_BYTES)})`,
  );
}

const NOT_CHECKED = [
  'Electron fuses (electronFuses in electron-builder.yml) flipped on the real binary: needs the Electron binary (skipped in this check only)',
  'code signing (Windows Authenticode, macOS Developer ID): needs the certificates and signing tools',
  'macOS notarisation: needs an Apple account and a Mac',
  'AppImage, deb, dmg and NSIS targets: electron-builder downloads their tools',
  'that the packaged app starts and shows its window: needs the Electron binary',
];

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) {
    execFileSync(join(ROOT, 'node_modules/.bin/electron-vite'), ['build'], { cwd: ROOT, stdio: 'ignore' });
  }
  const config = validateConfig();
  const work = mkdtempSync(join(tmpdir(), 'rc-package-'));
  try {
    checkApp(await packageDir(config, work));
  } catch (thrown) {
    check(false, `electron-builder --linux dir: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  for (const line of NOT_CHECKED) console.log(`not checked here: ${line}`);
  if (failures.length > 0) {
    console.log(`package:check failed (${failures.length})`);
    process.exit(1);
  }
  console.log('package:check passed');
}

await main();
