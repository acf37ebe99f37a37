/** A VM as the hosting feature hands it to the screens, with nothing but what a test names. */
import type { Vm } from '../../../../common/models/hostbill';

export const testVm = (fields: Pick<Vm, 'id' | 'state'> & Partial<Vm>): Vm => ({
  serviceId: 's1',
  label: `vm-${fields.id}`,
  hostname: null,
  ipv4: [],
  ipv6: [],
  template: null,
  templateName: null,
  os: null,
  flavor: null,
  cpu: null,
  memoryMb: null,
  diskGb: null,
  createdAt: null,
  ...fields,
});
