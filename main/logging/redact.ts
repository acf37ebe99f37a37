/**
 * The one redaction step every log line goes through before it is written anywhere. Callers are
 * told never to log secrets (see main/logger.ts); this is the net under that rule: credentials in
 * headers, form or JSON bodies, query strings and URLs are replaced by a marker.
 */
export const REDACTED = '[redacted]';

/** Field names whose value is a secret, in any case and with `-`, `_` or nothing between words. */
const SECRET_KEYS = [
  'authorization',
  'proxy[-_]?authorization',
  'password',
  'passwd',
  'pwd',
  'pass',
  'secret',
  'client[-_]?secret',
  'token',
  'access[-_]?token',
  'refresh[-_]?token',
  'id[-_]?token',
  'session[-_]?token',
  'auth[-_]?token',
  'x[-_]?token',
  'x[-_]?auth[-_]?token',
  'api[-_]?key',
  'x[-_]?api[-_]?key',
  'cookie',
  'set[-_]?cookie',
  'mfa[-_]?code',
  'otp',
].join('|');

const RULES: readonly [RegExp, (match: string, ...groups: string[]) => string][] = [
  // JSON: "password": "…" (also with escaped quotes inside a JSON string that is itself logged).
  [
    new RegExp(`(\\\\?["'](?:${SECRET_KEYS})\\\\?["']\\s*:\\s*)(\\\\?["'])(?:\\\\.|[^"'\\\\])*\\2`, 'gi'),
    (_m, head: string, quote: string) => `${head}${quote}${REDACTED}${quote}`,
  ],
  // JSON with a bare value: "token": 12345 / null stays readable only when it is null.
  [
    new RegExp(`(["'](?:${SECRET_KEYS})["']\\s*:\\s*)(?!null\\b)([^\\s,}\\]"']+)`, 'gi'),
    (_m, head: string) => `${head}${REDACTED}`,
  ],
  // Prose with a quoted value: password: 'two words'.
  [
    new RegExp(`(\\b(?:${SECRET_KEYS})\\b\\s*[:=]\\s*)(["'])(?:\\\\.|(?!\\2).)*\\2`, 'gi'),
    (_m, head: string, quote: string) => `${head}${quote}${REDACTED}${quote}`,
  ],
  // Headers and prose: `Authorization: Bearer abc`, `password=hunter2`, `token: abc`, `?token=abc&`.
  [
    new RegExp(
      `(\\b(?:${SECRET_KEYS})\\b\\s*[:=]\\s*)(?:(?:Bearer|Basic|Token|Digest|Negotiate)\\s+)?[^\\s&,;"'}\\]]+`,
      'gi',
    ),
    (_m, head: string) => `${head}${REDACTED}`,
  ],
  // A bearer or basic credential on its own, wherever it appears.
  [/\b(Bearer|Basic)\s+[A-Za-z0-9\-._~+/]+=*/g, (_m, scheme: string) => `${scheme} ${REDACTED}`],
  // JSON Web Tokens (three base64url parts, the first two starting with `{"`).
  [/\beyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g, () => REDACTED],
  // user:password@ in URLs.
  [/(\b[a-z][a-z0-9+.-]*:\/\/)[^\s/@:]+:[^\s/@]+@/gi, (_m, scheme: string) => `${scheme}${REDACTED}@`],
];

export function redactSecrets(text: string): string {
  let out = text;
  for (const [pattern, replace] of RULES) out = out.replace(pattern, replace as (m: string) => string);
  return out;
}
