// Catalogue fixtures for API tests: a real PDF uploaded as blank/sample form, a complete guide using it,
// and a base item + implementation + published version in a department of its own.
import type { Guide } from '@msb/contracts';
import { PDFDocument } from 'pdf-lib';
import { buildGuide } from '../src/modules/catalog/domain/test-guide.ts';
import { makeOrg, type TestContext } from './harness.ts';

export async function tinyPdf(text = 'form'): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(text);
  doc.addPage([200, 200]);
  return doc.save();
}

export async function uploadFile(
  ctx: TestContext,
  cookie: string,
  bytes: Uint8Array,
  filename: string,
  contentType = 'application/pdf',
) {
  const boundary = '----msbtestboundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return ctx.app.inject({
    method: 'POST',
    url: '/api/catalog/files',
    headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([head, Buffer.from(bytes), tail]),
  });
}

/** A guide that passes every publishing check, its forms uploaded for real. */
export async function publishableGuide(
  ctx: TestContext,
  cookie: string,
  overrides: Partial<Guide> = {},
): Promise<Guide> {
  const res = await uploadFile(ctx, cookie, await tinyPdf(`form-${Math.random()}`), '申请表.pdf');
  if (res.statusCode !== 201) throw new Error(`upload failed: ${res.body}`);
  const sha = res.json().sha256 as string;
  const guide = buildGuide(overrides);
  return {
    ...guide,
    materials: guide.materials.map((m) => (m.isForm ? { ...m, blankForm: sha, sampleForm: sha } : m)),
    result: { ...guide.result, sample: sha },
  };
}

let seq = 0;
export async function createItem(
  ctx: TestContext,
  editorCookie: string,
  options: {
    regionCode?: string;
    orgId?: string;
    guide?: Guide;
    baseCode?: string;
    baseItemId?: string;
  } = {},
) {
  seq++;
  const regionCode = options.regionCode ?? '150203000000';
  const orgId = options.orgId ?? (await makeOrg(ctx, regionCode)).id;
  const guide = options.guide ?? (await publishableGuide(ctx, editorCookie));
  const baseCode = options.baseCode ?? `T${Date.now().toString(36)}${seq}`.toUpperCase();
  const base = options.baseItemId
    ? undefined
    : await ctx.app.inject({
        method: 'POST',
        url: '/api/catalog/base-items',
        headers: { cookie: editorCookie },
        payload: {
          code: baseCode,
          name: guide.name,
          itemType: guide.itemType,
          basis: guide.basis,
          competentDept: '市场监督管理局',
        },
      });
  const baseItemId =
    options.baseItemId ?? (base?.statusCode === 201 ? (base.json().id as string) : undefined);
  const impl = await ctx.app.inject({
    method: 'POST',
    url: '/api/catalog/implementations',
    headers: { cookie: editorCookie },
    payload: {
      baseItemId,
      code: `${baseCode}-${regionCode}-${seq}`,
      regionCode,
      orgId,
      guide: { ...guide, baseCode },
    },
  });
  if (impl.statusCode !== 201)
    throw new Error(`create implementation failed: ${impl.statusCode} ${impl.body}`);
  return {
    id: impl.json().id as string,
    versionId: impl.json().version.id as string,
    orgId,
    baseItemId,
    baseCode,
    guide: { ...guide, baseCode },
  };
}

export async function submitAndPublish(
  ctx: TestContext,
  editorCookie: string,
  reviewerCookie: string,
  versionId: string,
) {
  const s = await ctx.app.inject({
    method: 'POST',
    url: `/api/catalog/versions/${versionId}/submit`,
    headers: { cookie: editorCookie },
    payload: {},
  });
  if (s.statusCode !== 200) throw new Error(`submit failed: ${s.body}`);
  const p = await ctx.app.inject({
    method: 'POST',
    url: `/api/catalog/versions/${versionId}/publish`,
    headers: { cookie: reviewerCookie },
    payload: {},
  });
  if (p.statusCode !== 200) throw new Error(`publish failed: ${p.body}`);
  return p.json();
}
