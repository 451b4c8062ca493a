// Bad input through HTTP: checksums of ID numbers and credit codes, an application form that fails the
// item's own form (every failing field at once), uploads that are too large or not what their name says,
// unknown materials, late uploads — and reuse of a material verified in an earlier case (seed 001:
// 不得要求重复提交), which only the same applicant is offered.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { files } from '../src/modules/documents/documents.tables.ts';
import {
  act,
  type Desk,
  fieldsOf,
  fullChecklist,
  newCreditCode,
  newIdNumber,
  newMobile,
  PERSON_FORM,
  publishedItemWithStaff,
  readyDraft,
  registerCitizen,
  requiredMaterialIds,
  uploadMaterial,
} from './case-fixtures.ts';
import { createTestContext, type TestContext } from './harness.ts';

const UPLOAD_MAX_BYTES = 8 * 1024;
/** A real 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

let ctx: TestContext;
let desk: Desk;
beforeAll(async () => {
  ctx = await createTestContext({ uploadMaxBytes: UPLOAD_MAX_BYTES });
  desk = await publishedItemWithStaff(ctx);
});
afterAll(async () => ctx.close());

const post = (url: string, payload: object, cookie: string) =>
  ctx.app.inject({ method: 'POST', url, payload, headers: { cookie } });
const get = (url: string, cookie: string) => ctx.app.inject({ url, headers: { cookie } });
const withWrongCheck = (code: string) => `${code.slice(0, 17)}${code.endsWith('1') ? '2' : '1'}`;
const fileCount = async () =>
  (await ctx.deps.db.select({ n: sql<number>`count(*)::int` }).from(files))[0]?.n ?? 0;

describe('checksums at the window', () => {
  it('refuses an ID number with a wrong check character: 422 naming idNumber, nothing recorded', async () => {
    const clerk = desk.window.cookie;
    const idNumber = withWrongCheck(newIdNumber());
    const res = await post('/api/persons', { name: '示例到窗居民', idNumber }, clerk);
    expect(res.statusCode).toBe(422);
    expect(fieldsOf(res)).toEqual(['idNumber']);
    const lookup = await get(`/api/persons?idNumber=${idNumber}`, clerk);
    expect(lookup.statusCode).toBe(422);
    expect(fieldsOf(lookup)).toEqual(['idNumber']);
  });

  it('refuses a credit code with a wrong check character: 422 naming creditCode', async () => {
    const res = await post(
      '/api/enterprises',
      {
        name: '示例贸易有限公司',
        creditCode: withWrongCheck(newCreditCode()),
        legalRepName: '示例法人',
        legalRepIdNumber: newIdNumber(),
      },
      desk.chief.cookie,
    );
    expect(res.statusCode).toBe(422);
    expect(fieldsOf(res)).toEqual(['creditCode']);
  });
});

describe("the item's application form", () => {
  let childItem: Desk;
  beforeAll(async () => {
    childItem = await publishedItemWithStaff(ctx, {
      name: '出生医学证明补发（示例）',
      audience: ['person'],
      applicationForm: {
        fields: [
          { key: 'child.name', required: true },
          { key: 'child.birthDate', required: true },
          { key: 'child.gender', required: true },
        ],
      },
    });
  });

  it('refuses the submission with every failing field listed, and takes it once they are right', async () => {
    const citizen = await registerCitizen(ctx);
    const draft = await ctx.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { cookie: citizen.cookie },
      payload: {
        implementationId: childItem.item.id,
        channel: 'web',
        deliveryPreference: 'download',
        // no name; 30 February; a gender code outside GB/T 2261.1's offered values
        formData: { ...PERSON_FORM, 'child.birthDate': '2024-02-30', 'child.gender': '9' },
      },
    });
    expect(draft.statusCode).toBe(201);
    const id = draft.json().id;
    expect(draft.json().form.schema.properties['child.birthDate']).toMatchObject({ format: 'date' });
    for (const materialId of requiredMaterialIds(childItem.item.guide)) {
      expect((await uploadMaterial(ctx, citizen.cookie, id, materialId)).statusCode).toBe(201);
    }
    const refused = await act(ctx, citizen.cookie, id, 'submit');
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('VALIDATION_FAILED');
    expect(fieldsOf(refused)).toEqual([
      'formData.child.name',
      'formData.child.birthDate',
      'formData.child.gender',
    ]);
    expect((await get(`/api/cases/${id}`, citizen.cookie)).json().state).toBe('draft');

    const saved = await ctx.app.inject({
      method: 'PUT',
      url: `/api/cases/${id}/draft`,
      headers: { cookie: citizen.cookie },
      payload: {
        formData: { 'child.name': '示例宝宝', 'child.birthDate': '2024-02-29', 'child.gender': '2' },
      },
    });
    expect(saved.statusCode).toBe(200);
    const submitted = await act(ctx, citizen.cookie, id, 'submit');
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json().state).toBe('submitted');
  });

  it('refuses the same form at window intake, every field at once, and creates no case', async () => {
    const person = await post(
      '/api/persons',
      { name: '示例到窗居民', idNumber: newIdNumber() },
      desk.window.cookie,
    );
    const res = await post(
      '/api/window/cases',
      {
        implementationId: childItem.item.id,
        applicant: { personId: person.json().id },
        contactMobile: newMobile(),
        deliveryPreference: 'window',
        formData: { 'child.birthDate': '2024-13-01' },
      },
      childItem.window.cookie,
    );
    expect(res.statusCode).toBe(422);
    expect(fieldsOf(res)).toEqual([
      'formData.child.name',
      'formData.child.birthDate',
      'formData.child.gender',
    ]);
    const queue = (await get('/api/worklists/window?pageSize=100', childItem.window.cookie)).json();
    expect(queue.items.filter((i: { applicantName: string }) => i.applicantName === '示例到窗居民')).toEqual(
      [],
    );
  });
});

describe('uploads', () => {
  it('answers 413 above UPLOAD_MAX_BYTES and stores nothing', async () => {
    const citizen = await registerCitizen(ctx);
    const id = await readyDraft(ctx, desk, citizen);
    const before = (await get(`/api/cases/${id}`, citizen.cookie)).json().materials.length;
    const files0 = await fileCount();
    const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(UPLOAD_MAX_BYTES * 2, 0x20)]);
    const res = await uploadMaterial(
      ctx,
      citizen.cookie,
      id,
      requiredMaterialIds(desk.item.guide)[0] ?? '',
      big,
    );
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    expect((await get(`/api/cases/${id}`, citizen.cookie)).json().materials).toHaveLength(before);
    expect(await fileCount()).toBe(files0);
  });

  it('answers 415 for a .pdf that is really a PNG or plain text', async () => {
    const citizen = await registerCitizen(ctx);
    const id = await readyDraft(ctx, desk, citizen);
    const materialId = requiredMaterialIds(desk.item.guide)[0] ?? '';
    const png = await uploadMaterial(ctx, citizen.cookie, id, materialId, PNG, '身份证.pdf');
    expect(png.statusCode).toBe(415);
    expect(png.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const text = await uploadMaterial(
      ctx,
      citizen.cookie,
      id,
      materialId,
      Buffer.from('不是 PDF，只是文字'),
      '申请书.pdf',
    );
    expect(text.statusCode).toBe(415);
    // the same PNG under its own name is a picture the item accepts
    expect(
      (await uploadMaterial(ctx, citizen.cookie, id, materialId, PNG, '身份证.png', 'image/png')).statusCode,
    ).toBe(201);
  });

  it('answers 422 for a material the guide does not list', async () => {
    const citizen = await registerCitizen(ctx);
    const id = await readyDraft(ctx, desk, citizen);
    const res = await uploadMaterial(ctx, citizen.cookie, id, 'no-such-material');
    expect(res.statusCode).toBe(422);
    expect(fieldsOf(res)).toEqual(['materialId']);
  });

  it('answers 409 to an applicant uploading after submission; the window may still add to it', async () => {
    const citizen = await registerCitizen(ctx);
    const id = await readyDraft(ctx, desk, citizen);
    expect((await act(ctx, citizen.cookie, id, 'submit')).statusCode).toBe(200);
    const materialId = requiredMaterialIds(desk.item.guide)[0] ?? '';
    const late = await uploadMaterial(ctx, citizen.cookie, id, materialId);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('INVALID_TRANSITION');
    expect(late.json().error.message).toContain('待受理');
    expect((await uploadMaterial(ctx, desk.window.cookie, id, materialId)).statusCode).toBe(201);
    // nor may the applicant remove what was submitted
    const material = (await get(`/api/cases/${id}`, citizen.cookie)).json().materials[0];
    const remove = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/cases/${id}/materials/${material.id}`,
      headers: { cookie: citizen.cookie },
    });
    expect(remove.statusCode).toBe(409);
  });
});

describe('reuse of a material verified in an earlier case (不得要求重复提交)', () => {
  it('offers the verified material to the same applicant, reuses it without a new upload, hides it from others', async () => {
    const citizen = await registerCitizen(ctx);
    const first = await readyDraft(ctx, desk, citizen);
    const { caseNumber } = (await act(ctx, citizen.cookie, first, 'submit')).json();
    const accepted = await act(ctx, desk.window.cookie, first, 'accept', {
      materialsChecklist: fullChecklist(desk.item.guide),
    });
    expect(accepted.statusCode).toBe(200);
    const verified = accepted.json().materials as { id: string; materialId: string; status: string }[];
    expect(verified.every((m) => m.status === 'verified')).toBe(true);

    const second = await ctx.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { cookie: citizen.cookie },
      payload: { implementationId: desk.item.id, channel: 'web', deliveryPreference: 'download' },
    });
    const secondId = second.json().id;
    const offered = (await get(`/api/cases/${secondId}/reusable-materials`, citizen.cookie)).json().items as {
      materialId: string;
      fromId: string;
      caseNumber: string;
    }[];
    const required = requiredMaterialIds(desk.item.guide);
    expect(offered.map((o) => o.materialId).sort()).toEqual([...required].sort());
    expect(offered.every((o) => o.caseNumber === caseNumber)).toBe(true);
    expect(offered.every((o) => verified.some((v) => v.id === o.fromId))).toBe(true);

    const filesBefore = await fileCount();
    for (const offer of offered) {
      const reused = await post(
        `/api/cases/${secondId}/materials/reuse`,
        { materialId: offer.materialId, fromId: offer.fromId },
        citizen.cookie,
      );
      expect(reused.statusCode).toBe(201);
      expect(reused.json()).toMatchObject({ source: 'reuse', reusedFrom: offer.fromId, status: 'submitted' });
    }
    expect(await fileCount()).toBe(filesBefore);
    const view = (await get(`/api/cases/${secondId}`, citizen.cookie)).json();
    expect(view.materials.map((m: { source: string }) => m.source)).toEqual(required.map(() => 'reuse'));
    // the same bytes come back through the new case
    const original = await get(`/api/cases/${first}/materials/${offered[0]?.fromId}/file`, citizen.cookie);
    const copy = await get(view.materials[0].downloadUrl, citizen.cookie);
    expect(copy.statusCode).toBe(200);
    expect(Buffer.compare(copy.rawPayload, original.rawPayload)).toBe(0);
    // complete without uploading anything again
    expect((await act(ctx, citizen.cookie, secondId, 'submit')).json().state).toBe('submitted');

    const other = await registerCitizen(ctx);
    const othersDraft = await readyDraft(ctx, desk, other);
    expect((await get(`/api/cases/${othersDraft}/reusable-materials`, other.cookie)).json().items).toEqual(
      [],
    );
    const stolen = await post(
      `/api/cases/${othersDraft}/materials/reuse`,
      { materialId: offered[0]?.materialId, fromId: offered[0]?.fromId },
      other.cookie,
    );
    expect(stolen.statusCode).toBe(422);
    expect(fieldsOf(stolen)).toEqual(['fromId']);
  });
});
