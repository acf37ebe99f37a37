/**
 * Invoice PDFs from the cache: one invoice per page (a long one continues on the next), any script
 * printed with the embedded font, A4 or Letter from the locale. pdfkit runs in the main process, so
 * Electron and the browser host produce the same file.
 */
import PDFDocument from 'pdfkit';
import type { Invoice } from '../../../../common/models/hostbill';
import { invoiceFont } from './font';
import { printFormat, type PrintFormat } from './format';
import { paperForLocale } from './paper';

export interface InvoicePdfOptions {
  readonly locale: string;
  /** Printed in the footer: the account as the user named it. */
  readonly accountLabel: string;
  readonly generatedAt: Date;
  /** When the cached data was last synced, printed so a reader knows how fresh it is. */
  readonly syncedAt: number | null;
}

const MARGIN = 50;
const INK = '#1a1a1a';
const MUTED = '#666666';
const RULE = '#d0d0d0';
const FONT = 'invoice';

type Doc = InstanceType<typeof PDFDocument>;

export function renderInvoicesPdf(invoices: readonly Invoice[], options: InvoicePdfOptions): Promise<Buffer> {
  const doc = new PDFDocument({
    size: paperForLocale(options.locale),
    margin: MARGIN,
    autoFirstPage: false,
    bufferPages: true,
    lang: options.locale,
    info: {
      Title:
        invoices.length === 1 ? `Invoice ${invoices[0]!.number ?? invoices[0]!.id}` : `${invoices.length} invoices`,
      Creator: 'Reseller Console',
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont(FONT, invoiceFont());
  const format = printFormat(options.locale);
  for (const invoice of invoices) {
    doc.addPage();
    doc.font(FONT);
    drawInvoice(doc, invoice, format);
  }
  drawFooters(doc, options, format);
  doc.end();
  return done;
}

function drawInvoice(doc: Doc, invoice: Invoice, format: PrintFormat): void {
  const width = doc.page.width - MARGIN * 2;
  const title = invoice.total !== null && invoice.total < 0 ? 'Credit note' : 'Invoice';
  doc.fillColor(INK).fontSize(22).text(title, MARGIN, MARGIN);
  doc.fontSize(12).text(`No. ${invoice.number ?? invoice.id}`, { continued: false });
  doc.fillColor(MUTED).fontSize(9).text(`Portal invoice ID ${invoice.id} · Status: ${invoice.status}`);

  const facts: [string, string][] = [
    ['Issued', format.day(invoice.date)],
    ['Due', format.day(invoice.dueDate)],
    ['Paid', invoice.paidAt ? format.day(invoice.paidAt) : 'Not paid'],
    ['Currency', invoice.currency ?? '—'],
  ];
  let factY = MARGIN;
  for (const [label, value] of facts) {
    doc
      .fillColor(MUTED)
      .fontSize(9)
      .text(label, MARGIN + width - 200, factY, { width: 80 });
    doc
      .fillColor(INK)
      .fontSize(10)
      .text(value, MARGIN + width - 120, factY, { width: 120, align: 'right' });
    factY += 16;
  }

  let y = Math.max(doc.y, factY) + 20;
  doc.fillColor(MUTED).fontSize(9).text('Bill to', MARGIN, y);
  doc.fillColor(INK).fontSize(10);
  const address = invoice.address;
  const addressLines = address
    ? [address.company, address.name, ...address.lines, address.country, address.email].filter((line): line is string =>
        Boolean(line),
      )
    : ['Billing address not synced yet'];
  for (const line of addressLines) doc.text(line, MARGIN, doc.y, { width: width / 2 });
  y = doc.y + 24;
  y = drawLines(doc, invoice, format, y, width);
  drawTotals(doc, invoice, format, y + 10, width);
  if (invoice.notes) {
    doc.moveDown(1.5);
    doc.fillColor(MUTED).fontSize(9).text('Notes', MARGIN, doc.y);
    doc.fillColor(INK).fontSize(10).text(invoice.notes, MARGIN, doc.y, { width });
  }
}

const COLUMNS = { qty: 50, amount: 85, total: 90, taxed: 40 };

function drawLines(doc: Doc, invoice: Invoice, format: PrintFormat, top: number, width: number): number {
  const descriptionWidth = width - COLUMNS.qty - COLUMNS.amount - COLUMNS.total - COLUMNS.taxed;
  const x = {
    qty: MARGIN + descriptionWidth,
    amount: MARGIN + descriptionWidth + COLUMNS.qty,
    total: MARGIN + descriptionWidth + COLUMNS.qty + COLUMNS.amount,
    taxed: MARGIN + width - COLUMNS.taxed,
  };
  const header = (at: number): number => {
    doc.fillColor(MUTED).fontSize(9);
    doc.text('Description', MARGIN, at, { width: descriptionWidth });
    doc.text('Qty', x.qty, at, { width: COLUMNS.qty, align: 'right' });
    doc.text('Amount', x.amount, at, { width: COLUMNS.amount, align: 'right' });
    doc.text('Line total', x.total, at, { width: COLUMNS.total, align: 'right' });
    doc.text('Tax', x.taxed, at, { width: COLUMNS.taxed, align: 'right' });
    doc
      .moveTo(MARGIN, at + 14)
      .lineTo(MARGIN + width, at + 14)
      .strokeColor(RULE)
      .stroke();
    return at + 20;
  };
  let y = header(top);
  if (invoice.lines.length === 0) {
    doc.fillColor(MUTED).fontSize(10).text('Lines not synced yet: sync this account to print them.', MARGIN, y);
    return y + 20;
  }
  const bottom = doc.page.height - MARGIN - 40;
  for (const line of invoice.lines) {
    doc.fontSize(10);
    const height = Math.max(14, doc.heightOfString(line.description, { width: descriptionWidth - 8 }));
    if (y + height > bottom) {
      doc.addPage();
      doc
        .font(FONT)
        .fillColor(MUTED)
        .fontSize(9)
        .text(`${invoice.number ?? invoice.id} (continued)`, MARGIN, MARGIN);
      y = header(MARGIN + 20);
    }
    doc.fillColor(INK).fontSize(10);
    doc.text(line.description, MARGIN, y, { width: descriptionWidth - 8 });
    doc.text(line.quantity === null ? '' : String(line.quantity), x.qty, y, { width: COLUMNS.qty, align: 'right' });
    doc.text(format.money(line.amount, invoice.currency), x.amount, y, { width: COLUMNS.amount, align: 'right' });
    doc.text(format.money(line.lineTotal, invoice.currency), x.total, y, { width: COLUMNS.total, align: 'right' });
    doc.text(line.taxed ? 'yes' : 'no', x.taxed, y, { width: COLUMNS.taxed, align: 'right' });
    y += height + 6;
  }
  doc
    .moveTo(MARGIN, y)
    .lineTo(MARGIN + width, y)
    .strokeColor(RULE)
    .stroke();
  return y;
}

function drawTotals(doc: Doc, invoice: Invoice, format: PrintFormat, top: number, width: number): void {
  const rows: [string, string][] = [['Subtotal', format.money(invoice.subtotal, invoice.currency)]];
  if (invoice.taxRate || invoice.tax)
    rows.push([`Tax ${format.percent(invoice.taxRate)}`, format.money(invoice.tax, invoice.currency)]);
  if (invoice.taxRate2 || invoice.tax2)
    rows.push([`Tax 2 ${format.percent(invoice.taxRate2)}`, format.money(invoice.tax2, invoice.currency)]);
  if (invoice.credit) rows.push(['Credit applied', format.money(-invoice.credit, invoice.currency)]);
  const labelX = MARGIN + width - 260;
  let y = top;
  if (y + (rows.length + 1) * 18 > doc.page.height - MARGIN - 40) {
    doc.addPage();
    doc.font(FONT);
    y = MARGIN;
  }
  for (const [label, value] of rows) {
    doc.fillColor(MUTED).fontSize(10).text(label, labelX, y, { width: 150 });
    doc.fillColor(INK).text(value, labelX + 150, y, { width: 110, align: 'right' });
    y += 18;
  }
  doc
    .fillColor(INK)
    .fontSize(13)
    .text('Total', labelX, y + 4, { width: 150 });
  doc.text(format.money(invoice.total, invoice.currency), labelX + 110, y + 4, { width: 150, align: 'right' });
  if (invoice.credit && invoice.total !== null) {
    const due = Math.max(0, Math.round((invoice.total - invoice.credit) * 100) / 100);
    doc
      .fillColor(MUTED)
      .fontSize(10)
      .text('Amount due', labelX, y + 26, { width: 150 });
    doc.fillColor(INK).text(format.money(due, invoice.currency), labelX + 150, y + 26, { width: 110, align: 'right' });
  }
  doc.x = MARGIN;
}

function drawFooters(doc: Doc, options: InvoicePdfOptions, format: PrintFormat): void {
  const range = doc.bufferedPageRange();
  const synced =
    options.syncedAt === null ? '' : ` · data synced ${format.day(new Date(options.syncedAt).toISOString())}`;
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    const y = doc.page.height - MARGIN + 10;
    // Writing below the bottom margin would start a new page: lift the margin for the footer line.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font(FONT)
      .fillColor(MUTED)
      .fontSize(8)
      .text(
        `${options.accountLabel} · generated by Reseller Console ${format.day(options.generatedAt.toISOString())}${synced} · page ${index + 1} of ${range.count}`,
        MARGIN,
        y,
        { width: doc.page.width - MARGIN * 2, align: 'center', lineBreak: false },
      );
    doc.page.margins.bottom = bottom;
  }
}
