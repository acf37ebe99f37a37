/** `npm run bench`: prints every figure the issues ask for. Benchmarks are not tests: nothing is asserted. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { benchFoundation } from './foundation-bench';

type Bench = { name: string; run: () => Promise<Record<string, string | number>> };

const benches: Bench[] = [
  { name: 'Foundation (issue 2)', run: () => benchFoundation() },
  { name: 'IONOS contracts (issue 3)', run: async () => (await import('./contracts-bench')).benchContracts() },
  { name: 'HostBill services and VMs (issue 4)', run: async () => (await import('./hosting-bench')).benchHosting() },
  { name: 'HostBill orders (issue 12)', run: async () => (await import('./portal-bench')).benchPortal() },
  {
    name: 'DataTable CSV export (issue 7)',
    run: async () => (await import('./contracts-bench')).benchContractsCsv(),
  },
  { name: 'Command palette (issue 14)', run: async () => (await import('./palette-bench')).benchPalette() },
  {
    name: 'Support tickets and notifications (issue 11)',
    run: async () => (await import('./support-bench')).benchSupport(),
  },
  { name: 'HostBill invoices (issue 10)', run: async () => (await import('./invoices-bench')).benchInvoices() },
  { name: 'DNS editor (issue 9)', run: async () => (await import('./dns-bench')).benchDns() },
];

const only = process.argv.slice(2);
const results: Record<string, Record<string, string | number>> = {};
for (const bench of benches) {
  if (only.length > 0 && !only.some((word) => bench.name.toLowerCase().includes(word.toLowerCase()))) continue;
  process.stdout.write(`\n${bench.name}\n`);
  try {
    results[bench.name] = await bench.run();
    for (const [figure, value] of Object.entries(results[bench.name]!))
      process.stdout.write(`  ${figure.padEnd(62)} ${value}\n`);
  } catch (thrown) {
    process.stdout.write(`  failed: ${thrown instanceof Error ? thrown.message : String(thrown)}\n`);
  }
}
const dir = resolve(import.meta.dirname, 'results');
mkdirSync(dir, { recursive: true });
writeFileSync(resolve(dir, 'latest.json'), `${JSON.stringify({ at: new Date().toISOString(), results }, null, 2)}\n`);
process.stdout.write(
  `\nSaved to bench/results/latest.json (machine: ${process.platform} ${process.arch}, node ${process.version})\n`,
);
process.exit(0);
