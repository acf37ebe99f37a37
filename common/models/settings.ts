export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface Settings {
  readonly theme: Theme;
  /** The account whose data the main screens show; null before the first account exists. */
  readonly activeAccountId: string | null;
  /** Check for app updates at start and daily (Electron only). Absent in older stored settings: on. */
  readonly autoUpdate: boolean;
  /** New portal notifications and staff replies raise a desktop notification; off until turned on. */
  readonly desktopNotifications: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  activeAccountId: null,
  autoUpdate: true,
  desktopNotifications: false,
};
