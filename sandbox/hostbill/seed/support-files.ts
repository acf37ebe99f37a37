/**
 * Real files for ticket attachments, built byte by byte so tests can compare hashes: a valid PNG
 * (zlib-compressed image data, CRCs), a valid ZIP (one stored entry), a PDF and a text log.
 */
import { crc32, deflateSync } from 'node:zlib';

export interface SampleFile {
  readonly filename: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

function u32(value: number): Buffer {
  const out = Buffer.alloc(4);
  out.writeUInt32BE(value >>> 0);
  return out;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.from(type, 'ascii');
  return Buffer.concat([u32(data.length), head, data, u32(crc32(Buffer.concat([head, data])))]);
}

/** An RGB gradient of width × height: every byte value 0..255 turns up in the compressed stream. */
export function samplePng(width = 32, height = 24): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, truecolour, deflate, no filter, no interlace
  const rows: number[] = [];
  for (let y = 0; y < height; y += 1) {
    rows.push(0); // filter: none
    for (let x = 0; x < width; x += 1) rows.push((x * 8) & 255, (y * 10) & 255, ((x + y) * 5) & 255);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(
    Buffer.concat([
      signature,
      pngChunk('IHDR', header),
      pngChunk('IDAT', deflateSync(Buffer.from(rows))),
      pngChunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

/** A ZIP with one stored (uncompressed) file, as `unzip -t` accepts it. */
export function sampleZip(entryName: string, content: Uint8Array): Uint8Array {
  const name = Buffer.from(entryName, 'utf8');
  const data = Buffer.from(content);
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4); // version needed
  local.writeUInt16LE(0x0800, 6); // UTF-8 names
  local.writeUInt16LE(0, 8); // stored
  local.writeUInt32LE(0, 10); // time/date
  local.writeUInt32LE(crc >>> 0, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(name.length, 26);
  local.writeUInt16LE(0, 28);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(0x0800, 8);
  central.writeUInt16LE(0, 10);
  central.writeUInt32LE(0, 12);
  central.writeUInt32LE(crc >>> 0, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt32LE(0, 42); // local header offset
  const centralOffset = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return new Uint8Array(Buffer.concat([local, name, data, central, name, end]));
}

/** A one-page PDF with a correct cross-reference table. */
export function samplePdf(line: string): Uint8Array {
  const safe = line.replace(/[()\\]/g, '');
  const stream = `BT /F1 14 Tf 72 720 Td (${safe}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(out.length);
    out += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

const LOG_TEXT =
  'Nov 19 10:22:01 web-01 nginx[812]: 502 Bad Gateway upstream: php-fpm\nNov 19 10:22:07 web-01 nginx[812]: recovered\n';

export function sampleFiles(): Record<'png' | 'zip' | 'pdf' | 'log', SampleFile> {
  const log = new TextEncoder().encode(LOG_TEXT);
  return {
    png: { filename: 'screenshot.png', contentType: 'image/png', bytes: samplePng() },
    zip: { filename: 'logs-web-01.zip', contentType: 'application/zip', bytes: sampleZip('nginx-error.log', log) },
    pdf: { filename: 'invoice-dispute.pdf', contentType: 'application/pdf', bytes: samplePdf('Invoice dispute') },
    log: { filename: 'error-log.txt', contentType: 'text/plain; charset=utf-8', bytes: log },
  };
}
