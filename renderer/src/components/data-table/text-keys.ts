/**
 * Text folding shared by search and sort: case and accents do not count ("Zürich" is found by
 * "zurich", "Straße" by "strasse"), and a natural key pads digit runs so a plain string comparison
 * already puts "acme 3" before "acme 10".
 */

// Nothing at or above U+0080 (newlines are fine): nothing to fold but case.
const NON_ASCII = /[\u0080-\uffff]/;
const MARKS = /\p{M}/gu;
const DIGITS = /\d+/g;
const HAS_DIGIT = /\d/;
const PAD = '0000000000000000';

/** Lowercase, accents and other combining marks removed, ß → ss. ASCII (most values) skips normalize(). */
export function foldText(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase().replaceAll('ß', 'ss');
}

/** The folded text with every digit run left-padded to 16 places (longer runs stay as they are). */
export function naturalKey(text: string): string {
  const folded = foldText(text);
  if (!HAS_DIGIT.test(folded)) return folded;
  return folded.replace(DIGITS, (digits) => (digits.length >= PAD.length ? digits : PAD.slice(digits.length) + digits));
}

/** Natural, locale-aware order: "Acme 3" < "Acme 10"; "Äpfel" beside "Apfel". The final word on ties of the keys. */
export const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
