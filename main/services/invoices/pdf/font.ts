/**
 * The font embedded in invoice PDFs: Noto Sans SC Regular (OFL 1.1), which has Latin, accented Latin,
 * Greek, Cyrillic, kana and CJK ideographs, so a portal's names print whatever script they are in.
 * pdfkit embeds only the glyphs a document uses. The packaged app carries the one TTF as an extra
 * resource (electron-builder.yml); development, tests and the browser host read it from node_modules.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const PACKAGED_NAME = join('fonts', 'NotoSansSC-Regular.ttf');
const MODULE_PATH = '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf';

let loaded: Buffer | undefined;

export function invoiceFontPath(): string {
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  if (resources && existsSync(join(resources, PACKAGED_NAME))) return join(resources, PACKAGED_NAME);
  return createRequire(import.meta.url).resolve(MODULE_PATH);
}

/** Read once per process: 10 MB is parsed by each document, but read from disk only the first time. */
export function invoiceFont(): Buffer {
  loaded ??= readFileSync(invoiceFontPath());
  return loaded;
}
