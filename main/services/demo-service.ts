/**
 * The demo profile: the sandbox simulators run inside the app on 127.0.0.1 and two demo accounts
 * point at them, so a newcomer can explore without real accounts. Ports change on every start,
 * so demo accounts are re-pointed whenever the sandbox starts.
 */
import type { Account, AccountKind } from '../../common/models/account';
import type { DemoSandbox, StartDemoSandbox } from '../../common/models/demo';
import type { AccountsRepo } from '../cache/accounts-repo';
import type { Logger } from '../logger';
import type { AccountsService } from './accounts-service';

export type { DemoEndpoint, DemoSandbox, StartDemoSandbox } from '../../common/models/demo';

const DEMO_LABELS: Readonly<Record<AccountKind, string>> = {
  'ionos-reseller': 'Demo IONOS reseller',
  hostbill: 'Demo HostBill portal',
};

export interface DemoServiceDeps {
  readonly accounts: AccountsService;
  readonly repo: AccountsRepo;
  readonly start: StartDemoSandbox;
  readonly logger: Logger;
}

export function createDemoService(deps: DemoServiceDeps) {
  let running: Promise<DemoSandbox> | null = null;

  function ensureSandbox(): Promise<DemoSandbox> {
    running ??= deps.start().catch((thrown: unknown) => {
      running = null;
      throw thrown;
    });
    return running;
  }

  async function start(): Promise<Account[]> {
    const sandbox = await ensureSandbox();
    for (const kind of Object.keys(sandbox.endpoints) as AccountKind[]) {
      const endpoint = sandbox.endpoints[kind];
      const existing = deps.repo.list().find((row) => row.demo && row.kind === kind);
      const authMethod = kind === 'hostbill' ? 'jwt' : 'basic';
      if (existing) {
        await deps.accounts.update({
          id: existing.id,
          label: existing.label,
          baseUrl: endpoint.baseUrl,
          username: endpoint.username,
          authMethod: existing.authMethod,
          secret: endpoint.password,
        });
      } else {
        await deps.accounts.add({
          kind,
          label: DEMO_LABELS[kind],
          baseUrl: endpoint.baseUrl,
          username: endpoint.username,
          authMethod,
          secret: endpoint.password,
          demo: true,
        } as Parameters<AccountsService['add']>[0]);
      }
    }
    return (await deps.accounts.list()).filter((account) => account.demo);
  }

  return {
    start,
    /** At launch: demo accounts exist, so bring their sandbox back. */
    async resumeIfNeeded(): Promise<void> {
      if (!deps.repo.list().some((row) => row.demo)) return;
      try {
        await start();
      } catch {
        deps.logger.warn('demo', 'the demo sandbox could not be started');
      }
    },
    async stop(): Promise<void> {
      const sandbox = running;
      running = null;
      if (sandbox) await (await sandbox.catch(() => null))?.close();
    },
  };
}
export type DemoService = ReturnType<typeof createDemoService>;
