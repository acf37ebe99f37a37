/** "Copy diagnostics": the text from app.diagnostics (versions, counts, error kinds) to the clipboard. */
import { useState, type ReactElement } from 'react';
import { Button } from '../../components/button';
import { call } from '../../lib/api';

export function CopyDiagnosticsButton(): ReactElement {
  const [outcome, setOutcome] = useState<string | null>(null);
  const copy = async () => {
    const result = await call((api) => api.app.diagnostics());
    if (!result.ok) return setOutcome(`Could not collect the diagnostics: ${result.error.message}`);
    try {
      await navigator.clipboard.writeText(result.value);
      setOutcome('Copied to the clipboard.');
    } catch {
      setOutcome('The clipboard refused the text: use Help › Copy Diagnostics in the desktop app.');
    }
  };
  return (
    <div className="stack" style={{ gap: 4, alignItems: 'flex-end' }}>
      <Button size="small" onClick={() => void copy()}>
        Copy diagnostics
      </Button>
      <span className="muted" role="status" style={{ fontSize: 13 }}>
        {outcome}
      </span>
    </div>
  );
}
