import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchDoc } from '../src/modules/search/search.service.ts';
import { searchDocs } from '../src/modules/search/search.tables.ts';
import { createItem, publishableGuide, submitAndPublish } from './catalog-fixtures.ts';
import { createTestContext, makeOrg, makeStaff, type TestContext } from './harness.ts';

let ctx: TestContext;
const ids: Record<string, string> = {};
let editorCookie = '';

// 自治区, 包头市, 昆都仑区 and 呼伦贝尔市 items, so region inheritance can be seen
const PLAN = [
  {
    key: 'province',
    region: '150000000000',
    name: '营业执照设立登记',
    audience: ['legal_person'],
    themes: ['开办'],
    maturity: 'IV',
    type: 'confirmation',
  },
  {
    key: 'baotou',
    region: '150200000000',
    name: '住房公积金提取',
    audience: ['person'],
    themes: ['住房'],
    maturity: 'III',
    type: 'public_service',
  },
  {
    key: 'kdl',
    region: '150203000000',
    name: '居民身份证换领',
    audience: ['person'],
    themes: ['户籍'],
    maturity: 'II',
    type: 'public_service',
  },
  {
    key: 'kdl2',
    region: '150203000000',
    name: '不动产登记（首次登记）',
    audience: ['person', 'legal_person'],
    themes: ['住房'],
    maturity: 'III',
    type: 'confirmation',
  },
  {
    key: 'hlbe',
    region: '150700000000',
    name: '个体工商户营业执照注销登记',
    audience: ['legal_person'],
    themes: ['注销'],
    maturity: 'IV',
    type: 'confirmation',
  },
  {
    key: 'biz',
    region: '150600000000',
    name: '市场主体设立登记',
    audience: ['legal_person'],
    themes: ['开办'],
    maturity: 'IV',
    type: 'confirmation',
    keywords: ['营业执照', '工商登记'],
  },
] as const;

beforeAll(async () => {
  ctx = await createTestContext();
  const editor = await makeStaff(ctx, ['catalog_editor', 'catalog_reviewer'], { regionCode: '150000000000' });
  editorCookie = editor.cookie;
  for (const p of PLAN) {
    const org = await makeOrg(ctx, p.region);
    const guide = await publishableGuide(ctx, editor.cookie, {
      name: p.name,
      audience: [...p.audience],
      themes: [...p.themes],
      maturity: p.maturity,
      itemType: p.type,
      visits: p.maturity === 'II' ? 2 : p.maturity === 'III' ? 1 : 0,
      channels: p.maturity === 'II' ? ['window', 'web'] : ['window', 'web', 'mobile'],
      keywords: 'keywords' in p ? [...p.keywords] : [],
    });
    const item = await createItem(ctx, editor.cookie, { regionCode: p.region, orgId: org.id, guide });
    await submitAndPublish(ctx, editor.cookie, editor.cookie, item.versionId);
    ids[p.key] = item.id;
  }
});
afterAll(async () => ctx.close());

const search = async (qs: string) => {
  const res = await ctx.app.inject(`/api/search?${qs}`);
  expect(res.statusCode).toBe(200);
  return res.json() as {
    total: number;
    items: { id: string; name: string; highlights: [number, number][] }[];
  };
};

describe('searchItems', () => {
  it('finds by Chinese words and highlights the match', async () => {
    const r = await search(`q=${encodeURIComponent('营业执照')}`);
    expect(r.items.map((i) => i.id)).toEqual(expect.arrayContaining([ids.province, ids.hlbe]));
    const first = r.items.find((i) => i.id === ids.province);
    expect(first?.highlights).toEqual([[0, 4]]);
    expect(r.total).toBe(3);
  });

  it('finds an item by its keywords, in Chinese and in pinyin, ranked after name matches', async () => {
    const chinese = (await search(`q=${encodeURIComponent('营业执照')}`)).items.map((i) => i.id);
    expect(chinese).toContain(ids.biz);
    expect(chinese.indexOf(ids.biz ?? '')).toBeGreaterThan(chinese.indexOf(ids.province ?? ''));
    const initials = (await search('q=yyzz')).items.map((i) => i.id);
    expect(initials).toContain(ids.biz);
    expect(initials.at(-1)).toBe(ids.biz);
  });

  it('finds by pinyin initials and full pinyin', async () => {
    expect((await search('q=yyzz')).items.map((i) => i.id)).toEqual(
      expect.arrayContaining([ids.province, ids.hlbe]),
    );
    expect((await search('q=gongjijin')).items.map((i) => i.id)).toEqual([ids.baotou]);
    expect((await search('q=bdcdj')).items.map((i) => i.id)).toEqual([ids.kdl2]);
  });

  it('does not lose words the segmenter splits (不动产 → 不动/产)', async () => {
    expect((await search(`q=${encodeURIComponent('不动产')}`)).items.map((i) => i.id)).toEqual([ids.kdl2]);
  });

  it('expands common synonyms (身份证 finds 居民身份证)', async () => {
    expect((await search(`q=${encodeURIComponent('身份证')}`)).items.map((i) => i.id)).toEqual([ids.kdl]);
  });

  it('gives a county its own items plus its league and autonomous-region items, and no other league’s', async () => {
    const r = await search('region=150203000000&limit=50');
    const got = r.items.map((i) => i.id);
    expect(got).toEqual(expect.arrayContaining([ids.province, ids.baotou, ids.kdl, ids.kdl2]));
    expect(got).not.toContain(ids.hlbe);
    const hlbe = (await search('region=150700000000')).items.map((i) => i.id);
    expect(hlbe.sort()).toEqual([ids.province, ids.hlbe].sort());
  });

  it('filters by audience, theme, maturity, type and channel', async () => {
    expect((await search('audience=person&region=150203000000')).items.map((i) => i.id).sort()).toEqual(
      [ids.baotou, ids.kdl, ids.kdl2].sort(),
    );
    expect((await search(`theme=${encodeURIComponent('住房')}`)).items.map((i) => i.id).sort()).toEqual(
      [ids.baotou, ids.kdl2].sort(),
    );
    expect((await search('maturity=II')).items.map((i) => i.id)).toEqual([ids.kdl]);
    expect((await search('type=public_service')).items.map((i) => i.id).sort()).toEqual(
      [ids.baotou, ids.kdl].sort(),
    );
    expect((await search('channel=mobile&maturity=II')).total).toBe(0);
  });

  it('logs zero-result queries for editors', async () => {
    const r = await search(`q=${encodeURIComponent('火星移民许可')}`);
    expect(r.total).toBe(0);
    const editor = await makeStaff(ctx, ['catalog_editor'], { regionCode: '150000000000' });
    const misses = await ctx.app.inject({ url: '/api/search/misses', headers: { cookie: editor.cookie } });
    expect(misses.json().map((m: { query: string }) => m.query)).toContain('火星移民许可');
    expect((await ctx.app.inject('/api/search/misses')).statusCode).toBe(401);
  });

  it('refuses bad filters with 422 naming the field', async () => {
    const res = await ctx.app.inject('/api/search?region=15&maturity=V');
    expect(res.statusCode).toBe(422);
    const fields = res.json().error.details.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['querystring.region', 'querystring.maturity']));
  });

  it('picks up documents another instance wrote, within the sync interval', async () => {
    const other = await createTestContext({ searchSyncMs: 0 });
    try {
      expect((await other.app.inject(`/api/search?q=${encodeURIComponent('马术')}`)).json().total).toBe(0);
      // what another instance's publish leaves behind: a search document with a fresh updated_at
      const org = await makeOrg(other, '150203000000');
      const editor = await makeStaff(other, ['catalog_editor', 'catalog_reviewer'], {
        regionCode: '150203000000',
      });
      const item = await createItem(other, editor.cookie, { orgId: org.id });
      await other.deps.db.insert(searchDocs).values(
        buildSearchDoc({
          implementationId: item.id,
          name: '马术比赛活动备案',
          keywords: [],
          orgName: org.name,
          regionCode: '150203000000',
          orgId: org.id,
          itemType: 'filing',
          audience: ['legal_person'],
          themes: [],
          maturity: 'IV',
          channels: ['web'],
          popularity: 0,
        }),
      );
      const found = (await other.app.inject(`/api/search?q=${encodeURIComponent('马术')}`)).json();
      expect(found.items.map((i: { id: string }) => i.id)).toEqual([item.id]);
    } finally {
      await other.close();
    }
  });

  it('searches published guides only: a renamed draft is not found until it is published', async () => {
    const detail = (
      await ctx.app.inject({
        url: `/api/catalog/implementations/${ids.baotou}`,
        headers: { cookie: editorCookie },
      })
    ).json();
    const renamed = { ...detail.latest.guide, name: '住房公积金提取（退休）' };
    await ctx.app.inject({
      method: 'PUT',
      url: `/api/catalog/implementations/${ids.baotou}/draft`,
      headers: { cookie: editorCookie },
      payload: { guide: renamed },
    });
    expect((await search(`q=${encodeURIComponent('退休')}`)).total).toBe(0);
    const draftId = (
      await ctx.app.inject({
        url: `/api/catalog/implementations/${ids.baotou}`,
        headers: { cookie: editorCookie },
      })
    ).json().latest.id;
    await submitAndPublish(ctx, editorCookie, editorCookie, draftId);
    const after = await search(`q=${encodeURIComponent('退休')}`);
    expect(after.items.map((i) => i.name)).toEqual(['住房公积金提取（退休）']);
  });
});
