/** Why writes are off while the server cannot be reached, said the same way on every control. */
export const OFFLINE_REASON = 'Offline: changes are disabled until the IONOS API can be reached.';

/** Whether a failed write's details name any of the form's fields (then the messages sit beside them). */
export function namesAField(
  details: Readonly<Record<string, string>> | undefined,
  isField: (key: string) => boolean,
): boolean {
  return Object.keys(details ?? {}).some(isField);
}
