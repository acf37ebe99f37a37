/**
 * Import a BIND zone file (pasted or opened): main parses it and answers a plan against the zone,
 * in merge mode (add and update only) or replace mode (also delete what the file lacks). A file
 * that cannot be read is refused with its line number; nothing is sent from here.
 */
import { useState, type ReactElement } from 'react';
import type { DnsPlan } from '../../../../common/dns/types';
import type { ImportMode } from '../../../../common/dns/zone-import';
import type { AppError } from '../../../../common/errors';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { useUnsavedChanges } from '../../lib/use-unsaved-changes';
import { ErrorNotice } from '../../components/error-notice';
import { Field } from '../../components/field';
import { importZoneFile, type ZoneRef } from './dns-calls';

/** Bigger files are refused before reading: the channel takes at most 2 MB. */
const MAX_FILE_BYTES = 2_000_000;

export function ImportDialog({
  zoneRef,
  zone,
  onPlanned,
  onClose,
}: {
  zoneRef: ZoneRef;
  zone: string;
  onPlanned: (plan: DnsPlan) => void;
  onClose: () => void;
}): ReactElement {
  const [text, setText] = useState('');
  const [mode, setMode] = useState<ImportMode>('merge');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const unsaved = useUnsavedChanges(text.trim() !== '');
  const cancel = () => unsaved.confirmLeave(onClose);

  async function open(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      return setError({ kind: 'validation', message: 'The file is too large (at most 2 MB).' });
    }
    setText(await file.text());
    setError(null);
  }

  async function submit() {
    setBusy(true);
    const answer = await importZoneFile(zoneRef, text, mode);
    setBusy(false);
    if (answer.ok) {
      unsaved.saved();
      onPlanned(answer.value);
    } else setError(answer.error);
  }

  return (
    <Dialog
      title={`Import into ${zone}`}
      description="A BIND zone file: $ORIGIN, $TTL, relative names, parentheses and comments are understood. SOA records are skipped (the portal keeps its own)."
      onClose={cancel}
      footer={
        <>
          <Button onClick={cancel}>Cancel</Button>
          <Button variant="primary" busy={busy} disabled={busy || text.trim() === ''} onClick={() => void submit()}>
            Show the plan
          </Button>
        </>
      }
    >
      <div className="stack">
        <Field label="Open a file">
          <input type="file" accept=".zone,.txt,.db,text/plain" onChange={(e) => void open(e.target.files?.[0])} />
        </Field>
        <Field label="Zone file" hint="Paste the file, or open one above" error={error?.message}>
          <textarea
            rows={10}
            className="dns-zone-text"
            value={text}
            spellCheck={false}
            onChange={(e) => setText(e.target.value)}
          />
        </Field>
        <fieldset>
          <legend>Mode</legend>
          <div className="segmented" role="radiogroup" aria-label="Mode">
            {(
              [
                ['merge', 'Merge: add and update'],
                ['replace', 'Replace: also delete what the file lacks'],
              ] as const
            ).map(([value, label]) => (
              <label key={value}>
                <input type="radio" name="import-mode" checked={mode === value} onChange={() => setMode(value)} />
                {label}
              </label>
            ))}
          </div>
        </fieldset>
        {error && error.kind !== 'validation' && <ErrorNotice error={error} />}
      </div>
    </Dialog>
  );
}
