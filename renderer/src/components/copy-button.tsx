/**
 * A small "Copy" button beside a value (IP address, hostname, login): copies through the web
 * clipboard (it works in Electron and in the browser host, so no IPC channel is needed), says
 * "Copied" for two seconds and announces it, and says plainly when the clipboard refused.
 */
import { useEffect, useRef, useState, type ReactElement } from 'react';
import { Button } from './button';
import './copy-button.css';

export const COPIED_FOR_MS = 2_000;

type Outcome = 'idle' | 'copied' | 'failed';

export function CopyButton({
  value,
  label,
  compact = false,
}: {
  /** The exact text put on the clipboard. */
  value: string;
  /** What is copied, for the button's name and the announcement: "IP address 192.0.2.10". */
  label: string;
  /** Icon only (table cells); the button's name still says what it copies. */
  compact?: boolean;
}): ReactElement {
  const [outcome, setOutcome] = useState<Outcome>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  async function copy() {
    if (timer.current) clearTimeout(timer.current);
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(value);
      setOutcome('copied');
      timer.current = setTimeout(() => setOutcome('idle'), COPIED_FOR_MS);
    } catch {
      setOutcome('failed');
    }
  }

  return (
    <span className="copy-button">
      <Button
        size="small"
        variant="ghost"
        icon={outcome === 'copied' ? 'check' : 'copy'}
        aria-label={`Copy ${label}`}
        title={compact ? `Copy ${label}` : undefined}
        onClick={(event) => {
          // Inside a table row that opens on click: copying must not open the row too.
          event.stopPropagation();
          void copy();
        }}
      >
        {/* Compact: the icon alone (a check once copied), so a table cell keeps its width. */}
        {compact ? (
          <span className="visually-hidden">{outcome === 'copied' ? 'Copied' : 'Copy'}</span>
        ) : outcome === 'copied' ? (
          'Copied'
        ) : (
          'Copy'
        )}
      </Button>
      <span role="status" className={outcome === 'failed' ? 'copy-button-failed' : 'visually-hidden'}>
        {outcome === 'copied' && `Copied ${label}`}
        {outcome === 'failed' && 'Could not copy: select the text and press Ctrl+C (⌘C on a Mac).'}
      </span>
    </span>
  );
}
