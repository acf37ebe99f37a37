import { describe, expect, it } from 'vitest';
import { bodyLines, bodyPreview, MAX_BODY_CHARS, safeLinkHref } from './body-text';

const HOSTILE = [
  'Hi,',
  '<script>window.__pwned = 1</script>',
  '<img src="x" onerror="window.__pwned = 2">',
  '<a href="javascript:window.__pwned = 3">Click</a> and https://status.example.com/i/42.',
].join('\r\n');

describe('ticket body as inert text', () => {
  it('keeps markup as visible text, one line per CRLF, and links only https', () => {
    const lines = bodyLines(HOSTILE);
    expect(lines).toHaveLength(4);
    expect(lines[1]).toEqual([{ kind: 'text', text: '<script>window.__pwned = 1</script>' }]);
    expect(lines[2]).toEqual([{ kind: 'text', text: '<img src="x" onerror="window.__pwned = 2">' }]);
    expect(lines[3]).toEqual([
      { kind: 'text', text: '<a href="javascript:window.__pwned = 3">Click</a> and ' },
      { kind: 'link', text: 'https://status.example.com/i/42', href: 'https://status.example.com/i/42' },
      { kind: 'text', text: '.' },
    ]);
    const links = lines.flat().filter((s) => s.kind === 'link');
    expect(links.every((s) => s.kind === 'link' && s.href.startsWith('https://'))).toBe(true);
  });

  it('never links javascript:, data:, http: or credentials; keeps the text', () => {
    for (const raw of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'http://example.com/']) {
      expect(
        bodyLines(`see ${raw}`)
          .flat()
          .some((s) => s.kind === 'link'),
      ).toBe(false);
    }
    expect(safeLinkHref('https://user:pw@example.com/')).toBeNull();
    expect(safeLinkHref('https://')).toBeNull();
    expect(bodyLines('go https://user:pw@example.com/x now')).toEqual([
      [{ kind: 'text', text: 'go https://user:pw@example.com/x now' }],
    ]);
  });

  it('breaks on CR, LF, CRLF and <br>, drops control and direction-override characters', () => {
    expect(bodyLines('a\rb\nc\r\nd<br/>e<BR>f').map((l) => l.map((s) => s.text).join(''))).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'f',
    ]);
    expect(bodyLines('x\u0007y\u202ez')).toEqual([[{ kind: 'text', text: 'xyz' }]]);
    expect(bodyLines('')).toEqual([[]]);
  });

  it('bounds huge bodies and previews them on one line', () => {
    const lines = bodyLines('a'.repeat(MAX_BODY_CHARS + 50));
    expect(lines[0]![0]!.text.length).toBe(MAX_BODY_CHARS + 1);
    expect(bodyPreview('Hello,\r\n\r\n  <br>world', 40)).toBe('Hello, world');
    expect(bodyPreview('x'.repeat(300), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
