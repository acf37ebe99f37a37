import { z } from 'zod';
import { channel, event } from '../channel';
import { noArgs } from '../validation';
import type { AppInfo } from '../models/cached';
import { THEMES, type Settings } from '../models/settings';
import { idSchema } from '../validation';

export const appChannels = {
  /** Name, version, host (electron or browser), platform and where data is kept. */
  'app.info': channel<AppInfo>()(noArgs),
  /** The user's settings (theme, active account). */
  'settings.get': channel<Settings>()(noArgs),
  /** Changes some settings; answers the full settings after the change. */
  'settings.set': channel<Settings>()(
    z.strictObject({
      theme: z.enum(THEMES).optional(),
      activeAccountId: idSchema.nullable().optional(),
      autoUpdate: z.boolean().optional(),
      desktopNotifications: z.boolean().optional(),
    }),
  ),
  /** Plain text for a support request: versions, accounts per kind, cache size, recent error kinds; no names, URLs or secrets. */
  'app.diagnostics': channel<string>()(noArgs),
};

/** The areas the menu's "Go" items open in the current account, in menu order (Ctrl/Cmd+1…9). */
export const MENU_AREAS = [
  'contracts',
  'services',
  'dns',
  'invoices',
  'tickets',
  'notifications',
  'orders',
  'contacts',
  'account',
] as const;
export type MenuArea = (typeof MENU_AREAS)[number];

/** What a menu item asks the renderer to do; copying diagnostics and updates stay in main. */
export type MenuCommand =
  `go:${MenuArea}` | 'refresh' | 'focus-search' | 'command-palette' | 'settings' | 'accounts' | 'about';

export const menuEvents = {
  /** A menu item or its accelerator was chosen: the renderer navigates, refreshes or focuses. */
  'menu.command': event<{ readonly command: MenuCommand }>(),
};
