/**
 * `npm start`: the Electron app through electron-vite preview, or, where the Electron binary is
 * not installed, one line saying so and what runs instead (instead of electron's stack trace).
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { findElectron } from '../e2e/electron/electron-binary';

const ROOT = resolve(import.meta.dirname, '..');

if ('missing' in findElectron()) {
  console.error(
    'Reseller Console cannot start: the Electron binary is not installed (node_modules/electron/dist is empty, e.g. after npm ci with ELECTRON_SKIP_BINARY_DOWNLOAD=1); `npm run host` runs the same app in a browser.',
  );
  process.exit(1);
}

const child = spawn(join(ROOT, 'node_modules/.bin/electron-vite'), ['preview', ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit',
});
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
