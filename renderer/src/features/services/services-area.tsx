/**
 * The Services & VMs area of a HostBill account. Routes (under #/a/<account>/services):
 * the services list, <id> (a service), vms (all VMs), vms/<serviceId>/<vmId> (a VM).
 */
import { useMemo, type ReactElement } from 'react';
import type { AccountAreaProps } from '../../app/area-props';
import { accountHref } from '../../app/navigation-store';
import { Link } from '../../components/link';
import { Page } from '../../components/page';
import { isOffline } from '../../components/sync-status';
import { asCached } from '../../lib/use-cached-resource';
import '../../styles/hosting.css';
import { HostingProvider, hostingWrites, useServices, useVms } from './hosting-data';
import { ServiceDetailScreen } from './service-detail';
import { ServicesList } from './services-list';
import { VmDetailScreen } from './vm-detail';
import { VmsScreen } from './vms-screen';

export function ServicesArea({ accountId, path }: AccountAreaProps): ReactElement {
  const services = useServices(accountId);
  const vms = useVms(accountId);
  const offline = isOffline(services.cached) || isOffline(vms.cached);
  const account = useMemo(() => ({ accountId, writes: hostingWrites(accountId), offline }), [accountId, offline]);
  const [first, second, third] = path;
  let screen: ReactElement;
  if (first === 'vms' && second && third) screen = <VmDetailScreen serviceId={second} vmId={third} />;
  else if (first && first !== 'vms') screen = <ServiceDetailScreen serviceId={first} />;
  else {
    const tab = first === 'vms' ? 'vms' : 'services';
    screen = (
      <Page
        className="page-table"
        titleId="hosting-title"
        title={tab === 'vms' ? 'Virtual machines' : 'Services'}
        resource={tab === 'vms' ? vms : services}
        below={<HostingTabs accountId={accountId} tab={tab} />}
      >
        {tab === 'vms' ? (
          <VmsScreen vms={asCached(vms)} services={asCached(services)} reload={() => void vms.reload()} />
        ) : (
          <ServicesList services={services} />
        )}
      </Page>
    );
  }
  return <HostingProvider value={account}>{screen}</HostingProvider>;
}

function HostingTabs({ accountId, tab }: { accountId: string; tab: 'services' | 'vms' }): ReactElement {
  return (
    <nav aria-label="Services and VMs" className="link-tabs">
      <Link href={accountHref(accountId, 'services')} aria-current={tab === 'services' ? 'page' : undefined}>
        Services
      </Link>
      <Link href={accountHref(accountId, 'services', 'vms')} aria-current={tab === 'vms' ? 'page' : undefined}>
        Virtual machines
      </Link>
    </nav>
  );
}
