/** App updates (Electron only): state, a manual check, and the restart the user chooses. */
import { channel, event } from '../channel';
import { noArgs } from '../validation';

export const UPDATE_STATES = [
  /** No updater here: the browser host or a development build (`reason` says which). */
  'unsupported',
  /** Automatic checks are switched off in Settings (a manual check still works). */
  'disabled',
  'idle',
  'checking',
  'downloading',
  /** Downloaded: "Restart to update" is offered; it also installs on the next quit. */
  'ready',
  'up-to-date',
  'error',
] as const;
export type UpdateState = (typeof UPDATE_STATES)[number];

export interface UpdateStatus {
  readonly state: UpdateState;
  /** Why updates are unsupported, e.g. "not in the browser host"; null otherwise. */
  readonly reason: string | null;
  /** The version being downloaded or ready to install. */
  readonly version: string | null;
  /** Download progress, 0–100, while downloading. */
  readonly percent: number | null;
  /** When the last check finished (ms since epoch). */
  readonly checkedAt: number | null;
  /** What went wrong in the last check, for Settings (never a pop-up). */
  readonly error: string | null;
}

export const updateChannels = {
  /** Where updating stands now. */
  'updates.status': channel<UpdateStatus>()(noArgs),
  /** Checks now (also when automatic checks are off); answers the state once the check started. */
  'updates.check': channel<UpdateStatus>()(noArgs),
  /** Quits and installs the downloaded update; refused when none is ready. */
  'updates.restart': channel<null>()(noArgs),
};

export const updateEvents = {
  /** The update state changed (checking, progress, ready, error). */
  'updates.changed': event<UpdateStatus>(),
};

export type UpdateChannelName = keyof typeof updateChannels;
