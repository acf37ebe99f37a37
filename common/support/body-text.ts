/**
 * Ticket and notification bodies are untrusted text from the portal. They are never parsed as HTML:
 * this turns one into lines of plain-text and link segments that the renderer shows as React text
 * nodes (escaped) and anchors. Only https links without credentials become links; the window's
 * navigation guard checks every URL again before the system browser opens it.
 */

export type BodySegment =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'link'; readonly text: string; readonly href: string };

export type BodyLine = readonly BodySegment[];

/** Bodies longer than this are cut (a portal answer must not freeze the thread view). */
export const MAX_BODY_CHARS = 100_000;

const LINK = /https:\/\/[^\s<>"'`]+/gi;
// Punctuation that ends a sentence rather than the URL.
const TRAILING = /[.,;:!?)\]}]+$/;
// Control characters except tab (line breaks are split on first).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The https URL to link to, or null: a parse, no credentials, nothing but https. */
export function safeLinkHref(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password || !url.hostname) return null;
  return url.toString();
}

function segmentsOf(line: string): BodySegment[] {
  const out: BodySegment[] = [];
  let last = 0;
  for (const match of line.matchAll(LINK)) {
    const candidate = match[0].replace(TRAILING, '');
    const start = match.index;
    const href = safeLinkHref(candidate);
    if (!href) continue;
    if (start > last) out.push({ kind: 'text', text: line.slice(last, start) });
    out.push({ kind: 'link', text: candidate, href });
    last = start + candidate.length;
  }
  if (last < line.length) out.push({ kind: 'text', text: line.slice(last) });
  return out;
}

/**
 * Lines (CRLF, LF, CR and `<br>` all break) of text and link segments. Markup other than `<br>` stays
 * visible as the characters it is: a `<script>` shows as text and never runs.
 */
export function bodyLines(body: string): BodyLine[] {
  const bounded = body.length > MAX_BODY_CHARS ? `${body.slice(0, MAX_BODY_CHARS)}…` : body;
  return bounded
    .replace(/<br\s*\/?>(\r\n|\n)?/gi, '\n')
    .split(/\r\n|\r|\n/)
    .map((line) => segmentsOf(line.replace(CONTROL, '')));
}

/** One line of plain text for lists and desktop notifications (no markup, bounded). */
export function bodyPreview(body: string, max = 160): string {
  const flat = body
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(CONTROL, '')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
