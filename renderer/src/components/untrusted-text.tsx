/**
 * An untrusted ticket or notification body, shown as text. No HTML is ever parsed: every segment is
 * a React text node (escaped) and only checked https links become anchors, which the window's
 * navigation guard sends to the system browser.
 */
import { useMemo, type ReactElement } from 'react';
import { bodyLines } from '../../../common/support/body-text';

export function UntrustedText({ body }: { readonly body: string }): ReactElement {
  const lines = useMemo(() => bodyLines(body), [body]);
  return (
    <div className="untrusted-text">
      {lines.map((line, index) => (
        <p key={index} className={line.length === 0 ? 'untrusted-text-gap' : undefined}>
          {line.map((segment, at) =>
            segment.kind === 'link' ? (
              <a key={at} href={segment.href} target="_blank" rel="noopener noreferrer nofollow">
                {segment.text}
              </a>
            ) : (
              <span key={at}>{segment.text}</span>
            ),
          )}
        </p>
      ))}
    </div>
  );
}
