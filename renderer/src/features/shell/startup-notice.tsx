/**
 * What happened to the local cache at start (moved aside because its key left the keychain, or an
 * earlier cache opened again), shown above the first screen until dismissed. Main composes the words.
 */
import { useEffect, useState, type ReactElement } from 'react';
import type { CacheNotice } from '../../../../common/models/cached';
import { Button } from '../../components/button';
import { Icon } from '../../components/icons';
import { call } from '../../lib/api';

const TITLES: Readonly<Record<CacheNotice['kind'], string>> = {
  'cache-moved-aside': 'The local cache could not be read and was moved aside',
  'cache-restored': 'An earlier local cache was opened again',
};

export function StartupNotice(): ReactElement | null {
  const [notice, setNotice] = useState<CacheNotice | null>(null);
  useEffect(() => {
    let wanted = true;
    void call((api) => api.app.info()).then((result) => {
      if (wanted && result.ok) setNotice(result.value.startupNotice ?? null);
    });
    return () => {
      wanted = false;
    };
  }, []);
  if (!notice) return null;
  return (
    <div className="notice notice-warning" role="status" data-startup-notice={notice.kind} style={{ margin: 16 }}>
      <Icon name="alert" size={18} />
      <div className="stack" style={{ gap: 4, flex: 1 }}>
        <span className="notice-title">{TITLES[notice.kind]}</span>
        <span>{notice.message}</span>
      </div>
      <Button size="small" style={{ alignSelf: 'flex-start' }} onClick={() => setNotice(null)}>
        Dismiss
      </Button>
    </div>
  );
}
