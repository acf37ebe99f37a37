import type { ReactElement } from 'react';
import type { Route } from '../../app/navigation-store';
import { NotBuiltScreen } from '../shell/not-built-screen';

/** The Services & VMs area. (Filled in by the hosting feature.) */
export function ServicesArea(_props: { route: Route }): ReactElement {
  return <NotBuiltScreen title="Services & VMs" icon="services" what="HostBill services and their virtual machines." />;
}
