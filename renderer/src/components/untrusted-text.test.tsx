// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { UntrustedText } from './untrusted-text';

afterEach(cleanup);

const HOSTILE_BODY = [
  'Since yesterday our shop shows this:',
  '<script>window.__ticketPwned = "script"</script>',
  '<img src="x" onerror="window.__ticketPwned = \'onerror\'">',
  '<a href="javascript:window.__ticketPwned = \'link\'">Click to verify your account</a>',
  'The status page https://status.example.com/incidents/42 says nothing about it.',
].join('\r\n');

describe('UntrustedText', () => {
  it('renders a hostile body as inert text: no elements from the body, no script run', () => {
    const { container } = render(<UntrustedText body={HOSTILE_BODY} />);
    expect(container.querySelectorAll('script, img, iframe, object, embed, [onerror], [onclick]')).toHaveLength(0);
    expect(container.querySelectorAll('a[href^="javascript:"]')).toHaveLength(0);
    expect(container.textContent).toContain('<script>window.__ticketPwned = "script"</script>');
    expect(container.textContent).toContain('onerror=');
    expect((window as { __ticketPwned?: unknown }).__ticketPwned).toBeUndefined();
    const links = [...container.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://status.example.com/incidents/42']);
    expect(links[0]!.getAttribute('rel')).toContain('noopener');
  });

  it('keeps line breaks: one paragraph per line, empty lines as gaps', () => {
    const { container } = render(<UntrustedText body={'Hello,\r\n\r\nline two\nline three'} />);
    const lines = [...container.querySelectorAll('p')];
    expect(lines.map((p) => p.textContent)).toEqual(['Hello,', '', 'line two', 'line three']);
    expect(lines[1]!.className).toBe('untrusted-text-gap');
  });
});
