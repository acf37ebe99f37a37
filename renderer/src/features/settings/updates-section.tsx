/**
 * Settings › Updates: the automatic-check switch, where updating stands, "Check now" and, once an
 * update is downloaded, "Restart to update" (offered, never forced). Errors show here, not as pop-ups.
 */
import type { ReactElement } from 'react';
import type { UpdateStatus } from '../../../../common/channels/updates';
import { Button } from '../../components/button';
import { ErrorNotice } from '../../components/error-notice';
import { useSettingsStore } from './settings-store';
import { useUpdateStatus } from './use-update-status';

function describe(status: UpdateStatus): string {
  const checked = status.checkedAt ? ` Last checked ${new Date(status.checkedAt).toLocaleString()}.` : '';
  switch (status.state) {
    case 'unsupported':
      return `Updates are not available here: ${status.reason ?? 'no updater'}.`;
    case 'disabled':
      return `Automatic checks are off.${checked}`;
    case 'idle':
      return 'No check yet.';
    case 'checking':
      return 'Checking for updates…';
    case 'downloading':
      return `Downloading version ${status.version ?? ''} in the background${status.percent === null ? '' : ` (${status.percent} %)`}…`;
    case 'ready':
      return `Version ${status.version ?? ''} is ready. It installs when you restart, or the next time you quit.`;
    case 'up-to-date':
      return `Reseller Console is up to date.${checked}`;
    case 'error':
      return `The last check did not finish.${checked}`;
  }
}

export function UpdatesSection(): ReactElement {
  const { settings, setAutoUpdate } = useSettingsStore();
  const { status, error, check, restart } = useUpdateStatus();
  const supported = status !== null && status.state !== 'unsupported';
  return (
    <fieldset className="field" aria-labelledby="updates-legend">
      <legend id="updates-legend">Updates</legend>
      {supported && (
        <label className="row" style={{ gap: 8 }}>
          <input
            type="checkbox"
            checked={settings.autoUpdate}
            onChange={(event) => void setAutoUpdate(event.target.checked)}
          />
          Check for updates automatically (at start and once a day)
        </label>
      )}
      <span className="hint" role="status" data-update-state={status?.state ?? 'loading'}>
        {status ? describe(status) : 'Reading the update state…'}
      </span>
      {status?.state === 'error' && status.error && <ErrorNotice error={{ kind: 'network', message: status.error }} />}
      {error && <ErrorNotice error={error} />}
      {supported && (
        <div className="row" style={{ gap: 8 }}>
          <Button
            size="small"
            onClick={() => void check()}
            busy={status.state === 'checking'}
            disabled={status.state === 'checking' || status.state === 'downloading'}
          >
            Check now
          </Button>
          {status.state === 'ready' && (
            <Button size="small" variant="primary" onClick={() => void restart()}>
              Restart to update
            </Button>
          )}
        </div>
      )}
    </fieldset>
  );
}
