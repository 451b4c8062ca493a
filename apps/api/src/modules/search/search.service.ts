// Catalogue search: Chinese words and bigrams, pinyin and initials, synonyms, filters with region inheritance.
import { eq, gte, sql } from 'drizzle-orm';
import type { Database, DbOrTx } from '../../platform/db.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { baseItems, implementations, implementationVersions } from '../catalog/catalog.tables.ts';
import { orgs } from '../orgs/orgs.tables.ts';
import { isPinyinQuery, normalisePinyinQuery, pinyinKeys } from './domain/pinyin-keys.ts';
import { SearchIndex } from './domain/search-index.ts';
import type { SearchIndexHit, SearchIndexQuery, SearchIndexResult } from './domain/search-index-types.ts';
import { indexTokens } from './domain/tokenize.ts';
import { searchDocs, searchMisses } from './search.tables.ts';

/** Rebuild the search document of one implementation from its published version (called inside publish). */
export async function indexImplementation(tx: DbOrTx, implementationId: string): Promise<void> {
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
    // a new document starts at 0; a re-published one keeps the popularity it has earned
    popularity: 0,
  });
  const { implementationId: _id, popularity: _popularity, ...rest } = doc;
  await tx
    .insert(searchDocs)
    .values(doc)
    .onConflictDoUpdate({
      target: searchDocs.implementationId,
      set: {
        ...rest,
        updatedAt: sql`clock_timestamp()`,
      },
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

export type SearchQuery = SearchIndexQuery;
export type SearchHit = SearchIndexHit;
export type SearchResult = SearchIndexResult;

/**
 * Each process answers searches from an in-memory inverted index of the published search documents
 * (domain/search-index.ts): broad words match tens of thousands of items, and visiting that many rows takes
 * PGlite (WASM) 20–80 ms where the index takes a few (docs/BENCHMARKS.md). search_docs stays the source of
 * truth: the index loads it at start, applies this process's publishes at once, and picks up other
 * instances' publishes by `updated_at` at most `config.searchSyncMs` later.
 */
interface LiveIndex {
  index: SearchIndex;
  syncedAt: number;
  watermark: Date | null;
  pending: Promise<void> | undefined;
}
/** re-read a little before the watermark: a transaction that started earlier may commit later */
const OVERLAP_MS = 10_000;
const live = new WeakMap<Database, LiveIndex>();

async function liveIndex(deps: Deps, force = false): Promise<SearchIndex> {
  let entry = live.get(deps.database);
  if (!entry) {
    entry = { index: new SearchIndex(), syncedAt: 0, watermark: null, pending: undefined };
    live.set(deps.database, entry);
  }
  const current = entry;
  if (force || Date.now() - current.syncedAt >= deps.config.searchSyncMs) {
    current.pending ??= syncIndex(deps, current).finally(() => {
      current.pending = undefined;
    });
    await current.pending;
  }
  return current.index;
}

async function syncIndex(deps: Deps, entry: LiveIndex): Promise<void> {
  const since = entry.watermark ? new Date(entry.watermark.getTime() - OVERLAP_MS) : undefined;
  const rows = await deps.db
    .select()
    .from(searchDocs)
    .where(since ? gte(searchDocs.updatedAt, since) : undefined);
  for (const { updatedAt, ...doc } of rows) {
    entry.index.upsert(doc);
    if (!entry.watermark || updatedAt > entry.watermark) entry.watermark = updatedAt;
  }
  entry.syncedAt = Date.now();
}

/** Load the index before the first citizen searches (server start, after bulk loads). */
export async function warmSearchIndex(deps: Deps): Promise<number> {
  return (await liveIndex(deps, true)).size;
}

/** After a publish commits: this process sees that one document at once (no re-read of the others). */
export async function refreshSearchIndex(deps: Deps, implementationId: string): Promise<void> {
  const entry = live.get(deps.database);
  if (!entry) return; // not loaded yet: the first search loads every document
  const [row] = await deps.db
    .select()
    .from(searchDocs)
    .where(eq(searchDocs.implementationId, implementationId));
  if (!row) {
    entry.index.remove(implementationId);
    return;
  }
  const { updatedAt: _updatedAt, ...doc } = row;
  entry.index.upsert(doc);
}

export async function searchItems(deps: Deps, query: SearchQuery): Promise<SearchResult> {
  const q = (query.q ?? '').trim().slice(0, 50);
  if (q && isPinyinQuery(q) && !normalisePinyinQuery(q)) {
    throw new AppError('VALIDATION_FAILED', '查询内容无效', {
      fields: [{ field: 'q', message: '请输入汉字或拼音' }],
    });
  }
  const index = await liveIndex(deps);
  const result = index.search({ ...query, q });
  if (result.total === 0 && q && query.offset === 0) {
    await deps.db.insert(searchMisses).values({ query: q, filters: filtersOf(query), at: deps.now() });
  }
  return result;
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
