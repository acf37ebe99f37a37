/** Runs once per Playwright run: says plainly whether the Electron journeys can run here. */
import { findElectron } from './electron/electron-binary';

export default function globalSetup(): void {
  const found = findElectron();
  process.stdout.write(
    'missing' in found
      ? `[electron] skipped: ${found.missing}\n`
      : `[electron] using the Electron binary at ${found.path}\n`,
  );
}
