import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createItem, publishableGuide, submitAndPublish } from './catalog-fixtures.ts';
import { createTestContext, makeOrg, makeStaff, type TestContext } from './harness.ts';

let ctx: TestContext;
let editor: { cookie: string };
let reviewer: { cookie: string };
let otherEditor: { cookie: string };
let otherReviewer: { cookie: string };
const KDL = '150203000000';

beforeAll(async () => {
  ctx = await createTestContext();
  editor = await makeStaff(ctx, ['catalog_editor'], { regionCode: KDL });
  reviewer = await makeStaff(ctx, ['catalog_reviewer'], { regionCode: KDL });
  otherEditor = await makeStaff(ctx, ['catalog_editor'], { regionCode: '150700000000' });
  otherReviewer = await makeStaff(ctx, ['catalog_reviewer'], { regionCode: '150700000000' });
});
afterAll(async () => ctx.close());

const post = (url: string, cookie: string, payload: unknown = {}) =>
  ctx.app.inject({ method: 'POST', url, headers: { cookie }, payload: payload as object });
const put = (url: string, cookie: string, payload: unknown) =>
  ctx.app.inject({ method: 'PUT', url, headers: { cookie }, payload: payload as object });

describe('catalogue editing and publishing', () => {
  it('runs draft → in review → returned → in review → published, and only then shows the guide to citizens', async () => {
    const item = await createItem(ctx, editor.cookie);
    expect((await ctx.app.inject(`/api/items/${item.id}`)).statusCode).toBe(404);

    expect((await post(`/api/catalog/versions/${item.versionId}/submit`, editor.cookie)).json().status).toBe(
      'in_review',
    );
    const locked = await put(`/api/catalog/implementations/${item.id}/draft`, editor.cookie, {
      guide: item.guide,
    });
    expect(locked.statusCode).toBe(409);

    const returned = await post(`/api/catalog/versions/${item.versionId}/return`, reviewer.cookie, {
      comment: '请补充常见问题',
    });
    expect(returned.json()).toMatchObject({ status: 'draft', reviewComment: '请补充常见问题' });

    const saved = await put(`/api/catalog/implementations/${item.id}/draft`, editor.cookie, {
      guide: {
        ...item.guide,
        faqs: [...item.guide.faqs, { question: '可以网上办理吗？', answer: '可以，全程网办。' }],
      },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().versionNo).toBe(1);

    const published = await submitAndPublish(ctx, editor.cookie, reviewer.cookie, item.versionId);
    expect(published.status).toBe('published');

    const guide = await ctx.app.inject(`/api/items/${item.id}`);
    expect(guide.statusCode).toBe(200);
    expect(guide.json().guide.faqs).toHaveLength(2);
    expect(guide.json().versionNo).toBe(1);
    // the published version is the ETag: an unchanged guide answers 304
    expect(guide.headers.etag).toBe(`"${item.versionId}"`);
    const again = await ctx.app.inject({
      url: `/api/items/${item.id}`,
      headers: { 'if-none-match': `"${item.versionId}"` },
    });
    expect(again.statusCode).toBe(304);
  });

  it('refuses a second publish of the same version with 409', async () => {
    const item = await createItem(ctx, editor.cookie);
    await submitAndPublish(ctx, editor.cookie, reviewer.cookie, item.versionId);
    const again = await post(`/api/catalog/versions/${item.versionId}/publish`, reviewer.cookie);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('ALREADY_PUBLISHED');
  });

  it('refuses to submit a guide with missing or imprecise elements, listing every offending field in Chinese', async () => {
    const guide = await publishableGuide(ctx, editor.cookie);
    const item = await createItem(ctx, editor.cookie, {
      guide: {
        ...guide,
        location: { ...guide.location, window: '' },
        consultPhone: '',
        materials: guide.materials.map((m, i) => (i === 0 ? { ...m, name: '营业执照等材料' } : m)),
      },
    });
    const res = await post(`/api/catalog/versions/${item.versionId}/submit`, editor.cookie);
    expect(res.statusCode).toBe(422);
    const fields = res.json().error.details.fields as { field: string; message: string }[];
    expect(fields.map((f) => f.field)).toEqual(expect.arrayContaining(['location.window', 'consultPhone']));
    expect(fields.some((f) => f.field.startsWith('materials.0') && /等材料/.test(f.message))).toBe(true);
    expect(res.json().error.message).toMatch(/不能提交审核/);
    const detail = await ctx.app.inject({
      url: `/api/catalog/implementations/${item.id}`,
      headers: { cookie: editor.cookie },
    });
    expect(detail.json().latest.status).toBe('draft');
  });

  it('refuses to publish a guide whose forms are not files the platform holds', async () => {
    const guide = await publishableGuide(ctx, editor.cookie);
    const ghost = 'a'.repeat(64);
    const item = await createItem(ctx, editor.cookie, {
      guide: { ...guide, materials: guide.materials.map((m) => (m.isForm ? { ...m, blankForm: ghost } : m)) },
    });
    expect((await post(`/api/catalog/versions/${item.versionId}/submit`, editor.cookie)).statusCode).toBe(
      200,
    );
    const res = await post(`/api/catalog/versions/${item.versionId}/publish`, reviewer.cookie);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details.fields[0].field).toMatch(/^materials\.\d+\.blankForm$/);
    expect((await ctx.app.inject(`/api/items/${item.id}`)).statusCode).toBe(404);
  });

  it('keeps a published version immutable: edits open version 2, the database refuses direct changes, history shows a readable diff', async () => {
    const item = await createItem(ctx, editor.cookie);
    await submitAndPublish(ctx, editor.cookie, reviewer.cookie, item.versionId);

    const draft = await put(`/api/catalog/implementations/${item.id}/draft`, editor.cookie, {
      guide: { ...item.guide, legalLimit: { amount: 15, unit: 'workday' } },
    });
    expect(draft.json()).toMatchObject({ versionNo: 2, status: 'draft' });
    expect((await ctx.app.inject(`/api/items/${item.id}`)).json().guide.legalLimit.amount).toBe(20);

    await expect(
      ctx.deps.db.execute(
        sql`UPDATE implementation_versions SET guide = '{}'::jsonb WHERE id = ${item.versionId}`,
      ),
    ).rejects.toThrow();
    await expect(
      ctx.deps.db.execute(sql`DELETE FROM implementation_versions WHERE id = ${item.versionId}`),
    ).rejects.toThrow();

    await submitAndPublish(ctx, editor.cookie, reviewer.cookie, draft.json().id);
    const detail = (
      await ctx.app.inject({
        url: `/api/catalog/implementations/${item.id}`,
        headers: { cookie: editor.cookie },
      })
    ).json();
    expect(
      detail.versions.map((v: { versionNo: number; status: string }) => [v.versionNo, v.status]),
    ).toEqual([
      [2, 'published'],
      [1, 'superseded'],
    ]);
    expect((await ctx.app.inject(`/api/items/${item.id}`)).json().guide.legalLimit.amount).toBe(15);

    const diff = await ctx.app.inject({
      url: `/api/catalog/versions/${draft.json().id}/diff?against=${item.versionId}`,
      headers: { cookie: reviewer.cookie },
    });
    expect(diff.statusCode).toBe(200);
    const change = diff.json().changes.find((c: { path: string }) => c.path.startsWith('legalLimit'));
    expect(change).toMatchObject({ kind: 'changed', before: 20, after: 15 });
    expect(change.label).toMatch(/法定/);
  });

  it('stores script and SQL text in guide fields as plain text', async () => {
    const guide = await publishableGuide(ctx, editor.cookie);
    const evil = "<img src=x onerror=alert(1)>'; DROP TABLE implementations;--";
    const item = await createItem(ctx, editor.cookie, {
      guide: { ...guide, faqs: [{ question: evil, answer: evil }] },
    });
    await submitAndPublish(ctx, editor.cookie, reviewer.cookie, item.versionId);
    const got = (await ctx.app.inject(`/api/items/${item.id}`)).json();
    expect(got.guide.faqs[0].question).toBe(evil);
  });

  it('answers an unknown item with 404 and a malformed id with 422', async () => {
    expect((await ctx.app.inject('/api/items/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await ctx.app.inject('/api/items/not-a-uuid')).statusCode).toBe(422);
  });

  it('validates the guide against its schema and lists every failing field', async () => {
    const item = await createItem(ctx, editor.cookie);
    const res = await put(`/api/catalog/implementations/${item.id}/draft`, editor.cookie, {
      guide: { ...item.guide, legalLimit: { amount: -1, unit: 'weeks' }, visits: 7 },
    });
    expect(res.statusCode).toBe(422);
    const fields = res.json().error.details.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(
      expect.arrayContaining(['guide.legalLimit.amount', 'guide.legalLimit.unit', 'guide.visits']),
    );
  });
});

describe('catalogue reference lists', () => {
  it('lists item types with their codes; 行政备案 has none until the setting gives one', async () => {
    const types = (await ctx.app.inject('/api/catalog/item-types')).json() as {
      key: string;
      code: string | null;
      label: string;
    }[];
    expect(types.find((t) => t.key === 'licensing')).toEqual({
      key: 'licensing',
      code: '01',
      label: '行政许可',
    });
    expect(types.find((t) => t.key === 'filing')).toEqual({ key: 'filing', code: null, label: '行政备案' });
    const configured = await createTestContext({ itemTypeCodeFiling: 'BA' });
    try {
      const again = (await configured.app.inject('/api/catalog/item-types')).json() as {
        key: string;
        code: string | null;
      }[];
      expect(again.find((t) => t.key === 'filing')?.code).toBe('BA');
    } finally {
      await configured.close();
    }
  });

  it('lists base items with their implementation counts for claiming', async () => {
    const item = await createItem(ctx, editor.cookie);
    const res = await ctx.app.inject({
      url: `/api/catalog/base-items?q=${encodeURIComponent('食品')}`,
      headers: { cookie: editor.cookie },
    });
    const base = res.json().find((b: { code: string }) => b.code === item.baseCode);
    expect(base).toMatchObject({ name: item.guide.name, implementations: 1, templateId: item.id });
  });
});

describe('catalogue list', () => {
  it('treats % and _ in the name filter as text, not wildcards', async () => {
    await createItem(ctx, editor.cookie);
    const all = (
      await ctx.app.inject({ url: '/api/catalog/implementations', headers: { cookie: editor.cookie } })
    ).json();
    expect(all.total).toBeGreaterThan(0);
    const percent = await ctx.app.inject({
      url: '/api/catalog/implementations?q=%25',
      headers: { cookie: editor.cookie },
    });
    expect(percent.json().total).toBe(0);
    const underscore = await ctx.app.inject({
      url: '/api/catalog/base-items?q=_',
      headers: { cookie: editor.cookie },
    });
    expect(underscore.json()).toEqual([]);
  });
});

describe('catalogue scope', () => {
  it('lets editors and reviewers change only their own region or department', async () => {
    const item = await createItem(ctx, editor.cookie);
    expect(
      (await put(`/api/catalog/implementations/${item.id}/draft`, otherEditor.cookie, { guide: item.guide }))
        .statusCode,
    ).toBe(403);
    expect(
      (await post(`/api/catalog/versions/${item.versionId}/submit`, otherEditor.cookie)).statusCode,
    ).toBe(403);
    await post(`/api/catalog/versions/${item.versionId}/submit`, editor.cookie);
    expect(
      (await post(`/api/catalog/versions/${item.versionId}/publish`, otherReviewer.cookie)).statusCode,
    ).toBe(403);
    // an editor may not publish and a reviewer may not edit
    expect((await post(`/api/catalog/versions/${item.versionId}/publish`, editor.cookie)).statusCode).toBe(
      403,
    );
    expect(
      (await put(`/api/catalog/implementations/${item.id}/draft`, reviewer.cookie, { guide: item.guide }))
        .statusCode,
    ).toBe(403);
    // an editor outside the region cannot even see the draft
    expect(
      (
        await ctx.app.inject({
          url: `/api/catalog/implementations/${item.id}`,
          headers: { cookie: otherEditor.cookie },
        })
      ).statusCode,
    ).toBe(404);
    expect((await ctx.app.inject(`/api/catalog/implementations/${item.id}`)).statusCode).toBe(401);
  });

  it('binds a department-scoped editor to that department', async () => {
    const orgA = await makeOrg(ctx, KDL);
    const orgB = await makeOrg(ctx, KDL);
    const deptEditor = await makeStaff(ctx, ['catalog_editor'], { regionCode: KDL, orgId: orgA.id });
    const own = await createItem(ctx, deptEditor.cookie, { orgId: orgA.id });
    const foreign = await createItem(ctx, editor.cookie, { orgId: orgB.id });
    expect(
      (await put(`/api/catalog/implementations/${own.id}/draft`, deptEditor.cookie, { guide: own.guide }))
        .statusCode,
    ).toBe(200);
    expect(
      (
        await put(`/api/catalog/implementations/${foreign.id}/draft`, deptEditor.cookie, {
          guide: foreign.guide,
        })
      ).statusCode,
    ).toBe(403);
    const list = (
      await ctx.app.inject({
        url: '/api/catalog/implementations?limit=200',
        headers: { cookie: deptEditor.cookie },
      })
    ).json();
    expect(list.items.every((i: { id: string }) => i.id !== foreign.id)).toBe(true);
    expect(list.items.some((i: { id: string }) => i.id === own.id)).toBe(true);
  });
});

describe('catalogue import and export', () => {
  it('exports the editor’s catalogue as JSON and imports it back as drafts', async () => {
    const item = await createItem(ctx, editor.cookie);
    const exported = await ctx.app.inject({ url: '/api/catalog/export', headers: { cookie: editor.cookie } });
    expect(exported.statusCode).toBe(200);
    const doc = exported.json();
    const entry = doc.entries.find((e: { implementation: { code: string } }) =>
      e.implementation.code.startsWith(item.baseCode),
    );
    expect(entry.guide.name).toBe(item.guide.name);

    const newCode = `${item.baseCode}-COPY`;
    const imported = await post('/api/catalog/import', editor.cookie, {
      format: 'msb-catalog',
      version: 1,
      entries: [
        { ...entry, implementation: { ...entry.implementation, code: newCode } },
        { ...entry, guide: { ...entry.guide, name: `${entry.guide.name}（改）` } },
      ],
    });
    expect(imported.statusCode).toBe(200);
    expect(imported.json()).toEqual({ created: 1, updated: 1 });
    const detail = (
      await ctx.app.inject({
        url: `/api/catalog/implementations/${item.id}`,
        headers: { cookie: editor.cookie },
      })
    ).json();
    expect(detail.latest.guide.name).toBe(`${entry.guide.name}（改）`);
  });

  it('writes nothing when one entry is wrong', async () => {
    const exported = (
      await ctx.app.inject({ url: '/api/catalog/export', headers: { cookie: editor.cookie } })
    ).json();
    const entry = exported.entries[0];
    const before = (
      await ctx.app.inject({
        url: '/api/catalog/implementations?limit=1',
        headers: { cookie: editor.cookie },
      })
    ).json().total;
    const res = await post('/api/catalog/import', editor.cookie, {
      format: 'msb-catalog',
      version: 1,
      entries: [
        { ...entry, implementation: { ...entry.implementation, code: 'FRESH-CODE-1' } },
        {
          ...entry,
          implementation: { ...entry.implementation, code: 'FRESH-CODE-2', orgKey: 'no-such-org' },
        },
      ],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details.fields[0].field).toBe('entries.1.implementation.orgKey');
    const after = (
      await ctx.app.inject({
        url: '/api/catalog/implementations?limit=1',
        headers: { cookie: editor.cookie },
      })
    ).json().total;
    expect(after).toBe(before);
  });

  it('refuses an import into another region', async () => {
    const exported = (
      await ctx.app.inject({ url: '/api/catalog/export', headers: { cookie: editor.cookie } })
    ).json();
    const res = await post('/api/catalog/import', otherEditor.cookie, {
      format: 'msb-catalog',
      version: 1,
      entries: exported.entries.slice(0, 1),
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details.fields[0].message).toMatch(/超出/);
  });
});

describe('catalogue reports', () => {
  it('reports 三级N同 deviations between levels of one base item', async () => {
    const city = await makeOrg(ctx, '150200000000');
    const cityEditor = await makeStaff(ctx, ['catalog_editor'], { regionCode: '150200000000' });
    const a = await createItem(ctx, cityEditor.cookie, { regionCode: '150200000000', orgId: city.id });
    const guide = await publishableGuide(ctx, cityEditor.cookie);
    await createItem(ctx, cityEditor.cookie, {
      regionCode: KDL,
      baseCode: a.baseCode,
      baseItemId: a.baseItemId,
      guide: { ...guide, name: `${guide.name}（昆区版）`, baseCode: a.baseCode },
    });
    const report = await ctx.app.inject({
      url: '/api/catalog/consistency',
      headers: { cookie: cityEditor.cookie },
    });
    const entry = report.json().find((r: { baseCode: string }) => r.baseCode === a.baseCode);
    expect(
      entry.deviations.some(
        (d: { field: string; regionCode: string }) => d.field === 'name' && d.regionCode === KDL,
      ),
    ).toBe(true);
  });

  it('scores guides and names the failing field of a flawed one', async () => {
    const guide = await publishableGuide(ctx, editor.cookie);
    const flawed = await createItem(ctx, editor.cookie, {
      guide: { ...guide, location: { ...guide.location, room: '' } },
    });
    const res = await ctx.app.inject({ url: '/api/catalog/scorecard', headers: { cookie: editor.cookie } });
    expect(res.statusCode).toBe(200);
    const card = res.json();
    expect(card.indicators.map((i: { indicator: number }) => i.indicator)).toEqual(
      expect.arrayContaining([1, 2, 6, 12, 14, 23, 24]),
    );
    const item = card.items.find((i: { implementationId: string }) => i.implementationId === flawed.id);
    expect(item.failedIndicators).toContain(14);
    expect(item.findings.some((f: { field: string }) => f.field === 'location.room')).toBe(true);
    expect(card.regions.find((r: { id: string }) => r.id === KDL)?.name).toBe('昆都仑区');
    const xlsx = await ctx.app.inject({
      url: '/api/catalog/scorecard.xlsx',
      headers: { cookie: editor.cookie },
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});
