/**
 * A file name that is safe on every desktop OS, whatever a portal or a user typed: no path
 * separators or control characters, none of Windows' reserved characters or device names (CON,
 * NUL, COM1…), no trailing dots or spaces, at most 120 characters with the extension kept.
 */

// Control characters are exactly what must go, so the pattern names them.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f<>:"/\\|?*]+/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
const MAX_LENGTH = 120;

export function safeFileName(name: string, fallback = 'file'): string {
  let clean = name
    .normalize('NFC')
    .replace(UNSAFE, '_')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '')
    .trim();
  if (clean === '' || /^_+$/.test(clean)) clean = fallback;
  if (RESERVED.test(clean)) clean = `_${clean}`;
  if (clean.length > MAX_LENGTH) {
    const dot = clean.lastIndexOf('.');
    const extension = dot > 0 && clean.length - dot <= 16 ? clean.slice(dot) : '';
    clean = clean.slice(0, MAX_LENGTH - extension.length) + extension;
  }
  return clean;
}
