/** The palette's matching of commands in the renderer, with the same rules as main's search. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/\s+/g, ' ')
    .trim();
}

/** 0 word prefix, 1 anywhere, 2 letters in order, null no match. */
export function matchRank(query: string, text: string): number | null {
  const q = normalizeText(query);
  const t = normalizeText(text);
  if (q === '') return 1;
  if (t.startsWith(q) || t.includes(` ${q}`)) return 0;
  if (t.includes(q)) return 1;
  let at = 0;
  for (const char of q.replace(/ /g, '')) {
    at = t.indexOf(char, at);
    if (at < 0) return null;
    at += 1;
  }
  return 2;
}
