/** `npm run host -- [--port N] [--data-dir DIR]`: prints one line with the URL to open. */
import { mkdtempSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createConsoleLogger } from '../../main/logger';
import { installProcessGuards } from '../../main/process-guards';
import { startHostRun } from './start';

const { values } = parseArgs({
  options: { port: { type: 'string' }, 'data-dir': { type: 'string' }, temp: { type: 'boolean' } },
});
const port = values.port === undefined ? 0 : Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write('--port must be a number from 0 to 65535\n');
  process.exit(2);
}
const dataDir = values.temp
  ? mkdtempSync(join(tmpdir(), 'reseller-console-'))
  : (values['data-dir'] ?? join(homedir(), '.reseller-console-host'));

// One failed background task must not end the host and every open tab with it.
const logger = createConsoleLogger();
installProcessGuards(logger);
const run = await startHostRun({ dataDir, port, logger });
process.stdout.write(`Reseller Console (browser host) at ${run.host.url}\n`);
const stop = () => void run.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
