/** Starts both simulators together: for `npm run sandbox`, the demo profile, e2e tests and benches. */
import { startHostbillSandbox, type HostbillSandbox } from './hostbill/server';
import { startIonosSandbox, type IonosSandbox } from './ionos/server';

export interface SandboxOptions {
  readonly ionos?: Parameters<typeof startIonosSandbox>[0];
  readonly hostbill?: Parameters<typeof startHostbillSandbox>[0];
}

export interface RunningSandbox {
  readonly ionos: IonosSandbox;
  readonly hostbill: HostbillSandbox;
  close(): Promise<void>;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const ionos = await startIonosSandbox(options.ionos);
  const hostbill = await startHostbillSandbox(options.hostbill).catch(async (thrown: unknown) => {
    await ionos.close();
    throw thrown;
  });
  return {
    ionos,
    hostbill,
    close: async () => {
      await Promise.all([ionos.close(), hostbill.close()]);
    },
  };
}
