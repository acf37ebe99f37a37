/** The DNS area of a HostBill account: the zones, or one zone's records (`#/a/<id>/dns/<serviceId>/<zoneId>`). */
import type { ReactElement } from 'react';
import type { AccountAreaProps } from '../../app/area-props';
import { ZoneScreen } from './zone-screen';
import { ZonesScreen } from './zones-screen';
import './dns.css';

export function DnsArea({ accountId, path }: AccountAreaProps): ReactElement {
  const [serviceId, zoneId] = path;
  if (serviceId && zoneId)
    return <ZoneScreen key={`${serviceId}:${zoneId}`} accountId={accountId} serviceId={serviceId} zoneId={zoneId} />;
  return <ZonesScreen accountId={accountId} />;
}
