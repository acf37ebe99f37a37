/**
 * IN-MEMORY STAND-IN FOR `keytar`, for the boot test only: that test runs without a Secret Service
 * session. The real keychain is tested by the keychain suite (vitest.keychain.config.ts).
 */
const items = new Map<string, string>();
const key = (service: string, account: string) => `${service}\u0000${account}`;

export async function getPassword(service: string, account: string): Promise<string | null> {
  return items.get(key(service, account)) ?? null;
}
export async function setPassword(service: string, account: string, secret: string): Promise<void> {
  items.set(key(service, account), secret);
}
export async function deletePassword(service: string, account: string): Promise<boolean> {
  return items.delete(key(service, account));
}
export async function findCredentials(service: string): Promise<{ account: string; password: string }[]> {
  return [...items.entries()]
    .filter(([k]) => k.startsWith(`${service}\u0000`))
    .map(([k, password]) => ({ account: k.slice(service.length + 1), password }));
}
