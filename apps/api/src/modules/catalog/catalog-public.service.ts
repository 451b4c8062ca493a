// What citizens read: the published guide of an implementation, never a draft.
import type { Guide } from '@msb/contracts';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db.ts';
import type { Deps } from '../../platform/deps.ts';
import { notFound } from '../../platform/errors.ts';
import { orgs } from '../orgs/orgs.tables.ts';
import { regions } from '../regions/regions.tables.ts';
import { baseItems, implementations, implementationVersions } from './catalog.tables.ts';
import { cachedGuide, rememberGuide } from './guide-cache.ts';

export interface PublishedGuideView {
  id: string;
  code: string;
  baseCode: string;
  versionId: string;
  versionNo: number;
  publishedAt: string;
  org: { id: string; name: string; phone: string | null; address: string | null; isDemo: boolean };
  region: { code: string; name: string };
  isDemo: boolean;
  guide: Guide;
}

export interface CachedGuide {
  view: PublishedGuideView;
  /** the response body, serialised and UTF-8 encoded once per published version */
  json: Buffer;
  etag: string;
}

export async function getPublishedGuide(deps: Deps, implementationId: string): Promise<PublishedGuideView> {
  return (await getPublishedGuideCached(deps, implementationId)).view;
}

/** The published guide with its JSON body, from memory until the next publish (guide-cache.ts). */
export async function getPublishedGuideCached(deps: Deps, implementationId: string): Promise<CachedGuide> {
  const now = Date.now();
  const hit = cachedGuide<CachedGuide>(implementationId, now, deps.config.guideCacheTtlMs);
  if (hit) return hit;
  const [row] = await deps.db
    .select({
      impl: implementations,
      version: implementationVersions,
      org: orgs,
      regionName: regions.name,
      baseCode: baseItems.code,
    })
    .from(implementations)
    .innerJoin(implementationVersions, eq(implementationVersions.id, implementations.publishedVersionId))
    .innerJoin(orgs, eq(orgs.id, implementations.orgId))
    .innerJoin(regions, eq(regions.code, implementations.regionCode))
    .innerJoin(baseItems, eq(baseItems.id, implementations.baseItemId))
    .where(eq(implementations.id, implementationId));
  if (!row) throw notFound('事项');
  const view: PublishedGuideView = {
    id: row.impl.id,
    code: row.impl.code,
    baseCode: row.baseCode,
    versionId: row.version.id,
    versionNo: row.version.versionNo,
    publishedAt: (row.version.publishedAt ?? row.version.createdAt).toISOString(),
    org: {
      id: row.org.id,
      name: row.org.name,
      phone: row.org.phone,
      address: row.org.address,
      isDemo: row.org.isDemo,
    },
    region: { code: row.impl.regionCode, name: row.regionName },
    isDemo: row.impl.isDemo,
    guide: row.version.guide,
  };
  const entry: CachedGuide = { view, json: Buffer.from(JSON.stringify(view)), etag: `"${view.versionId}"` };
  rememberGuide(implementationId, entry, now);
  return entry;
}

const versionGuides = new WeakMap<object, Map<string, Guide>>();

/**
 * The guide of a published (or superseded) version, which a case was filed under. Such a version never changes
 * (a trigger enforces it), so it is kept in memory for the life of the process.
 */
export async function getFiledVersionGuide(
  deps: Deps,
  versionId: string,
  db: DbOrTx = deps.db,
): Promise<Guide> {
  let byId = versionGuides.get(deps.database);
  if (!byId) {
    byId = new Map();
    versionGuides.set(deps.database, byId);
  }
  const hit = byId.get(versionId);
  if (hit) return hit;
  // inside a transaction pass its handle: the embedded database has one connection
  const [row] = await db
    .select({ guide: implementationVersions.guide, status: implementationVersions.status })
    .from(implementationVersions)
    .where(eq(implementationVersions.id, versionId));
  if (!row || (row.status !== 'published' && row.status !== 'superseded')) throw notFound('事项版本');
  byId.set(versionId, row.guide);
  return row.guide;
}
