// npm run bench:search — search latency over 100,000 published implementations (issue 2 §5: p95 ≤ 20 ms).
// Generates its own data into a fresh embedded database (or DATABASE_URL), vacuums, then times queries.
// BENCH_SIZE changes the number of implementations; BENCH_QUERIES the number of timed queries.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inArray } from 'drizzle-orm';
import { loadConfig } from '../apps/api/src/config.ts';
import { baseItems, implementations } from '../apps/api/src/modules/catalog/catalog.tables.ts';
import { orgs } from '../apps/api/src/modules/orgs/orgs.tables.ts';
import { loadRegionTree } from '../apps/api/src/modules/regions/regions.service.ts';
import { regions } from '../apps/api/src/modules/regions/regions.tables.ts';
import {
  buildSearchDoc,
  type SearchQuery,
  searchItems,
  warmSearchIndex,
} from '../apps/api/src/modules/search/search.service.ts';
import { searchDocs } from '../apps/api/src/modules/search/search.tables.ts';
import { openDatabase } from '../apps/api/src/platform/db.ts';
import type { Deps } from '../apps/api/src/platform/deps.ts';
import { demoItems } from '../apps/api/src/seed/demo/index.ts';
import { percentile, report, round } from './lib.ts';

const SIZE = Number(process.env.BENCH_SIZE ?? 100_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 400);
const keepDir = process.env.BENCH_KEEP_DIR;
const dataDir = keepDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'msb-bench-search-'));
const database = await openDatabase({
  databaseUrl: process.env.DATABASE_URL,
  dataDir: process.env.DATABASE_URL ? undefined : dataDir,
});
const deps: Deps = {
  db: database.db,
  database,
  config: loadConfig({}, { dataDir, logLevel: 'silent' }),
  now: () => new Date(),
};
await loadRegionTree(deps);

// Spread like a real autonomous-region catalogue: 2% autonomous-region items, 18% league/city items,
// 80% spread over the 108 county-level units, so a county query inherits its league's and the region's.
const levels = await database.db
  .select({ code: regions.code, level: regions.level })
  .from(regions)
  .where(inArray(regions.level, ['province', 'city', 'county']));
const province = levels.filter((r) => r.level === 'province').map((r) => r.code);
const cities = levels.filter((r) => r.level === 'city').map((r) => r.code);
const allCounties = levels.filter((r) => r.level === 'county').map((r) => r.code);
const regionOf = (i: number) => {
  const bucket = i % 50;
  if (bucket === 0) return province[0] ?? '150000000000';
  if (bucket < 10) return cities[i % cities.length] ?? '150100000000';
  return allCounties[i % allCounties.length] ?? '150102000000';
};
const counties = [
  '150203000000',
  '150271000000',
  '150626000000',
  '150702000000',
  '150781000000',
  '150102000000',
  '150402000000',
  '150502000000',
];
const regionsPool = [...province, ...cities, ...allCounties];
const names = [...new Set(demoItems.map((d) => d.baseName))];
const kinds = ['（新办）', '（变更）', '（延续）', '（注销）', '', '（补办）', '（个人）', '（企业）'];
const themes = [
  '开办',
  '准营',
  '变更',
  '投资建设',
  '注销',
  '出生',
  '教育',
  '就业',
  '婚育',
  '住房',
  '退休',
  '身后',
];
const maturities = ['II', 'III', 'IV', 'IV'];
const started = Date.now();

const orgRows = regionsPool.flatMap((regionCode, r) =>
  Array.from({ length: 12 }, (_, i) => ({
    key: `bench-${r}-${i}`,
    name: `示例部门${r}-${i}`,
    kind: 'government_department' as const,
    regionCode,
    isDemo: true,
  })),
);
const insertedOrgs = await database.db
  .insert(orgs)
  .values(orgRows)
  .returning({ id: orgs.id, regionCode: orgs.regionCode, name: orgs.name });
const orgsByRegion = new Map<string, typeof insertedOrgs>();
for (const o of insertedOrgs) orgsByRegion.set(o.regionCode, [...(orgsByRegion.get(o.regionCode) ?? []), o]);
const bases = await database.db
  .insert(baseItems)
  .values(
    names.map((name, i) => ({
      code: `BENCH${i}`,
      name,
      itemType: 'licensing',
      basis: '示例',
      competentDept: '示例',
    })),
  )
  .returning({ id: baseItems.id, name: baseItems.name });

for (let start = 0; start < SIZE; start += 1000) {
  const n = Math.min(1000, SIZE - start);
  const batch = Array.from({ length: n }, (_, k) => {
    const i = start + k;
    const regionOrgs = orgsByRegion.get(regionOf(i)) ?? insertedOrgs;
    const org = regionOrgs[i % regionOrgs.length];
    const base = bases[i % bases.length];
    if (!org || !base) throw new Error('bench data');
    return { id: randomUUID(), org, base, i };
  });
  await database.db.transaction(async (tx) => {
    await tx.insert(implementations).values(
      batch.map(({ id, org, base, i }) => ({
        id,
        code: `B-${i}`,
        baseItemId: base.id,
        regionCode: org.regionCode,
        orgId: org.id,
        isDemo: true,
      })),
    );
    await tx.insert(searchDocs).values(
      batch.map(({ id, org, base, i }) =>
        buildSearchDoc({
          implementationId: id,
          name: `${base.name}${kinds[i % kinds.length]}`,
          keywords: [],
          orgName: org.name,
          regionCode: org.regionCode,
          orgId: org.id,
          itemType: i % 3 === 0 ? 'public_service' : 'licensing',
          audience: i % 2 === 0 ? ['person'] : ['legal_person'],
          themes: [themes[i % themes.length] ?? '开办'],
          maturity: maturities[i % maturities.length] ?? 'IV',
          channels: ['window', 'web', 'mobile'],
          popularity: i % 997,
        }),
      ),
    );
  });
}
await database.vacuum();
const loadMs = Date.now() - started;
const indexStarted = Date.now();
await warmSearchIndex(deps);
const indexMs = Date.now() - indexStarted;

const words = [
  '营业执照',
  '公积金',
  '不动产',
  '身份证',
  '食品经营',
  '出生',
  '退休',
  '消防',
  '规划许可',
  '环境影响',
  '登记',
  '许可',
];
const pinyin = ['yyzz', 'gjj', 'bdcdj', 'zhufanggongjijin', 'shipin', 'jzz'];
const queries: SearchQuery[] = [];
for (let i = 0; i < QUERIES; i++) {
  const q = i % 4 === 3 ? pinyin[i % pinyin.length] : words[i % words.length];
  const region = i % 2 === 0 ? counties[i % counties.length] : undefined;
  const audience = i % 5 === 0 ? 'person' : undefined;
  queries.push({ q, region, audience, limit: 20, offset: 0 });
}
// warm-up
for (const q of queries.slice(0, 30)) await searchItems(deps, q);
const samples: number[] = [];
const byKind = { chinese: [] as number[], pinyin: [] as number[], hot: [] as number[] };
for (const q of queries) {
  const t = performance.now();
  await searchItems(deps, q);
  const ms = performance.now() - t;
  samples.push(ms);
  (/^[a-z]+$/.test(q.q ?? '') ? byKind.pinyin : byKind.chinese).push(ms);
}
for (const region of counties) {
  const t = performance.now();
  await searchItems(deps, { region, limit: 20, offset: 0 });
  byKind.hot.push(performance.now() - t);
}
const sample = await searchItems(deps, { q: '公积金', region: '150203000000', limit: 20, offset: 0 });
await database.close();
if (!keepDir) fs.rmSync(dataDir, { recursive: true, force: true });

report({
  bench: 'search',
  database: database.kind,
  implementations: SIZE,
  queries: samples.length,
  loadSeconds: round(loadMs / 1000, 1),
  indexLoadSeconds: round(indexMs / 1000, 1),
  p50Ms: percentile(samples, 50),
  p95Ms: percentile(samples, 95),
  p99Ms: percentile(samples, 99),
  chineseP95Ms: percentile(byKind.chinese, 95),
  pinyinP95Ms: percentile(byKind.pinyin, 95),
  hotItemsP95Ms: percentile(byKind.hot, 95),
  targetP95Ms: 20,
  ratioToTarget: round(percentile(samples, 95) / 20, 2),
  sampleTotal: sample.total,
});
