import type { ReactElement } from 'react';
import { EmptyState } from '../../components/empty-state';
import type { IconName } from '../../components/icons';

/** An area of the product that is planned but not built yet: said plainly, nothing faked. */
export function NotBuiltScreen({ title, icon, what }: { title: string; icon: IconName; what: string }): ReactElement {
  return (
    <section className="page" aria-labelledby="not-built-title">
      <header className="page-header">
        <h1 id="not-built-title">{title}</h1>
      </header>
      <div className="card">
        <EmptyState icon={icon} title={`${title} is not built yet`}>
          {what} This area is planned; nothing here is simulated in the meantime.
        </EmptyState>
      </div>
    </section>
  );
}
