/** Categories as tabs and their products as cards with the price per billing cycle. */
import type { ReactElement } from 'react';
import type { Category, Product } from '../../../../common/models/hostbill';
import { cycleLabel } from '../../../../common/portal/cycles';
import { Link } from '../../components/link';
import { formatMoney } from '../../../../common/portal/format';

interface CatalogListProps {
  readonly categories: readonly Category[];
  readonly categoryId: string | null;
  readonly products: readonly Product[];
  readonly hrefOf: (categoryId: string, productId?: string) => string;
}

export function CatalogList({ categories, categoryId, products, hrefOf }: CatalogListProps): ReactElement {
  return (
    <div className="stack">
      <nav className="link-tabs" aria-label="Product categories">
        {categories.map((c) => (
          <Link key={c.id} href={hrefOf(c.id)} aria-current={c.id === categoryId ? 'page' : undefined}>
            {c.name}
          </Link>
        ))}
      </nav>
      {categoryId === null && <p className="muted">Choose a category to see its products.</p>}
      {categoryId !== null && products.length === 0 && <p className="muted">No products in this category.</p>}
      <div className="catalog-grid" role="list" aria-label="Products">
        {products.map((product) => (
          <Link
            key={product.id}
            role="listitem"
            className="card card-body catalog-card"
            href={hrefOf(categoryId ?? '', product.id)}
          >
            <strong>{product.name}</strong>
            {product.description && <span className="small muted pre-line">{product.description}</span>}
            <span className="small">
              {product.periods
                .map((p) => `${formatMoney(p.price, null)} ${cycleLabel(p.cycle).toLowerCase()}`)
                .join(' · ')}
            </span>
          </Link>
        ))}
      </div>
    </div>
  );
}
