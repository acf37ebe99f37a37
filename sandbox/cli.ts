/** `npm run sandbox -- [--contracts N] [--invoices N] [--latency MS] [--ionos-port N] [--hostbill-port N]` */
import { parseArgs } from 'node:util';
import { startSandbox } from './index';

const { values } = parseArgs({
  options: {
    contracts: { type: 'string', default: '250' },
    latency: { type: 'string', default: '0' },
    invoices: { type: 'string', default: '400' },
    'ionos-port': { type: 'string', default: '0' },
    'hostbill-port': { type: 'string', default: '0' },
  },
});
const number = (name: string, value: string, max: number): number => {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > max) {
    process.stderr.write(`--${name} must be a whole number from 0 to ${max}\n`);
    process.exit(2);
  }
  return parsed;
};
const latencyMs = number('latency', values.latency, 60_000);
const sandbox = await startSandbox({
  ionos: {
    port: number('ionos-port', values['ionos-port'], 65535),
    contracts: number('contracts', values.contracts, 20_000),
    latencyMs,
  },
  hostbill: {
    port: number('hostbill-port', values['hostbill-port'], 65535),
    latencyMs,
    size: { invoices: number('invoices', values.invoices, 20_000) },
  },
});
const { ionos, hostbill } = sandbox;
process.stdout.write(
  [
    'Sandbox running (Ctrl+C to stop). Fault control: POST <origin>/__sandbox/faults',
    `IONOS Reseller API v2  ${ionos.url}`,
    `  Basic: ${ionos.demo.username} / ${ionos.demo.password}`,
    `  Bearer token: ${ionos.demo.token}`,
    `  2FA account (Basic refused): ${ionos.demo.twoFactorUsername} / ${ionos.demo.twoFactorPassword}`,
    `HostBill client API   ${hostbill.url}`,
    `  ${hostbill.demo.username} / ${hostbill.demo.password} (MFA code when asked: ${hostbill.demo.mfaCode})`,
    '',
  ].join('\n'),
);
const stop = () => void sandbox.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
