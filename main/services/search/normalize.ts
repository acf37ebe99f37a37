/** One spelling for searching: lower case, accents removed (é → e, ß → ss), spaces collapsed. */
export function normalizeSearch(text: string): string {
  // Most names, numbers and addresses are plain ASCII: skip the (slow) Unicode decomposition.
  // eslint-disable-next-line no-control-regex
  const ascii = /^[\x00-\x7f]*$/.test(text);
  const folded = ascii
    ? text.toLowerCase()
    : text
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase()
        .replace(/ß/g, 'ss');
  return folded.replace(/\s+/g, ' ').trim();
}
