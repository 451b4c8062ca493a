// Catalogue search: Chinese words and bigrams, pinyin and initials, synonyms, filters with region inheritance.
import { regionAncestors } from '@msb/contracts';
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { baseItems, implementations, implementationVersions } from '../catalog/catalog.tables.ts';
import { orgs } from '../orgs/orgs.tables.ts';
import { highlightRanges } from './domain/highlight.ts';
import { isPinyinQuery, normalisePinyinQuery, pinyinKeys } from './domain/pinyin-keys.ts';
import { indexTokens, queryTokenGroups } from './domain/tokenize.ts';
import { searchDocs, searchMisses } from './search.tables.ts';

/** Rebuild the search document of one implementation from its published version (called inside publish). */
export async function indexImplementation(
  tx: DbOrTx,
  implementationId: string,
  popularity?: number,
): Promise<void> {
  const [row] = await tx
    .select({
      impl: implementations,
      guide: implementationVersions.guide,
      orgName: orgs.name,
      baseName: baseItems.name,
    })
    .from(implementations)
    .innerJoin(implementationVersions, eq(implementationVersions.id, implementations.publishedVersionId))
    .innerJoin(orgs, eq(orgs.id, implementations.orgId))
    .innerJoin(baseItems, eq(baseItems.id, implementations.baseItemId))
    .where(eq(implementations.id, implementationId));
  if (!row) {
    await tx.delete(searchDocs).where(eq(searchDocs.implementationId, implementationId));
    return;
  }
  const doc = buildSearchDoc({
    implementationId,
    name: row.guide.name,
    keywords: [...row.guide.keywords, row.baseName],
    orgName: row.orgName,
    regionCode: row.impl.regionCode,
    orgId: row.impl.orgId,
    itemType: row.guide.itemType,
    audience: row.guide.audience,
    themes: row.guide.themes,
    maturity: row.guide.maturity,
    channels: row.guide.channels,
    popularity: popularity ?? 0,
  });
  const { implementationId: _id, popularity: pop, ...rest } = doc;
  await tx
    .insert(searchDocs)
    .values(doc)
    .onConflictDoUpdate({
      target: searchDocs.implementationId,
      set: { ...rest, ...(popularity === undefined ? {} : { popularity: pop }), updatedAt: new Date() },
    });
}

export interface SearchDocInput {
  implementationId: string;
  name: string;
  keywords: string[];
  orgName: string;
  regionCode: string;
  orgId: string;
  itemType: string;
  audience: string[];
  themes: string[];
  maturity: string;
  channels: string[];
  popularity: number;
}

/** Pure: the row written to search_docs (also used by the benchmark's bulk loader). */
export function buildSearchDoc(input: SearchDocInput): typeof searchDocs.$inferInsert {
  // the name and each keyword get their own pinyin keys, space-separated so a match never spans two of them
  // (营业执照 as a keyword of 市场主体设立登记 makes `yyzz` find it)
  const keys = [input.name, ...input.keywords]
    .map((text) => pinyinKeys(text))
    .filter((k) => k.initials.length > 0);
  return {
    implementationId: input.implementationId,
    name: input.name,
    orgName: input.orgName,
    regionCode: input.regionCode,
    orgId: input.orgId,
    itemType: input.itemType,
    audience: input.audience,
    themes: input.themes,
    maturity: input.maturity,
    channels: input.channels,
    tokens: indexTokens([input.name, ...input.keywords, input.orgName]),
    pinyin: keys.map((k) => k.full).join(' '),
    initials: keys.map((k) => k.initials).join(' '),
    popularity: input.popularity,
  };
}

export interface SearchQuery {
  q?: string;
  region?: string;
  org?: string;
  type?: string;
  audience?: string;
  theme?: string;
  maturity?: string;
  channel?: string;
  limit: number;
  offset: number;
}

export interface SearchHit {
  id: string;
  name: string;
  orgId: string;
  orgName: string;
  regionCode: string;
  itemType: string;
  audience: string[];
  themes: string[];
  maturity: string;
  channels: string[];
  highlights: [number, number][];
}

export async function searchItems(
  deps: Deps,
  query: SearchQuery,
): Promise<{ total: number; items: SearchHit[] }> {
  const q = (query.q ?? '').trim().slice(0, 50);
  const where: SQL[] = [];
  if (query.region) {
    // a county sees its own items and those of its league (city) and the autonomous region
    where.push(inArray(searchDocs.regionCode, [...regionAncestors(query.region), query.region]));
  }
  if (query.org) where.push(eq(searchDocs.orgId, query.org));
  if (query.type) where.push(eq(searchDocs.itemType, query.type));
  if (query.maturity) where.push(eq(searchDocs.maturity, query.maturity));
  if (query.audience) where.push(sql`${searchDocs.audience} @> ARRAY[${query.audience}]::text[]`);
  if (query.theme) where.push(sql`${searchDocs.themes} @> ARRAY[${query.theme}]::text[]`);
  if (query.channel) where.push(sql`${searchDocs.channels} @> ARRAY[${query.channel}]::text[]`);

  let rank: SQL | undefined;
  if (q) {
    if (isPinyinQuery(q)) {
      const p = normalisePinyinQuery(q);
      if (!p)
        throw new AppError('VALIDATION_FAILED', '查询内容无效', {
          fields: [{ field: 'q', message: '请输入汉字或拼音' }],
        });
      where.push(sql`(${searchDocs.initials} LIKE ${`%${p}%`} OR ${searchDocs.pinyin} LIKE ${`%${p}%`})`);
      // the name's keys come first in the column: name prefix, then inside the name, then a keyword
      rank = sql`CASE WHEN ${searchDocs.initials} LIKE ${`${p}%`} OR ${searchDocs.pinyin} LIKE ${`${p}%`} THEN 0
        WHEN split_part(${searchDocs.initials}, ' ', 1) LIKE ${`%${p}%`} OR split_part(${searchDocs.pinyin}, ' ', 1) LIKE ${`%${p}%`} THEN 1
        ELSE 2 END`;
    } else {
      const groups = queryTokenGroups(q);
      if (groups.length === 0) return { total: 0, items: [] };
      for (const group of groups) where.push(sql`${searchDocs.tokens} && ${toTextArray(group)}`);
      rank = sql`CASE WHEN ${searchDocs.name} = ${q} THEN 0 WHEN ${searchDocs.name} LIKE ${`${q}%`} THEN 1
        WHEN ${searchDocs.name} LIKE ${`%${q}%`} THEN 2 ELSE 3 END`;
    }
  }
  // Rank and page over ids only (no wide columns, no window count), then fetch the page's rows and
  // count separately: both stay cheap when a common word matches tens of thousands of items.
  const filter = and(...where);
  const [page, total] = await Promise.all([
    deps.db
      .select({ id: searchDocs.implementationId })
      .from(searchDocs)
      .where(filter)
      .orderBy(
        ...(rank ? [rank] : []),
        sql`${searchDocs.popularity} DESC`,
        sql`length(${searchDocs.name})`,
        searchDocs.implementationId,
      )
      .limit(query.limit)
      .offset(query.offset),
    countOnly(deps, filter),
  ]);
  if (total === 0 && q && query.offset === 0) {
    await deps.db.insert(searchMisses).values({ query: q, filters: filtersOf(query), at: deps.now() });
  }
  const ids = page.map((r) => r.id);
  const rows = ids.length
    ? await deps.db
        .select({
          id: searchDocs.implementationId,
          name: searchDocs.name,
          orgId: searchDocs.orgId,
          orgName: searchDocs.orgName,
          regionCode: searchDocs.regionCode,
          itemType: searchDocs.itemType,
          audience: searchDocs.audience,
          themes: searchDocs.themes,
          maturity: searchDocs.maturity,
          channels: searchDocs.channels,
        })
        .from(searchDocs)
        .where(inArray(searchDocs.implementationId, ids))
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    total,
    items: ids.flatMap((id) => {
      const hit = byId.get(id);
      return hit ? [{ ...hit, highlights: q ? highlightRanges(hit.name, q) : [] }] : [];
    }),
  };
}

const toTextArray = (values: string[]) =>
  sql`ARRAY[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;

async function countOnly(deps: Deps, filter: SQL | undefined): Promise<number> {
  const [row] = await deps.db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(searchDocs)
    .where(filter);
  return row?.n ?? 0;
}

function filtersOf(query: SearchQuery): Record<string, unknown> {
  const { q: _q, limit: _l, offset: _o, ...filters } = query;
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined));
}

export async function listMisses(deps: Deps, limit = 100) {
  return deps.db
    .select({
      query: searchMisses.query,
      count: sql<number>`count(*)`.mapWith(Number),
      last: sql<string>`max(${searchMisses.at})`,
    })
    .from(searchMisses)
    .groupBy(searchMisses.query)
    .orderBy(sql`count(*) DESC`)
    .limit(limit);
}
