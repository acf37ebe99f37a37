/**
 * TXT values: any length, kept as one string; a zone file carries them as quoted strings of at most
 * 255 octets each (RFC 1035 §3.3.14), split here between characters so no character or escape is cut.
 */
const encoder = new TextEncoder();
/** 255 strings of 255 octets: what one TXT record's data can hold. */
export const MAX_TXT_OCTETS = 255 * 255;

export function txtProblem(value: string): string | null {
  if (value.length === 0) return 'Enter the text';
  if (encoder.encode(value).length > MAX_TXT_OCTETS) return 'At most 65025 bytes';
  return null;
}

/** The value split into chunks of at most 255 octets, never inside a character, each quoted and escaped. */
export function txtChunks(value: string): string[] {
  const chunks: string[] = [];
  let current: number[] = [];
  for (const ch of value) {
    const bytes = encoder.encode(ch);
    if (current.length + bytes.length > 255) {
      chunks.push(`"${escapeOctets(current)}"`);
      current = [];
    }
    current.push(...bytes);
  }
  if (current.length > 0 || chunks.length === 0) chunks.push(`"${escapeOctets(current)}"`);
  return chunks;
}

/** Printable ASCII as is (quote and backslash escaped), every other octet as \DDD. */
function escapeOctets(bytes: readonly number[]): string {
  let out = '';
  for (const byte of bytes) {
    if (byte === 0x22 || byte === 0x5c) out += `\\${String.fromCharCode(byte)}`;
    else if (byte >= 0x20 && byte < 0x7f) out += String.fromCharCode(byte);
    else out += `\\${String(byte).padStart(3, '0')}`;
  }
  return out;
}

/** Reads the octets of quoted/unquoted zone-file text with \X and \DDD escapes back into a string. */
export function unescapeText(text: string): string {
  if (!text.includes('\\')) return text;
  const chars = Array.from(text);
  const bytes: number[] = [];
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i]!;
    if (ch === '\\' && i + 1 < chars.length) {
      const digits = chars.slice(i + 1, i + 4).join('');
      if (/^\d{3}$/.test(digits)) {
        bytes.push(Number(digits) & 0xff);
        i += 3;
      } else {
        bytes.push(...encoder.encode(chars[i + 1]!));
        i += 1;
      }
    } else bytes.push(...encoder.encode(ch));
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}
