/** What must and must not be in the packaged app.asar. Pure, so the rules themselves are tested. */

/** The app's own build and manifest. */
export const REQUIRED_APP_FILES = [
  '/package.json',
  '/out/main/index.js',
  '/out/preload/index.cjs',
  '/out/renderer/index.html',
];

/** Native modules that must sit unpacked beside app.asar (dlopen cannot read inside an archive). */
export const UNPACKED_NATIVE = [
  'node_modules/keytar/build/Release/keytar.node',
  'node_modules/better-sqlite3-multiple-ciphers/prebuilds/linux-x64.node',
];

const FORBIDDEN: readonly [RegExp, string][] = [
  [/\.map$/i, 'source map'],
  [/(^|\/)(test|tests|__tests__|spec|specs|__mocks__)\//i, 'test folder'],
  [/\.(test|spec)\.[cm]?[jt]sx?$/i, 'test file'],
  [/(^|\/)(bench|benchmark|benchmarks)\//i, 'bench folder'],
  [/\.bench\.[cm]?[jt]sx?$/i, 'bench file'],
  [/(^|\/)e2e\//i, 'e2e folder'],
  [/(^|\/)(docs?|examples?)\//i, 'docs folder'],
  [/(^|\/)out\/host\//, 'browser host build'],
  [/(^|\/)(sandbox|main|common|renderer\/src|preload)\/.*\.tsx?$/, 'app source'],
];

/** Paths (as listPackage answers them, leading '/') that must not be packaged, with the reason. */
export function forbiddenEntries(paths: readonly string[]): { path: string; reason: string }[] {
  return paths.flatMap((path) => {
    const hit = FORBIDDEN.find(([pattern]) => pattern.test(path));
    return hit ? [{ path, reason: hit[1] }] : [];
  });
}

/** An `npm ls --json` tree, as far as this check reads it. */
export interface NpmTree {
  readonly version?: string;
  readonly dependencies?: Readonly<Record<string, NpmTree>>;
}

/** Every name@version in the production tree (electron-builder may hoist them differently). */
export function productionPackages(tree: NpmTree): Set<string> {
  const found = new Set<string>();
  const walk = (node: NpmTree) => {
    for (const [name, child] of Object.entries(node.dependencies ?? {})) {
      if (child.version) found.add(`${name}@${child.version}`);
      walk(child);
    }
  };
  walk(tree);
  return found;
}

/** Production packages (name@version) with no package.json of that name and version in the archive. */
export function missingPackages(wanted: ReadonlySet<string>, packed: ReadonlySet<string>): string[] {
  return [...wanted].filter((id) => !packed.has(id)).sort();
}
