/** Today's date by this computer's clock (YYYY-MM-DD), read once per screen: what "overdue" is measured against. */
import { useState } from 'react';
import { localDay } from '../../../../common/invoices/overdue';

export function useToday(): string {
  const [today] = useState(() => localDay(Date.now()));
  return today;
}
