/** What the update policy needs from an updater (electron-updater in the app, a fake in tests). */
export type UpdaterEvent =
  | { readonly type: 'checking' }
  | { readonly type: 'available'; readonly version: string }
  | { readonly type: 'not-available' }
  | { readonly type: 'progress'; readonly percent: number }
  | { readonly type: 'downloaded'; readonly version: string }
  | { readonly type: 'error'; readonly message: string };

export interface UpdaterPort {
  /** Asks the update server; an available update downloads in the background. */
  check(): Promise<void>;
  /** Quits the app and installs the downloaded update. */
  quitAndInstall(): void;
  onEvent(listener: (event: UpdaterEvent) => void): () => void;
}
