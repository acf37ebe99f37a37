import type { AccountKind } from './account';

/** Where the in-app sandbox of the demo profile listens, per kind of account. */
export interface DemoEndpoint {
  readonly baseUrl: string;
  readonly username: string;
  readonly password: string;
}

export interface DemoSandbox {
  readonly endpoints: Readonly<Record<AccountKind, DemoEndpoint>>;
  close(): Promise<void>;
}

export type StartDemoSandbox = () => Promise<DemoSandbox>;
