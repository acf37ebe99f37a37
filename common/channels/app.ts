import { z } from 'zod';
import { channel } from '../channel';
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
      desktopNotifications: z.boolean().optional(),
    }),
  ),
};
