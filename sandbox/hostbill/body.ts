/**
 * Request bodies as a PHP portal sees them: JSON, or form-urlencoded with PHP's bracket notation
 * (`custom[1618][10330]=1`, `items[0][type]=product`), which the seed's curl samples use.
 */
import { parseJson } from '../server-kit';

export type Body = Record<string, unknown>;

export function parseBody(text: string, contentType: string | undefined): Body {
  if (text.trim().length === 0) return {};
  const isForm = (contentType ?? '').includes('application/x-www-form-urlencoded');
  if (!isForm) {
    const json = parseJson(text);
    if (json !== null && typeof json === 'object' && !Array.isArray(json)) return json as Body;
    if (json !== undefined) return {};
  }
  return parseForm(text);
}

function parseForm(text: string): Body {
  const root: Body = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const match = /^([^[\]]+)((?:\[[^\]]*\])*)$/.exec(key);
    if (!match) continue;
    const path = [match[1] as string, ...[...(match[2] ?? '').matchAll(/\[([^\]]*)\]/g)].map((m) => m[1] ?? '')];
    let node: Record<string, unknown> = root;
    path.forEach((segment, index) => {
      const name = segment === '' ? String(Object.keys(node).length) : segment;
      if (index === path.length - 1) {
        node[name] = value;
        return;
      }
      const child = node[name];
      if (child === null || typeof child !== 'object') node[name] = {};
      node = node[name] as Record<string, unknown>;
    });
  }
  return arraysFromNumericKeys(root) as Body;
}

/** `{0: a, 1: b}` → `[a, b]`, as PHP's `$_POST['items']` is a list. */
function arraysFromNumericKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).map(
    ([k, v]) => [k, arraysFromNumericKeys(v)] as const,
  );
  const sequential = entries.length > 0 && entries.every(([k], index) => k === String(index));
  return sequential ? entries.map(([, v]) => v) : Object.fromEntries(entries);
}

/** A body field as a trimmed string ('' when missing); numbers are accepted as PHP would. */
export function text(body: Body, key: string): string {
  const value = body[key];
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/** PHP truthiness for flags sent as true, 1, "1", "true", "yes", "on". */
export function flag(body: Body, key: string): boolean {
  const value = body[key];
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  return typeof value === 'string' && ['1', 'true', 'yes', 'on'].includes(value.trim().toLowerCase());
}
