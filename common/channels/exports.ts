/**
 * Files the renderer hands to main to keep: a table's CSV export of what it shows. Main writes it
 * through the save-file port (the native dialog in Electron, `<data-dir>/exports/` in the browser
 * host) and answers where it went, or null when the user cancelled.
 */
import { z } from 'zod';
import { channel } from '../channel';

/** 20,000 contracts are about 2 MB of CSV; this leaves room for the largest table the app shows. */
export const MAX_EXPORT_CHARS = 24 * 1024 * 1024;

export const exportChannels = {
  /** Saves a CSV the renderer built from what a table shows; answers the path (null: cancelled). */
  'exports.saveCsv': channel<{ readonly path: string } | null>()(
    z.strictObject({
      name: z.string().trim().min(1).max(120),
      csv: z.string().max(MAX_EXPORT_CHARS),
    }),
  ),
  /** Opens a file the app saved in this session in the system's viewer (Electron; the browser host has none). */
  'exports.open': channel<null>()(z.strictObject({ path: z.string().min(1).max(4096) })),
};
