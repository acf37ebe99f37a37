import type { ButtonHTMLAttributes, ReactElement, ReactNode } from 'react';
import { Icon, type IconName } from './icons';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  readonly variant?: 'default' | 'primary' | 'danger' | 'ghost';
  readonly size?: 'normal' | 'small';
  readonly icon?: IconName;
  readonly busy?: boolean;
  readonly children?: ReactNode;
}

export function Button({
  variant = 'default',
  size = 'normal',
  icon,
  busy,
  children,
  className,
  ...rest
}: ButtonProps): ReactElement {
  const classes = ['button', `button-${variant}`, size === 'small' ? 'button-small' : '', className ?? ''].join(' ');
  return (
    <button type="button" className={classes.trim()} aria-busy={busy || undefined} {...rest}>
      {busy ? <span className="spinner" aria-hidden="true" /> : icon ? <Icon name={icon} /> : null}
      {children}
    </button>
  );
}
