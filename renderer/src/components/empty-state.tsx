import type { ReactElement, ReactNode } from 'react';
import { Icon, type IconName } from './icons';

export function EmptyState({
  icon,
  title,
  children,
  actions,
}: {
  icon: IconName;
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
}): ReactElement {
  return (
    <div className="empty">
      <span className="faint">
        <Icon name={icon} size={36} />
      </span>
      <h2>{title}</h2>
      {children && <p>{children}</p>}
      {actions && <div className="row">{actions}</div>}
    </div>
  );
}
