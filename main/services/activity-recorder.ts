/**
 * The seam through which every portal write is recorded (the activity log of issue 14 stores what
 * comes through here). A description never carries a secret: callers describe the change in
 * words and values the user typed, never passwords, tokens or keys.
 */
import type { AccountKind } from '../../common/models/account';

export interface ActivityDescription {
  /** The area the write belongs to, e.g. "contracts", "dns". */
  readonly area: string;
  /** What was done, e.g. "rename", "reboot", "apply plan". */
  readonly action: string;
  /** What it was done to, e.g. "contract 15514", "vm web-01". */
  readonly target: string;
  /** A route to the target, when the app has a screen for it (e.g. "contracts/15514"). */
  readonly route?: string;
  readonly values?: Readonly<Record<string, string | number | boolean | null>>;
}

/** done: the portal confirmed; refused: it answered an error; unknown: the answer never came. */
export type ActivityOutcome = 'done' | 'refused' | 'unknown';

export interface ActivityEntry extends ActivityDescription {
  readonly accountId: string;
  readonly accountKind: AccountKind;
  readonly outcome: ActivityOutcome;
  /** The portal's message (refused) or what a re-read found (unknown). */
  readonly message: string | null;
  readonly at: string;
}

export interface ActivityRecorder {
  record(entry: ActivityEntry): void;
}

/** Until the activity log is stored, writes are described but kept nowhere. */
export const discardActivity: ActivityRecorder = { record: () => undefined };
