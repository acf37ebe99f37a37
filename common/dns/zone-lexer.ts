/**
 * Master-file lexer (RFC 1035 §5.1): one entry per logical line, parentheses join lines, `;`
 * starts a comment, quoted strings keep spaces and `;`, a line that starts with blank space
 * belongs to the previous owner. Errors carry their line number.
 */
export interface Token {
  readonly text: string;
  readonly quoted: boolean;
}

export interface Entry {
  readonly line: number;
  /** The line began with a space or tab: the owner is the previous one. */
  readonly inheritsOwner: boolean;
  readonly tokens: readonly Token[];
}

export type LexResult =
  | { readonly ok: true; readonly entries: Entry[] }
  | { readonly ok: false; readonly line: number; readonly error: string };

export function lexZone(text: string): LexResult {
  const entries: Entry[] = [];
  let line = 1;
  let depth = 0;
  let openedAt = 0;
  let tokens: Token[] = [];
  let entryLine = 1;
  let inheritsOwner = false;
  let atLineStart = true;
  const finish = () => {
    if (tokens.length > 0) entries.push({ line: entryLine, inheritsOwner, tokens });
    tokens = [];
  };
  for (let i = 0; i < text.length;) {
    const ch = text[i]!;
    if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      i += 1;
      line += 1;
      if (depth === 0) {
        finish();
        atLineStart = true;
      }
      continue;
    }
    if (atLineStart && depth === 0) {
      entryLine = line;
      inheritsOwner = ch === ' ' || ch === '\t';
      atLineStart = false;
    }
    if (ch === ' ' || ch === '\t') {
      i += 1;
    } else if (ch === ';') {
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i += 1;
    } else if (ch === '(') {
      if (depth === 0) openedAt = line;
      depth += 1;
      i += 1;
    } else if (ch === ')') {
      if (depth === 0) return { ok: false, line, error: 'A ")" without its "("' };
      depth -= 1;
      i += 1;
    } else if (ch === '"') {
      let j = i + 1;
      let value = '';
      while (j < text.length && text[j] !== '"') {
        if (text[j] === '\n' || text[j] === '\r')
          return { ok: false, line, error: 'A quoted string is not closed on its line' };
        if (text[j] === '\\' && j + 1 < text.length) {
          value += text.slice(j, j + 2);
          j += 2;
        } else {
          value += text[j];
          j += 1;
        }
      }
      if (j >= text.length) return { ok: false, line, error: 'A quoted string is not closed' };
      tokens.push({ text: value, quoted: true });
      i = j + 1;
    } else {
      let j = i;
      while (j < text.length && !' \t\r\n;()"'.includes(text[j]!)) j += text[j] === '\\' ? 2 : 1;
      tokens.push({ text: text.slice(i, j), quoted: false });
      i = j;
    }
  }
  if (depth > 0) return { ok: false, line: openedAt, error: 'A "(" is never closed' };
  finish();
  return { ok: true, entries };
}
