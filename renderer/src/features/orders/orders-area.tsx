/**
 * The Orders area of a HostBill account. Routes (under #/a/<account>/orders): the catalog,
 * <categoryId> (its products), <categoryId>/<productId> (the product's order form), basket.
 */
import type { ReactElement } from 'react';
import { portalKeys } from '../../../../common/channels/portal';
import type { AccountAreaProps } from '../../app/area-props';
import { accountHref } from '../../app/navigation-store';
import { Link } from '../../components/link';
import { Page } from '../../components/page';
import { isOffline } from '../../components/sync-status';
import { call } from '../../lib/api';
import '../../styles/portal.css';
import { CatalogList } from './catalog-list';
import { OFFLINE_REASON, usePortalResource } from '../../lib/portal-resource';
import { ProductOrder } from './product-order';
import { BasketScreen } from './basket-screen';
import { useBasket } from './basket-store';

/** "Basket (n)" in the page's actions, once something is in it. */
function BasketLink({ accountId }: { accountId: string }) {
  const count = useBasket(accountId).length;
  if (count === 0) return null;
  return (
    <Link className="button" href={accountHref(accountId, 'orders', 'basket')}>
      Basket ({count})
    </Link>
  );
}

function BasketPage({ accountId }: { accountId: string }) {
  // The catalog's freshness stands for the portal's: offline, ordering waits.
  const categories = usePortalResource(accountId, portalKeys.key.categories(), () =>
    call((api) => api.catalog.categories({ accountId })),
  );
  return (
    <Page
      titleId="basket-title"
      title="Basket"
      subtitle="Products to order together, on one invoice"
      resource={categories}
      before={<Link href={accountHref(accountId, 'orders')}>← Back to the catalog</Link>}
    >
      <BasketScreen accountId={accountId} writeBlocked={isOffline(categories.cached) ? OFFLINE_REASON : null} />
    </Page>
  );
}

function ProductScreen({
  accountId,
  categoryId,
  productId,
}: {
  accountId: string;
  categoryId: string;
  productId: string;
}) {
  const form = usePortalResource(accountId, portalKeys.key.form({ productId }), () =>
    call((api) => api.orders.form({ accountId, productId })),
  );
  const offline = isOffline(form.cached);
  return (
    <Page
      titleId="order-title"
      title={form.data ? `Order ${form.data.name}` : 'Order'}
      subtitle={form.data?.categoryName ?? undefined}
      resource={form}
      before={<Link href={accountHref(accountId, 'orders', categoryId)}>← Back to the catalog</Link>}
      actions={<BasketLink accountId={accountId} />}
    >
      {form.data ? (
        <ProductOrder
          key={productId}
          accountId={accountId}
          form={form.data}
          writeBlocked={offline ? OFFLINE_REASON : null}
        />
      ) : (
        !form.error && (
          <div className="card card-body muted" aria-busy="true">
            Reading the order form…
          </div>
        )
      )}
    </Page>
  );
}

function CatalogScreen({ accountId, categoryId }: { accountId: string; categoryId: string | null }) {
  const categories = usePortalResource(accountId, portalKeys.key.categories(), () =>
    call((api) => api.catalog.categories({ accountId })),
  );
  const chosen = categoryId ?? categories.data?.[0]?.id ?? null;
  const products = usePortalResource(accountId, portalKeys.key.products({ categoryId: chosen ?? '0' }), () =>
    chosen === null
      ? Promise.resolve({
          ok: true as const,
          value: { data: [], syncedAt: null, stale: false, refreshing: false, lastError: null },
        })
      : call((api) => api.catalog.products({ accountId, categoryId: chosen })),
  );
  return (
    <Page
      titleId="orders-title"
      title="Order"
      subtitle="The portal's catalog and prices"
      resource={categories}
      actions={<BasketLink accountId={accountId} />}
    >
      <CatalogList
        categories={categories.data ?? []}
        categoryId={chosen}
        products={chosen === null ? [] : (products.data ?? [])}
        hrefOf={(category, product) =>
          product ? accountHref(accountId, 'orders', category, product) : accountHref(accountId, 'orders', category)
        }
      />
    </Page>
  );
}

export function OrdersArea({ accountId, path }: AccountAreaProps): ReactElement {
  const [categoryId, productId] = path;
  if (categoryId === 'basket') return <BasketPage accountId={accountId} />;
  if (categoryId && productId)
    return <ProductScreen accountId={accountId} categoryId={categoryId} productId={productId} />;
  return <CatalogScreen accountId={accountId} categoryId={categoryId ?? null} />;
}
