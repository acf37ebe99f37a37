/** How every AppError looks: the title and tone are chosen by kind, never by parsing the message. */
import type { ReactElement, ReactNode } from 'react';
import type { AppError, AppErrorKind } from '../../../common/errors';
import { Icon } from './icons';

const TITLES: Readonly<Record<AppErrorKind, string>> = {
  auth: 'Sign-in was refused',
  'mfa-required': 'A second factor is required',
  network: 'The server cannot be reached',
  offline: 'You are offline',
  timeout: 'The server took too long',
  'rate-limit': 'Too many requests',
  validation: 'Some values need attention',
  'not-found': 'Not found',
  conflict: 'That cannot be done right now',
  unsupported: 'Not available here',
  server: 'The server reported a problem',
  keychain: 'The OS keychain could not be used',
  internal: 'Something went wrong',
};

const TONE: Readonly<Record<AppErrorKind, 'danger' | 'warning' | 'info'>> = {
  auth: 'danger',
  'mfa-required': 'warning',
  network: 'warning',
  offline: 'warning',
  timeout: 'warning',
  'rate-limit': 'warning',
  validation: 'danger',
  'not-found': 'info',
  conflict: 'warning',
  unsupported: 'info',
  server: 'danger',
  keychain: 'danger',
  internal: 'danger',
};

export function errorTitle(error: AppError): string {
  return TITLES[error.kind];
}

export function ErrorNotice({ error, action }: { error: AppError; action?: ReactNode }): ReactElement {
  const retry = error.retryAfterMs ? ` Try again in ${Math.ceil(error.retryAfterMs / 1000)} s.` : '';
  const next = error.kind === 'mfa-required' ? ' Open Accounts and press “Test connection” to enter the code.' : '';
  return (
    <div className={`notice notice-${TONE[error.kind]}`} role="alert" data-error-kind={error.kind}>
      <Icon name="alert" size={18} />
      <div className="stack" style={{ gap: 4, flex: 1 }}>
        <span className="notice-title">{TITLES[error.kind]}</span>
        <span>
          {error.message}
          {retry}
          {next}
        </span>
        {action}
      </div>
    </div>
  );
}
