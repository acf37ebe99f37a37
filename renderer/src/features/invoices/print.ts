/**
 * Print: main writes the invoice's PDF from the cache; the browser host then shows it in a new tab
 * (its host route serves only files under <data-dir>/exports/), where the browser's viewer prints it.
 * Electron saves it through the native dialog and opens it in the system's viewer, which prints it.
 */
import type { Result } from '../../../../common/result';
import { call } from '../../lib/api';
import { invoiceCalls } from './invoices-data';

export async function printInvoice(accountId: string, invoiceId: string): Promise<Result<{ path: string } | null>> {
  const saved = await invoiceCalls.exportPdf(accountId, [invoiceId]);
  if (!saved.ok || saved.value === null) return saved;
  const info = await call((api) => api.app.info());
  if (info.ok && info.value.host === 'browser') {
    const name = saved.value.path.split(/[\\/]/).pop() ?? '';
    window.open(`/__host/exports/${encodeURIComponent(name)}`, '_blank', 'noopener');
  } else if (info.ok) {
    const path = saved.value.path;
    const opened = await call((api) => api.exports.open({ path }));
    if (!opened.ok) return opened;
  }
  return saved;
}
