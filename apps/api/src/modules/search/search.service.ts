// Catalogue search: Chinese words and bigrams, pinyin and initials, synonyms, filters with region inheritance.
import { regionAncestors } from '@msb/contracts';
import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { baseItems, implementations, implementationVersions } from '../catalog/catalog.tables.ts';
import { orgs } from '../orgs/orgs.tables.ts';
import { highlightRanges } from './domain/highlight.ts';
import { isPinyinQuery, normalisePinyinQuery, pinyinKeys } from './domain/pinyin-keys.ts';
import { rankScore } from './domain/rank.ts';
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

/** Beyond this many matches the total is reported as "at least" (totalExact = false). */
export const COUNT_CAP = 1000;
/** Extra candidates fetched beyond the page, re-ranked by match quality in rank.ts. */
const CANDIDATE_WINDOW = 60;

/**
 * The plan keeps every query cheap at 100,000 implementations (docs/BENCHMARKS.md):
 * 1. matches in popularity order (an index scan that stops after a page when a word is common, a bitmap
 *    scan and a small sort when it is rare), plus the name/pinyin prefix matches through pattern indexes;
 * 2. the union is ranked in memory by match quality (exact > prefix > substring > scattered bigrams >
 *    keyword or synonym only), then popularity, then the shorter name;
 * 3. the count stops at COUNT_CAP.
 * Trade-off: on page 1 of a very common word, an item that contains the query but is less popular than the
 * first page + window of matches may rank below a more popular item whose bigrams only occur apart.
 */
export async function searchItems(deps: Deps, query: SearchQuery): Promise<SearchResult> {
  const q = (query.q ?? '').trim().slice(0, 50);
  const filters = filterConditions(query);
  const need = query.offset + query.limit;
  let ids: string[];
  let total: number;
  if (!q) {
    const [page, count] = await Promise.all([
      deps.db
        .select({ id: searchDocs.implementationId })
        .from(searchDocs)
        .where(and(...filters))
        .orderBy(desc(searchDocs.popularity), searchDocs.implementationId)
        .limit(query.limit)
        .offset(query.offset),
      cappedCount(deps, and(...filters)),
    ]);
    ids = page.map((r) => r.id);
    total = count;
  } else {
    const plan = matchPlan(q);
    if (!plan) return { total: 0, totalExact: true, items: [] };
    const candidates = (where: SQL | undefined) =>
      deps.db
        .select({ id: searchDocs.implementationId, name: searchDocs.name, popularity: searchDocs.popularity })
        .from(searchDocs)
        .where(where)
        .orderBy(desc(searchDocs.popularity), searchDocs.implementationId)
        .limit(need + CANDIDATE_WINDOW);
    const [general, prefixed, count] = await Promise.all([
      candidates(and(...filters, plan.match)),
      candidates(and(...filters, plan.prefix)),
      cappedCount(deps, and(...filters, plan.match)),
    ]);
    const seen = new Map<string, { id: string; name: string; popularity: number }>();
    for (const row of [...prefixed, ...general]) seen.set(row.id, row);
    const ranked = [...seen.values()]
      .map((row) => ({ id: row.id, score: rankScore(row, q) }))
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    ids = ranked.slice(query.offset, need).map((r) => r.id);
    total = Math.max(count, Math.min(seen.size, COUNT_CAP));
    if (total === 0 && query.offset === 0) {
      await deps.db.insert(searchMisses).values({ query: q, filters: filtersOf(query), at: deps.now() });
    }
  }
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
    totalExact: total < COUNT_CAP,
    items: ids.flatMap((id) => {
      const hit = byId.get(id);
      return hit ? [{ ...hit, highlights: q ? highlightRanges(hit.name, q) : [] }] : [];
    }),
  };
}

export interface SearchResult {
  total: number;
  /** false when there are at least COUNT_CAP matches and `total` is that lower bound */
  totalExact: boolean;
  items: SearchHit[];
}

function filterConditions(query: SearchQuery): SQL[] {
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
  return where;
}

/** How a query matches: all of it (`match`) and the cheap prefix path (`prefix`), for Chinese or pinyin. */
function matchPlan(q: string): { match: SQL; prefix: SQL } | undefined {
  if (isPinyinQuery(q)) {
    const p = normalisePinyinQuery(q);
    if (!p)
      throw new AppError('VALIDATION_FAILED', '查询内容无效', {
        fields: [{ field: 'q', message: '请输入汉字或拼音' }],
      });
    return {
      match: sql`(${searchDocs.initials} LIKE ${`%${p}%`} OR ${searchDocs.pinyin} LIKE ${`%${p}%`})`,
      prefix: sql`(${searchDocs.initials} LIKE ${`${p}%`} OR ${searchDocs.pinyin} LIKE ${`${p}%`})`,
    };
  }
  const groups = queryTokenGroups(q);
  if (groups.length === 0) return undefined;
  const match = and(...groups.map((group) => sql`${searchDocs.tokens} && ${toTextArray(group)}`));
  if (!match) return undefined;
  return { match, prefix: and(match, sql`${searchDocs.name} LIKE ${`${escapeLike(q)}%`}`) ?? match };
}

/** `%`, `_` and `\` in a query are literal characters, not wildcards. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

async function cappedCount(deps: Deps, filter: SQL | undefined): Promise<number> {
  const inner = deps.db.select({ one: sql`1` }).from(searchDocs).where(filter).limit(COUNT_CAP).as('capped');
  const [row] = await deps.db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(inner);
  return row?.n ?? 0;
}

const toTextArray = (values: string[]) =>
  sql`ARRAY[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;

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
