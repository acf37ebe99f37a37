import type { ReactElement } from 'react';
import type { Route } from '../../app/navigation-store';
import { NotBuiltScreen } from '../shell/not-built-screen';

/** The Contracts area (list and detail). (Filled in by the contracts feature.) */
export function ContractsArea(_props: { route: Route }): ReactElement {
  return <NotBuiltScreen title="Contracts" icon="contracts" what="IONOS reseller contracts and their admin users." />;
}
