/**
 * The demo profile's sandbox: both simulators on 127.0.0.1 inside the app process. Loaded lazily
 * by main only when the demo is used, so the sandbox never weighs on a normal start.
 */
import type { DemoSandbox } from '../common/models/demo';
import { startSandbox } from './index';

export async function startDemoSandbox(): Promise<DemoSandbox> {
  const sandbox = await startSandbox({ ionos: {}, hostbill: { vmActionSeconds: 3 } });
  return {
    endpoints: {
      'ionos-reseller': {
        baseUrl: sandbox.ionos.url,
        username: sandbox.ionos.demo.username,
        password: sandbox.ionos.demo.password,
      },
      hostbill: {
        baseUrl: sandbox.hostbill.url,
        username: sandbox.hostbill.demo.username,
        password: sandbox.hostbill.demo.password,
      },
    },
    close: () => sandbox.close(),
  };
}
