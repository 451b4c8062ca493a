import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { PDFDocument } from 'pdf-lib';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors.ts';
import { openStoredFile, readStoredFile, sniffUpload, storeFile, UPLOAD_KINDS } from './file-store.ts';

let pdf: Uint8Array;
let png: Uint8Array;
let xlsx: Uint8Array;
const jpg = Uint8Array.from([
  0xff,
  0xd8,
  0xff,
  0xe0,
  0x00,
  0x10,
  0x4a,
  0x46,
  0x49,
  0x46,
  0x00,
  0x01,
  ...new Array(64).fill(0),
]);
// The 8-byte signature of a Compound File (the container of .doc and .xls) followed by an empty header.
const cfb = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
const text = new TextEncoder().encode('这不是 PDF，只是一段文字。\n');
const svg = new TextEncoder().encode(
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
);
const all = UPLOAD_KINDS;

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

beforeAll(async () => {
  const doc = await PDFDocument.create();
  doc.addPage().drawText('hello');
  pdf = await doc.save();
  png = await QRCode.toBuffer('https://example.gov.cn');
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('材料').addRow(['材料名称', '营业执照']);
  xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
});

describe('sniffUpload', () => {
  it.each([
    ['申请书.pdf', () => pdf, 'pdf', 'application/pdf'],
    ['照片.PNG', () => png, 'png', 'image/png'],
    ['照片.jpeg', () => jpg, 'jpg', 'image/jpeg'],
    [
      '材料清单.xlsx',
      () => xlsx,
      'xlsx',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
    ['旧申请书.doc', () => cfb, 'doc', 'application/msword'],
    ['旧报表.xls', () => cfb, 'xls', 'application/vnd.ms-excel'],
    ['no-extension', () => pdf, 'pdf', 'application/pdf'],
  ])('accepts %s as %s', async (name, bytes, kind, mime) => {
    await expect(sniffUpload(bytes(), name, all)).resolves.toEqual({ kind, ext: kind, mime });
  });

  it('refuses text renamed to .pdf and names what it really is', async () => {
    const error = await rejection(sniffUpload(text, '申请书.pdf', all));
    expect(error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(error.status).toBe(415);
    expect(error.message).toContain('纯文本');
  });

  it('refuses SVG whatever its name', async () => {
    for (const name of ['图标.svg', '图标.png']) {
      const error = await rejection(sniffUpload(svg, name, all));
      expect(error.status).toBe(415);
      expect(error.message).toContain('SVG');
    }
  });

  it('refuses content whose extension disagrees', async () => {
    const error = await rejection(sniffUpload(png, '申请书.pdf', all));
    expect(error.status).toBe(415);
    expect(error.message).toContain('.pdf 与文件内容不符');
    expect(error.message).toContain('PNG');
  });

  it('refuses an allowed-elsewhere type not on this list', async () => {
    const error = await rejection(sniffUpload(png, '照片.png', ['pdf']));
    expect(error.status).toBe(415);
    expect(error.message).toContain('仅支持 PDF');
  });

  it('refuses a compound file that is neither .doc nor .xls', async () => {
    expect((await rejection(sniffUpload(cfb, '安装包.msi', all))).status).toBe(415);
  });
});

describe('storeFile', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'msb-files-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('stores by SHA-256 and reads the same bytes back', async () => {
    const stored = await storeFile(dir, pdf, '申请书.pdf', { maxBytes: 1_000_000, allowed: all });
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    expect(stored).toEqual({ sha256, size: pdf.length, mime: 'application/pdf', ext: 'pdf' });
    expect(Buffer.from(await readStoredFile(dir, sha256)).equals(Buffer.from(pdf))).toBe(true);
    const { stream, size } = await openStoredFile(dir, sha256);
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(Buffer.from(chunk));
    expect(size).toBe(pdf.length);
    expect(Buffer.concat(chunks).equals(Buffer.from(pdf))).toBe(true);
  });

  it('keeps one file for the same bytes stored twice, with no temporary files left', async () => {
    const a = await storeFile(dir, png, 'a.png', { maxBytes: 1_000_000, allowed: all });
    const b = await storeFile(dir, png, 'b.png', { maxBytes: 1_000_000, allowed: all });
    expect(b.sha256).toBe(a.sha256);
    expect(await readdir(join(dir, 'files', a.sha256.slice(0, 2)))).toEqual([a.sha256]);
  });

  it('refuses a file over the limit with 413 before looking at it', async () => {
    const error = await rejection(
      storeFile(dir, new Uint8Array(2048), 'big.pdf', { maxBytes: 1024, allowed: all }),
    );
    expect(error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(error.status).toBe(413);
  });

  it('refuses a refused type without writing anything', async () => {
    const error = await rejection(storeFile(dir, svg, 'x.svg', { maxBytes: 1_000_000, allowed: all }));
    expect(error.status).toBe(415);
    const sha256 = createHash('sha256').update(svg).digest('hex');
    expect((await rejection(readStoredFile(dir, sha256))).code).toBe('NOT_FOUND');
  });

  it.each(['../../etc/passwd', 'ABCDEF'.padEnd(64, '0'), `${'a'.repeat(63)}/`, ''])(
    'refuses the name %j when reading',
    async (name) => {
      expect((await rejection(readStoredFile(dir, name))).status).toBe(422);
    },
  );
});
