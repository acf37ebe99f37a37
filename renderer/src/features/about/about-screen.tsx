import { useEffect, useState, type ReactElement } from 'react';
import type { AppError } from '../../../../common/errors';
import type { AppInfo } from '../../../../common/models/cached';
import { ErrorNotice } from '../../components/error-notice';
import { call } from '../../lib/api';
import { CopyDiagnosticsButton } from './copy-diagnostics-button';

export function AboutScreen(): ReactElement {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  useEffect(() => {
    void call((api) => api.app.info()).then((result) => (result.ok ? setInfo(result.value) : setError(result.error)));
  }, []);
  return (
    <section className="page" aria-labelledby="about-title">
      <header className="page-header">
        <div>
          <h1 id="about-title">About Reseller Console</h1>
          <p>A desktop console for hosting resellers on IONOS and HostBill.</p>
        </div>
        <CopyDiagnosticsButton />
      </header>
      {error && <ErrorNotice error={error} />}
      {info && (
        <div className="card card-body">
          <dl className="definition-list" aria-label="Application details">
            <dt>Version</dt>
            <dd>{info.version}</dd>
            <dt>Running in</dt>
            <dd>{info.host === 'electron' ? 'Desktop app (Electron)' : 'Browser host'}</dd>
            <dt>Platform</dt>
            <dd>{info.platform}</dd>
            {Object.entries(info.versions).map(([name, version]) => (
              <FragmentRow key={name} name={name} value={version} />
            ))}
            <dt>Data folder</dt>
            <dd className="mono">{info.dataDir}</dd>
            <dt>Secrets</dt>
            <dd>{info.keychain}</dd>
          </dl>
        </div>
      )}
    </section>
  );
}

function FragmentRow({ name, value }: { name: string; value: string }): ReactElement {
  return (
    <>
      <dt>{name[0]?.toUpperCase() + name.slice(1)}</dt>
      <dd>{value}</dd>
    </>
  );
}
