import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Invoice } from '../../../../common/models/hostbill';
import { renderInvoicesPdf } from './invoice-pdf';
import { paperForLocale } from './paper';

const dir = mkdtempSync(join(tmpdir(), 'invoice-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function invoice(overrides: Partial<Invoice> = {}): Invoice {
  return {
    id: '308976',
    number: '2025/11/7',
    status: 'Unpaid',
    date: '2025-11-03',
    dueDate: '2025-11-10',
    paidAt: null,
    total: 1234.57,
    currency: 'EUR',
    subtotal: 1000.2,
    credit: 5,
    tax: 210.04,
    taxRate: 21,
    tax2: 24.33,
    taxRate2: 2.4,
    notes: 'Reverse charge does not apply.',
    lines: [
      {
        id: '1',
        type: 'Hosting',
        description: 'Cloud VPS — José Núñez',
        amount: 800.2,
        quantity: 1,
        lineTotal: 800.2,
        taxed: true,
        serviceId: '41',
      },
      {
        id: '2',
        type: 'Other',
        description: '技術サポート（山田 太郎）',
        amount: 200,
        quantity: 1,
        lineTotal: 200,
        taxed: true,
        serviceId: null,
      },
    ],
    address: {
      name: '王 小明',
      company: 'Müller & Söhne GmbH',
      lines: ['Hauptstraße 5', '10115 Berlin'],
      country: 'DE',
      email: 'billing@example.com',
      phone: null,
    },
    ...overrides,
  };
}

const options = {
  locale: 'de-DE',
  accountLabel: 'Demo portal',
  generatedAt: new Date('2025-11-20T10:00:00Z'),
  syncedAt: null,
};

function extract(pdf: Buffer, name: string): { text: string; info: string } {
  const file = join(dir, name);
  writeFileSync(file, pdf);
  return {
    text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }),
    info: execFileSync('pdfinfo', [file], { encoding: 'utf8' }),
  };
}

describe('invoice PDF', () => {
  it('opens, and pdftotext finds the number, the total, accented and CJK names', async () => {
    const pdf = await renderInvoicesPdf([invoice()], options);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { text, info } = extract(pdf, 'one.pdf');
    expect(info).toMatch(/Pages:\s+1\b/);
    expect(info).toMatch(/Page size:\s+595\.\d* x 841\.\d* pts \(A4\)/);
    expect(text).toContain('2025/11/7');
    expect(text).toContain('1.234,57 €');
    expect(text).toContain('王 小明');
    expect(text).toContain('技術サポート（山田 太郎）');
    expect(text).toContain('José Núñez');
    expect(text).toContain('Müller & Söhne GmbH');
    expect(text).toMatch(/Tax 2 2,4 %\s+24,33 €/);
    expect(text).toContain('Credit applied');
    expect(info).toMatch(/Title:\s+Invoice 2025\/11\/7/);
    // The font is embedded (a subset), not referenced.
    expect(execFileSync('pdffonts', [join(dir, 'one.pdf')], { encoding: 'utf8' })).toMatch(/NotoSansSC.*yes\s+yes/);
  });

  it('puts each invoice of a selection on its own page, Letter for a US locale, credit notes titled so', async () => {
    const selection = [
      invoice(),
      invoice({ id: '2', number: '2025/11/8', total: -19.65, status: 'Refunded', currency: 'USD' }),
      invoice({ id: '3', number: '2025/11/9', lines: [], address: null }),
    ];
    const { text, info } = extract(await renderInvoicesPdf(selection, { ...options, locale: 'en-US' }), 'three.pdf');
    expect(info).toMatch(/Pages:\s+3\b/);
    expect(info).toMatch(/612 x 792 pts \(letter\)/);
    const pages = text.split('\f');
    expect(pages[0]).toContain('2025/11/7');
    expect(pages[1]).toContain('Credit note');
    expect(pages[1]).toContain('-$19.65');
    expect(pages[2]).toContain('Lines not synced yet');
    expect(pages[2]).toContain('page 3 of 3');
  });

  it('continues a long invoice on the next page', async () => {
    const lines = Array.from({ length: 80 }, (_, i) => ({
      ...invoice().lines[0]!,
      id: String(i),
      description: `Line ${i + 1}`,
    }));
    const { text, info } = extract(await renderInvoicesPdf([invoice({ lines })], options), 'long.pdf');
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThan(1);
    expect(text).toContain('Line 80');
    expect(text).toContain('(continued)');
  });

  it('chooses Letter where it is the norm and A4 elsewhere', () => {
    expect(paperForLocale('en-US')).toBe('LETTER');
    expect(paperForLocale('en')).toBe('LETTER');
    expect(paperForLocale('fr-CA')).toBe('LETTER');
    expect(paperForLocale('en-GB')).toBe('A4');
    expect(paperForLocale('ja')).toBe('A4');
    expect(paperForLocale('not a locale!')).toBe('A4');
  });
});
