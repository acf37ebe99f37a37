/**
 * The Services & VMs area. Routes: services (list), services/<id> (a service), services/vms (all VMs),
 * services/vms/<serviceId>/<vmId> (a VM). Only for a HostBill account: anything else is said plainly.
 */
import { useEffect, type ReactElement } from 'react';
import type { Route } from '../../app/navigation-store';
import { useNavigation } from '../../app/navigation-store';
import '../../styles/hosting.css';
import { AccountGuard } from './account-guard';
import { HostingPage } from './hosting-page';
import { useHostingStore } from './hosting-store';
import { ServiceDetailScreen } from './service-detail';
import { ServicesList } from './services-list';
import { VmDetailScreen } from './vm-detail';
import { VmsScreen } from './vms-screen';

export function ServicesArea({ route }: { route: Route }): ReactElement {
  return <AccountGuard>{(accountId) => <HostingScreens accountId={accountId} route={route} />}</AccountGuard>;
}

function HostingScreens({ accountId, route }: { accountId: string; route: Route }): ReactElement {
  const activate = useHostingStore((state) => state.activate);
  useEffect(() => activate(accountId), [accountId, activate]);
  const [first, second, third] = route.path;
  if (first === 'vms' && second && third) return <VmDetailScreen serviceId={second} vmId={third} />;
  if (first && first !== 'vms') return <ServiceDetailScreen serviceId={first} />;
  return <Frame tab={first === 'vms' ? 'vms' : 'services'}>{first === 'vms' ? <VmsScreen /> : <ServicesList />}</Frame>;
}

/** Header, sub-navigation and freshness line shared by the two list screens. */
function Frame({ tab, children }: { tab: 'services' | 'vms'; children: ReactElement }): ReactElement {
  const go = useNavigation((state) => state.go);
  const { services, vms } = useHostingStore();
  const cached = tab === 'vms' ? vms : services;
  return (
    <HostingPage
      titleId="hosting-title"
      cached={cached}
      heading={
        <div className="stack" style={{ gap: 10 }}>
          <h1 id="hosting-title">{tab === 'vms' ? 'Virtual machines' : 'Services'}</h1>
          <nav aria-label="Services and VMs" className="hosting-tabs">
            <a
              href="#/services"
              aria-current={tab === 'services' ? 'page' : undefined}
              onClick={(event) => {
                event.preventDefault();
                go('services');
              }}
            >
              Services
            </a>
            <a
              href="#/services/vms"
              aria-current={tab === 'vms' ? 'page' : undefined}
              onClick={(event) => {
                event.preventDefault();
                go('services', 'vms');
              }}
            >
              Virtual machines
            </a>
          </nav>
        </div>
      }
    >
      {children}
    </HostingPage>
  );
}
