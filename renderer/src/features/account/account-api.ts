/** The Portal account area's writes. */
import type { ProfileInput } from '../../../../common/portal/profile';
import { call } from '../../lib/api';

export const updateDetails = (accountId: string, input: Partial<ProfileInput>) =>
  call((api) => api.account.updateDetails({ accountId, ...input }));

export const markStatusSeen = (accountId: string, statusId: string) =>
  call((api) => api.account.setStatus({ accountId, statusId }));
