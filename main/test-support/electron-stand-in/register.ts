/**
 * `node --import ./register.ts out/main/index.js`: resolves `electron` and `keytar` to the
 * recording stand-ins beside this file (for `import` and `require` alike), then starts the driver.
 * Runs under Node's own TypeScript type stripping, so it holds only erasable syntax.
 */
import { registerHooks } from 'node:module';

const STAND_INS: Readonly<Record<string, string>> = {
  electron: new URL('./electron.ts', import.meta.url).href,
  keytar: new URL('./keytar.ts', import.meta.url).href,
};

registerHooks({
  resolve(specifier, context, nextResolve) {
    const url = STAND_INS[specifier];
    return url ? { url, format: 'module-typescript', shortCircuit: true } : nextResolve(specifier, context);
  },
});

await import(new URL('./driver.ts', import.meta.url).href);
