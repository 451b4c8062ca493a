import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdfText } from '../src/platform/pdf-inspect.testkit.ts';
import { createItem, submitAndPublish, tinyPdf, uploadFile } from './catalog-fixtures.ts';
import { createTestContext, makeStaff, type TestContext } from './harness.ts';

let ctx: TestContext;
let editor: { cookie: string };
let reviewer: { cookie: string };

beforeAll(async () => {
  ctx = await createTestContext({ uploadMaxBytes: 200_000 });
  editor = await makeStaff(ctx, ['catalog_editor'], { regionCode: '150203000000' });
  reviewer = await makeStaff(ctx, ['catalog_reviewer'], { regionCode: '150203000000' });
});
afterAll(async () => ctx.close());

const multipart = (url: string, cookie: string, bytes: Uint8Array, filename: string, type: string) => {
  const boundary = '----msbxlsx';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    Buffer.from(bytes),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return ctx.app.inject({
    method: 'POST',
    url,
    headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload,
  });
};

describe('form files', () => {
  it('stores an upload by its SHA-256 and serves it publicly with its name', async () => {
    const pdf = await tinyPdf('空白表格');
    const res = await uploadFile(ctx, editor.cookie, pdf, '申请表.pdf');
    expect(res.statusCode).toBe(201);
    const { sha256 } = res.json();
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
    const again = await uploadFile(ctx, editor.cookie, pdf, '另一个名字.pdf');
    expect(again.json().sha256).toBe(sha256);
    const file = await ctx.app.inject(`/api/files/${sha256}`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
    expect(decodeURIComponent(String(file.headers['content-disposition']))).toContain('申请表.pdf');
  });

  it('refuses an oversized upload with 413 and a disguised one with 415', async () => {
    const big = new Uint8Array(300_000);
    big.set(await tinyPdf(), 0);
    expect((await uploadFile(ctx, editor.cookie, big, 'big.pdf')).statusCode).toBe(413);
    const script = new TextEncoder().encode('#!/bin/sh\nrm -rf /\n');
    const disguised = await uploadFile(ctx, editor.cookie, script, '申请表.pdf');
    expect(disguised.statusCode).toBe(415);
    expect(disguised.json().error.message).toMatch(/类型/);
    const svg = new TextEncoder().encode(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    );
    expect((await uploadFile(ctx, editor.cookie, svg, 'x.svg', 'image/svg+xml')).statusCode).toBe(415);
  });

  it('answers unknown files with 404 and refuses uploads from outside the editor roles', async () => {
    expect((await ctx.app.inject(`/api/files/${'0'.repeat(64)}`)).statusCode).toBe(404);
    expect((await ctx.app.inject('/api/files/..%2F..%2Fetc%2Fpasswd')).statusCode).toBe(422);
    expect((await uploadFile(ctx, reviewer.cookie, await tinyPdf(), 'a.pdf')).statusCode).toBe(403);
  });
});

describe('one-time notice PDF', () => {
  it('renders the published guide in Chinese with its materials, limits and a QR code', async () => {
    const item = await createItem(ctx, editor.cookie);
    await submitAndPublish(ctx, editor.cookie, reviewer.cookie, item.versionId);
    const res = await ctx.app.inject(`/api/items/${item.id}/notice.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = (await readPdfText(new Uint8Array(res.rawPayload))).join('\n');
    expect(text).toContain('一次性告知单');
    expect(text).toContain(item.guide.name);
    expect(text).toContain(item.guide.materials[0]?.name ?? '??');
    expect(text).toMatch(/20\s*个?工作日/);
  });
});

describe('materials spreadsheet', () => {
  it('exports the materials as .xlsx and imports an edited sheet back as a draft', async () => {
    const item = await createItem(ctx, editor.cookie);
    const res = await ctx.app.inject({
      url: '/api/catalog/materials.xlsx',
      headers: { cookie: editor.cookie },
    });
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const codeCol = header.indexOf('实施编码');
    const nameCol = header.indexOf('材料名称');
    let edited = 0;
    sheet.eachRow((row, n) => {
      if (n === 1 || !String(row.getCell(codeCol).value).startsWith(item.baseCode)) return;
      if (edited === 0) row.getCell(nameCol).value = `${row.getCell(nameCol).text}（新版）`;
      edited++;
    });
    expect(edited).toBe(item.guide.materials.length);
    // keep only this item's rows
    const keep = new ExcelJS.Workbook();
    const out = keep.addWorksheet(sheet.name);
    sheet.eachRow((row, n) => {
      if (n === 1 || String(row.getCell(codeCol).value).startsWith(item.baseCode)) out.addRow(row.values);
    });
    const bytes = new Uint8Array(await keep.xlsx.writeBuffer());
    const imported = await multipart(
      '/api/catalog/materials.xlsx',
      editor.cookie,
      bytes,
      '材料.xlsx',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(imported.statusCode).toBe(200);
    expect(imported.json()).toEqual({ implementations: 1, materials: item.guide.materials.length });
    const detail = (
      await ctx.app.inject({
        url: `/api/catalog/implementations/${item.id}`,
        headers: { cookie: editor.cookie },
      })
    ).json();
    expect(detail.latest.guide.materials[0].name).toMatch(/（新版）$/);
    // forms are kept from the material of the same id
    const form = detail.latest.guide.materials.find((m: { isForm: boolean }) => m.isForm);
    expect(form.blankForm).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a sheet with a bad cell, naming its row, and writes nothing', async () => {
    const item = await createItem(ctx, editor.cookie);
    const res = await ctx.app.inject({
      url: '/api/catalog/materials.xlsx',
      headers: { cookie: editor.cookie },
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const reqCol = header.indexOf('必要性');
    sheet.getRow(2).getCell(reqCol).value = '随便';
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const imported = await multipart(
      '/api/catalog/materials.xlsx',
      editor.cookie,
      bytes,
      '材料.xlsx',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(imported.statusCode).toBe(422);
    expect(imported.json().error.details.fields[0].field).toMatch(/^第2行/);
    const detail = (
      await ctx.app.inject({
        url: `/api/catalog/implementations/${item.id}`,
        headers: { cookie: editor.cookie },
      })
    ).json();
    expect(detail.versions).toHaveLength(1);
  });

  it('refuses a file that is not a spreadsheet with 415', async () => {
    const res = await multipart(
      '/api/catalog/materials.xlsx',
      editor.cookie,
      await tinyPdf(),
      '材料.xlsx',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.statusCode).toBe(415);
  });
});
