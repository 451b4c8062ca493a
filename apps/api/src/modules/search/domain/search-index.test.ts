import { regionAncestors } from '@msb/contracts';
import { describe, expect, it } from 'vitest';
import { highlightRanges } from './highlight.ts';
import { isPinyinQuery, normalisePinyinQuery, type PinyinKeys, pinyinKeys } from './pinyin-keys.ts';
import { rankScore } from './rank.ts';
import { type IndexedDoc, SearchIndex, type SearchIndexQuery } from './search-index.ts';
import { indexTokens, matchTokenGroups, queryTokenGroups } from './tokenize.ts';

// ---- documents as buildSearchDoc (search.service.ts) writes them, with caches for speed ----

function memo<K, V>(
  cache: { get(key: K): V | undefined; set(key: K, value: V): unknown },
  key: K,
  make: () => V,
): V {
  const known = cache.get(key);
  if (known !== undefined) return known;
  const value = make();
  cache.set(key, value);
  return value;
}
const keysCache = new Map<string, PinyinKeys>();
const tokensCache = new Map<string, string[]>();
const cachedKeys = (text: string): PinyinKeys => memo(keysCache, text, () => pinyinKeys(text));
const cachedTokens = (text: string): string[] => memo(tokensCache, text, () => indexTokens([text]));

interface DocInput {
  id: string;
  name: string;
  keywords: string[];
  orgId: string;
  orgName: string;
  regionCode: string;
  itemType: string;
  audience: string[];
  themes: string[];
  maturity: string;
  channels: string[];
  popularity: number;
}

function makeDoc(input: DocInput): IndexedDoc {
  const keys = [input.name, ...input.keywords].map(cachedKeys).filter((k) => k.initials.length > 0);
  return {
    implementationId: input.id,
    name: input.name,
    orgId: input.orgId,
    orgName: input.orgName,
    regionCode: input.regionCode,
    itemType: input.itemType,
    audience: input.audience,
    themes: input.themes,
    maturity: input.maturity,
    channels: input.channels,
    // indexTokens([a, b, c]) is the union of indexTokens of each text
    tokens: [...new Set([input.name, ...input.keywords, input.orgName].flatMap(cachedTokens))],
    pinyin: keys.map((k) => k.full).join(' '),
    initials: keys.map((k) => k.initials).join(' '),
    popularity: input.popularity,
  };
}

// ---- the brute-force reference: the database semantics, written out plainly ----

const scoreCache = new Map<string, number>();
const matchCache = new WeakMap<IndexedDoc, Map<string, boolean>>();

function reference(docs: readonly IndexedDoc[], query: SearchIndexQuery): { total: number; ids: string[] } {
  const q = (query.q ?? '').trim().slice(0, 50);
  const regions = query.region ? [...regionAncestors(query.region), query.region] : undefined;
  const filtered = docs.filter(
    (d) =>
      (!regions || regions.includes(d.regionCode)) &&
      (!query.org || d.orgId === query.org) &&
      (!query.type || d.itemType === query.type) &&
      (!query.maturity || d.maturity === query.maturity) &&
      (!query.audience || d.audience.includes(query.audience)) &&
      (!query.theme || d.themes.includes(query.theme)) &&
      (!query.channel || d.channels.includes(query.channel)),
  );
  const byId = (a: IndexedDoc, b: IndexedDoc): number =>
    a.implementationId < b.implementationId ? -1 : a.implementationId > b.implementationId ? 1 : 0;
  let ranked: IndexedDoc[];
  if (!q) {
    ranked = filtered.sort((a, b) => b.popularity - a.popularity || byId(a, b));
  } else {
    const groups = queryTokenGroups(q);
    const letters = normalisePinyinQuery(q);
    const matches = (d: IndexedDoc): boolean => {
      const known = memo(matchCache, d, () => new Map<string, boolean>());
      return memo(known, q, () =>
        isPinyinQuery(q)
          ? letters !== '' && (d.initials.includes(letters) || d.pinyin.includes(letters))
          : groups.length > 0 && matchTokenGroups(d.tokens, groups),
      );
    };
    const score = (d: IndexedDoc): number =>
      memo(scoreCache, `${d.name}\u0000${d.popularity}\u0000${q}`, () => rankScore(d, q));
    ranked = filtered.filter(matches).sort((a, b) => score(b) - score(a) || byId(a, b));
  }
  return {
    total: ranked.length,
    ids: ranked.slice(query.offset, query.offset + query.limit).map((d) => d.implementationId),
  };
}

// ---- random catalogue ----

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(rnd: () => number, values: readonly T[]): T => {
  const value = values[Math.floor(rnd() * values.length)];
  if (value === undefined) throw new Error('empty pool');
  return value;
};
const uuidOf = (rnd: () => number): string =>
  `${Array.from({ length: 32 }, () => Math.floor(rnd() * 16).toString(16))
    .join('')
    .replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-')}`;

const NAMES = [
  '住房公积金提取（新办）',
  '住房消费提取住房公积金',
  '公积金贷款',
  '市场主体设立登记',
  '市场主体变更登记',
  '不动产登记',
  '房产证补办',
  '建设工程规划许可证核发',
  '建筑工程施工许可证核发',
  '食品经营许可（新办）',
  '取水许可',
  '营业执照',
  '营业执照变更登记',
  '个体工商户营业执照办理',
  '居民身份证换领',
  '二代证补办',
  '身份证遗失证明',
  '证明材料办理',
  'ETC卡办理',
  '4S店备案',
  '银行开户',
  '重新办理',
  '内地居民结婚登记',
  '出生医学证明（首次签发）',
  '𠀾营业执照',
  'ABC',
  '西安户口迁入',
];
const KEYWORDS = ['营业执照', '公积金', '身份证', '不动产', 'ETC', '开户', '登记', '许可', '西安'];
const ORGS = [
  '市场监督管理局',
  '住房公积金管理中心',
  '公安局',
  '自然资源局',
  '行政审批和政务服务局',
  '示例部门1-2',
];
const REGIONS = [
  '150000000000',
  '150100000000',
  '150200000000',
  '152500000000',
  '150102000000',
  '150105000000',
  '150203000000',
  '150271000000',
  '152502000000',
  '150102001000',
];

function catalogue(seed: number, count: number): { docs: IndexedDoc[]; orgIds: string[] } {
  const rnd = random(seed);
  const orgIds = ORGS.map(() => uuidOf(rnd));
  const docs = Array.from({ length: count }, () => {
    const org = Math.floor(rnd() * ORGS.length);
    return makeDoc({
      id: uuidOf(rnd),
      name: pick(rnd, NAMES),
      keywords: Array.from({ length: Math.floor(rnd() * 3) }, () => pick(rnd, KEYWORDS)),
      orgId: orgIds[org] ?? '',
      orgName: ORGS[org] ?? '',
      regionCode: pick(rnd, REGIONS),
      itemType: pick(rnd, ['licensing', 'public_service']),
      audience: pick(rnd, [['person'], ['legal_person'], ['person', 'legal_person']]),
      themes: pick(rnd, [['住房'], ['开办'], ['开办', '变更'], []]),
      maturity: pick(rnd, ['II', 'III', 'IV']),
      channels: pick(rnd, [['window'], ['window', 'web', 'mobile'], ['web']]),
      // few values, so popularity ties are common and the name length and the id decide
      popularity: pick(rnd, [0, 0, 1, 5, 5, 10, 100]),
    });
  });
  return { docs, orgIds };
}

const QUERIES = [
  '',
  '登记',
  '许可',
  '公积金',
  '住房公积金提取',
  '身份证',
  '二代证',
  '房产证',
  '不动产 登记',
  '证明 办理',
  '身份证明',
  '营业执照',
  ' 营业执照 ',
  '执照',
  '金提',
  '证',
  '办理',
  'ETC卡',
  'etc卡办理',
  '4s',
  '示例部门',
  '管理局',
  '建设工程规划许可证核发',
  '无此事项',
  '，。',
  'gjj',
  'zhufanggongjijin',
  'yyzz',
  'YY ZZ',
  'ｙｙｚｚ',
  'yingyezhizhao',
  'zhizhao',
  'dj',
  'd',
  'bdc',
  'budongchan',
  "xi'an",
  'etc',
  'zz',
  'abc',
  'qqqq',
];

const { docs, orgIds } = catalogue(42, 300);
const FILTERS: Omit<SearchIndexQuery, 'limit' | 'offset'>[] = [
  {},
  { region: '150102000000' },
  { region: '150000000000' },
  { region: '150102001000' },
  { region: '150200000000' },
  { org: orgIds[1] },
  { org: orgIds[2], region: '150102000000' },
  { org: orgIds[3], region: '150000000000' },
  { org: orgIds[0], region: '' }, // empty filters filter nothing, as in the service
  { type: 'licensing' },
  { audience: 'person' },
  { theme: '住房' },
  { maturity: 'IV' },
  { channel: 'mobile' },
  { region: '150203000000', type: 'public_service', channel: 'web', audience: 'legal_person' },
];
const PAGES = [
  { limit: 20, offset: 0 },
  { limit: 5, offset: 3 },
  { limit: 7, offset: 40 },
  { limit: 100, offset: 0 },
  { limit: 1, offset: 299 },
];

describe('SearchIndex.search matches the brute-force reference', () => {
  const index = new SearchIndex();
  for (const doc of docs) index.upsert(doc);

  it.each(QUERIES)('q = %j, every filter and page', (q) => {
    for (const filters of FILTERS) {
      for (const page of PAGES) {
        const query = { q, ...filters, ...page };
        const result = index.search(query);
        const expected = reference(docs, query);
        expect({ total: result.total, ids: result.items.map((h) => h.id) }, JSON.stringify(query)).toEqual(
          expected,
        );
      }
    }
  });

  it('returns hits shaped like the service, with highlights for the query', () => {
    const [top] = index.search({ q: 'yyzz', limit: 1, offset: 0 }).items;
    const doc = docs.find((d) => d.implementationId === top?.id);
    if (!doc) throw new Error('the top hit is not one of the indexed documents');
    expect(top).toEqual({
      id: doc.implementationId,
      name: doc.name,
      orgId: doc.orgId,
      orgName: doc.orgName,
      regionCode: doc.regionCode,
      itemType: doc.itemType,
      audience: doc.audience,
      themes: doc.themes,
      maturity: doc.maturity,
      channels: doc.channels,
      highlights: highlightRanges(doc.name, 'yyzz'),
    });
    expect(top?.highlights.length).toBeGreaterThan(0);
    expect(index.search({ limit: 3, offset: 0 }).items.every((h) => h.highlights.length === 0)).toBe(true);
  });

  it('rejects an invalid region code like the service does', () => {
    expect(() => index.search({ region: '000000000000', limit: 1, offset: 0 })).toThrow(RangeError);
  });
});

describe('SearchIndex updates', () => {
  const base = catalogue(7, 40).docs;
  const target = base[0];
  if (!target) throw new Error('no docs');
  const renamed = makeDoc({
    id: target.implementationId,
    name: '建设工程规划许可证核发（变更）',
    keywords: [],
    orgId: target.orgId,
    orgName: target.orgName,
    regionCode: target.regionCode,
    itemType: target.itemType,
    audience: target.audience,
    themes: target.themes,
    maturity: target.maturity,
    channels: target.channels,
    popularity: 1_000_000,
  });
  const ids = (index: SearchIndex, q: string): string[] =>
    index.search({ q, limit: 1000, offset: 0 }).items.map((h) => h.id);

  it.each([
    ['the new name', '规划许可', true],
    ['pinyin of the new name', 'jsgcghxkzhf', true],
    ['the old name', target.name, false],
    ['the old pinyin', firstKeyOf(target.initials), false],
  ])('an upsert replaces the document: %s', (_, q, found) => {
    const index = new SearchIndex();
    for (const doc of base) index.upsert(doc);
    index.upsert(renamed);
    expect(index.size).toBe(base.length);
    const others = base.filter((d) => d !== target);
    // the old name may still match through the org name or by chance; compare with the reference
    expect(ids(index, q)).toEqual(reference([...others, renamed], { q, limit: 1000, offset: 0 }).ids);
    expect(ids(index, q).includes(target.implementationId)).toBe(found);
    expect(index.search({ limit: 1, offset: 0 }).items[0]?.name).toBe(renamed.name);
  });

  it('removes documents', () => {
    const index = new SearchIndex();
    for (const doc of base) index.upsert(doc);
    expect(index.remove(target.implementationId)).toBe(true);
    expect(index.remove(target.implementationId)).toBe(false);
    expect(index.remove('no-such-id')).toBe(false);
    expect(index.size).toBe(base.length - 1);
    expect(index.has(target.implementationId)).toBe(false);
    for (const q of ['', target.name, 'yyzz', '登记']) {
      expect(ids(index, q)).not.toContain(target.implementationId);
      expect(ids(index, q)).toEqual(reference(base.slice(1), { q, limit: 1000, offset: 0 }).ids);
    }
  });

  it('stays equal to the reference through random upserts, renames and removals (numbers reused)', () => {
    const rnd = random(99);
    const pool = catalogue(100, 600).docs;
    const index = new SearchIndex();
    const live = new Map<string, IndexedDoc>();
    const queries = ['', '登记', '营业执照', 'yyzz', 'gjj', 'd', '身份证'];
    for (let step = 1; step <= 3000; step++) {
      const r = rnd();
      const ids = [...live.keys()];
      if (r < 0.45 || ids.length < 20) {
        const doc = pick(rnd, pool);
        index.upsert(doc);
        live.set(doc.implementationId, doc);
      } else if (r < 0.7) {
        // rename / move: same id, the contents of another document
        const id = pick(rnd, ids);
        const doc = { ...pick(rnd, pool), implementationId: id };
        index.upsert(doc);
        live.set(id, doc);
      } else {
        const id = pick(rnd, ids);
        expect(index.remove(id)).toBe(true);
        live.delete(id);
      }
      if (step % 250 === 0) {
        expect(index.size).toBe(live.size);
        for (const q of queries) {
          const query = { q, limit: 30, offset: 5, region: step % 500 === 0 ? '150102000000' : undefined };
          const result = index.search(query);
          expect({ total: result.total, ids: result.items.map((h) => h.id) }).toEqual(
            reference([...live.values()], query),
          );
        }
      }
    }
  });

  it.each(['yyzz', 'yingye', 'abc', '营业执照', '营业'])(
    'ranks names without pinyin keys of their own by pinyinKeys(name), not by a keyword (%s)',
    (q) => {
      // buildSearchDoc leaves out a name without keys, so the doc's first key is then a keyword's
      const tricky = ['𠀾', 'ABC', '𠀾营业执照', 'ETC卡', '营业执照'].map((name, i) =>
        makeDoc({
          id: `00000000-0000-4000-8000-00000000000${i}`,
          name,
          keywords: ['营业执照'],
          orgId: 'org',
          orgName: '市场监督管理局',
          regionCode: '150000000000',
          itemType: 'licensing',
          audience: [],
          themes: [],
          maturity: 'IV',
          channels: [],
          popularity: 5 - i,
        }),
      );
      const index = new SearchIndex();
      for (const doc of tricky) index.upsert(doc);
      const result = index.search({ q, limit: 10, offset: 0 });
      const expected = reference(tricky, { q, limit: 10, offset: 0 });
      expect({ total: result.total, ids: result.items.map((h) => h.id) }).toEqual(expected);
    },
  );

  it('breaks ties by id whatever the insertion order', () => {
    const rnd = random(5);
    const twins = Array.from({ length: 30 }, () =>
      makeDoc({
        id: uuidOf(rnd),
        name: '不动产登记',
        keywords: [],
        orgId: 'org',
        orgName: '自然资源局',
        regionCode: '150000000000',
        itemType: 'licensing',
        audience: ['person'],
        themes: [],
        maturity: 'IV',
        channels: ['web'],
        popularity: 3,
      }),
    );
    const sortedIds = twins.map((d) => d.implementationId).sort();
    for (const order of [twins, [...twins].reverse(), [...twins].sort(() => rnd() - 0.5)]) {
      const index = new SearchIndex();
      for (const doc of order) index.upsert(doc);
      for (const q of ['', '登记', 'bdcdj', '不动产登记']) {
        expect(index.search({ q, limit: 100, offset: 0 }).items.map((h) => h.id)).toEqual(sortedIds);
        expect(index.search({ q, limit: 10, offset: 10 }).items.map((h) => h.id)).toEqual(
          sortedIds.slice(10, 20),
        );
      }
    }
  });
});

function firstKeyOf(keys: string): string {
  return keys.split(' ')[0] ?? '';
}

// ---- 100,000 documents: correctness of broad queries, timings printed (never asserted) ----

describe('SearchIndex at 100,000 documents', () => {
  it('answers broad queries like the reference; prints load and query timings', { timeout: 120_000 }, () => {
    const BASES = [
      '住房公积金提取',
      '住房消费提取住房公积金',
      '退休提取住房公积金',
      '住房公积金单位缴存登记',
      '市场主体设立登记',
      '市场主体变更登记',
      '市场主体注销登记',
      '不动产登记',
      '国有建设用地使用权及房屋所有权首次登记',
      '建设工程规划许可证核发',
      '建筑工程施工许可证核发',
      '建设用地（含临时用地）规划许可证核发',
      '食品经营许可',
      '取水许可',
      '排污许可',
      '对涉路施工活动的许可',
      '单位社会保险登记',
      '城乡居民基本医疗保险参保登记',
      '内地居民结婚登记',
      '出生登记',
      '居住证核发',
      '普通护照签发',
      '社会保障卡申领',
      '企业投资项目备案',
      '政府投资项目建议书审批',
      '建设项目环境影响评价审批',
      '公章刻制备案',
      '发票申领',
      '老年人优待证办理',
      '户口注销（死亡注销）',
      '出生医学证明（首次签发）',
      '职工正常退休（职）申请',
    ];
    const KINDS = ['（新办）', '（变更）', '（延续）', '（注销）', '', '（补办）', '（个人）', '（企业）'];
    const THEMES = ['开办', '准营', '变更', '投资建设', '注销', '出生', '住房', '退休'];
    const REGION_POOL = [
      '150000000000',
      ...['150100000000', '150200000000', '150300000000', '150400000000', '150500000000'],
      ...Array.from({ length: 9 }, (_, i) => `15010${i + 1}000000`),
      ...Array.from({ length: 9 }, (_, i) => `15020${i + 1}000000`),
      ...Array.from({ length: 9 }, (_, i) => `15040${i + 1}000000`),
    ];
    const rnd = random(2026);
    const orgs = REGION_POOL.flatMap((regionCode, r) =>
      Array.from({ length: 6 }, (_, i) => ({ id: uuidOf(rnd), name: `示例部门${r}-${i}`, regionCode })),
    );
    const SIZE = 100_000;
    const started = performance.now();
    const big: IndexedDoc[] = [];
    for (let i = 0; i < SIZE; i++) {
      const base = BASES[i % BASES.length] ?? '';
      const org = orgs[(i * 7919) % orgs.length] ?? { id: '', name: '', regionCode: '150000000000' };
      big.push(
        makeDoc({
          id: uuidOf(rnd),
          name: `${base}${KINDS[Math.floor(i / BASES.length) % KINDS.length]}`,
          keywords: [base],
          orgId: org.id,
          orgName: org.name,
          regionCode: org.regionCode,
          itemType: i % 3 === 0 ? 'public_service' : 'licensing',
          audience: i % 2 === 0 ? ['person'] : ['legal_person'],
          themes: [THEMES[i % THEMES.length] ?? '开办'],
          maturity: ['II', 'III', 'IV', 'IV'][i % 4] ?? 'IV',
          channels: ['window', 'web', 'mobile'],
          popularity: i % 997,
        }),
      );
    }
    const generated = performance.now();
    const index = new SearchIndex();
    for (const doc of big) index.upsert(doc);
    const loaded = performance.now();
    console.log(
      `generate ${SIZE} docs ${(generated - started).toFixed(0)} ms; load ${(loaded - generated).toFixed(0)} ms;`,
      index.stats(),
    );

    const cases: SearchIndexQuery[] = [
      { q: '登记', limit: 20, offset: 0 },
      { q: '许可', limit: 20, offset: 0 },
      { q: 'gjj', limit: 20, offset: 0 },
      { q: 'zhufanggongjijin', limit: 20, offset: 0 },
      { q: '住房公积金提取', limit: 20, offset: 0 },
      { q: '不动产登记', limit: 20, offset: 0 },
      { q: '示例部门', limit: 20, offset: 0 },
      { q: 'dj', limit: 20, offset: 0 },
      { q: 'd', limit: 20, offset: 0 },
      { q: '登记', region: '150102000000', limit: 20, offset: 0 },
      { q: 'gjj', region: '150102000000', limit: 20, offset: 0 },
      { q: '登记', limit: 20, offset: 2000 },
      { limit: 20, offset: 0 },
      { region: '150102000000', theme: '住房', limit: 20, offset: 0 },
    ];
    for (const query of cases) for (let warm = 0; warm < 5; warm++) index.search(query);
    for (const query of cases) {
      const times: number[] = [];
      for (let run = 0; run < 30; run++) {
        const t = performance.now();
        index.search(query);
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      const result = index.search(query);
      console.log(
        `${JSON.stringify(query)}: total ${result.total}, median ${(times[15] ?? 0).toFixed(2)} ms, ` +
          `p95 ${(times[28] ?? 0).toFixed(2)} ms, max ${(times[29] ?? 0).toFixed(2)} ms`,
      );
    }
    for (const query of [cases[0], cases[2], cases[3], cases[9], cases[11], cases[12]]) {
      if (!query) continue;
      const result = index.search(query);
      expect({ total: result.total, ids: result.items.map((h) => h.id) }).toEqual(reference(big, query));
    }
  });
});
