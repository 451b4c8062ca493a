// Reports over the catalogue: the guide-quality scorecard (seed 002 附件) and the 三级N同 report (seed 001 二(一)).
import type { Guide } from '@msb/contracts';
import { eq, inArray, like, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/access.ts';
import type { Deps } from '../../platform/deps.ts';
import { likeContaining } from '../../platform/sql-text.ts';
import { trimRegion } from '../identity/domain/scope.ts';
import { regions } from '../regions/regions.tables.ts';
import { listImplementationsWithLatest } from './catalog.repo.ts';
import { baseItems, implementations, implementationVersions } from './catalog.tables.ts';
import { findLevelDeviations } from './domain/consistency.ts';
import { scoreGuides } from './domain/scorecard.ts';
import type { ScoreEntry } from './domain/scorecard-types.ts';

export interface ReportFilter {
  region?: string;
  orgId?: string;
}

interface CatalogRow {
  implementationId: string;
  baseItemId: string;
  name: string;
  orgId: string;
  orgName: string;
  regionCode: string;
  published: boolean;
  demoFlaw: string | null;
  guide: Guide;
}

/** Each implementation in scope with the guide citizens see (published) or, before publishing, its latest draft. */
async function loadCatalogRows(deps: Deps, actor: Actor, filter: ReportFilter): Promise<CatalogRow[]> {
  const scopePrefix = actor.orgId ? undefined : trimRegion(filter.region ?? actor.regionCode ?? '__none__');
  const regionPrefix =
    filter.region && actor.regionCode && trimRegion(filter.region).startsWith(trimRegion(actor.regionCode))
      ? trimRegion(filter.region)
      : scopePrefix;
  const { rows } = await listImplementationsWithLatest(
    deps.db,
    { regionPrefix, orgId: actor.orgId ?? filter.orgId },
    1_000_000,
  );
  const publishedIds = rows.map((r) => r.impl.publishedVersionId).filter((id): id is string => id !== null);
  const published = new Map<string, Guide>();
  for (let i = 0; i < publishedIds.length; i += 1000) {
    const chunk = await deps.db
      .select({ id: implementationVersions.id, guide: implementationVersions.guide })
      .from(implementationVersions)
      .where(inArray(implementationVersions.id, publishedIds.slice(i, i + 1000)));
    for (const v of chunk) published.set(v.id, v.guide);
  }
  return rows.map((r) => {
    const guide = (r.impl.publishedVersionId && published.get(r.impl.publishedVersionId)) || r.version.guide;
    return {
      implementationId: r.impl.id,
      baseItemId: r.impl.baseItemId,
      name: guide.name,
      orgId: r.impl.orgId,
      orgName: r.orgName,
      regionCode: r.impl.regionCode,
      published: r.impl.publishedVersionId !== null,
      demoFlaw: r.impl.demoFlaw,
      guide,
    };
  });
}

export async function getConsistencyReport(deps: Deps, actor: Actor, filter: ReportFilter = {}) {
  const rows = await loadCatalogRows(deps, actor, filter);
  return consistencyOf(deps, rows);
}

async function consistencyOf(deps: Deps, rows: CatalogRow[]) {
  const byBase = new Map<string, CatalogRow[]>();
  for (const r of rows) byBase.set(r.baseItemId, [...(byBase.get(r.baseItemId) ?? []), r]);
  const bases = byBase.size
    ? await deps.db
        .select()
        .from(baseItems)
        .where(inArray(baseItems.id, [...byBase.keys()]))
    : [];
  return bases
    .map((base) => ({
      baseItemId: base.id,
      baseCode: base.code,
      baseName: base.name,
      deviations: findLevelDeviations(
        { code: base.code, name: base.name, itemType: base.itemType, basis: base.basis },
        (byBase.get(base.id) ?? []).map((r) => ({
          implementationId: r.implementationId,
          regionCode: r.regionCode,
          orgName: r.orgName,
          guide: r.guide,
        })),
      ),
    }))
    .filter((b) => b.deviations.length > 0)
    .sort((a, b) => a.baseCode.localeCompare(b.baseCode));
}

export async function getScorecard(deps: Deps, actor: Actor, filter: ReportFilter = {}) {
  const rows = await loadCatalogRows(deps, actor, filter);
  const consistency = await consistencyOf(deps, rows);
  const entries: ScoreEntry[] = rows.map(({ baseItemId: _b, demoFlaw: _d, ...entry }) => entry);
  const card = scoreGuides(entries, { deviations: consistency.flatMap((c) => c.deviations) });
  const flaws = new Map(rows.map((r) => [r.implementationId, r.demoFlaw]));
  const codes = card.regions.map((r) => r.id);
  const regionRows = codes.length
    ? await deps.db
        .select({ code: regions.code, name: regions.name })
        .from(regions)
        .where(inArray(regions.code, codes))
    : [];
  const names = new Map(regionRows.map((r) => [r.code, r.name]));
  return {
    ...card,
    regions: card.regions.map((r) => ({ ...r, name: names.get(r.id) ?? r.name })),
    items: card.items.map((item) => ({ ...item, demoFlaw: flaws.get(item.implementationId) ?? null })),
  };
}

/** Base items with how many implementations each has, for claiming (认领) a new implementation. */
export async function listBaseItems(deps: Deps, q?: string) {
  const rows = await deps.db
    .select({
      id: baseItems.id,
      code: baseItems.code,
      name: baseItems.name,
      itemType: baseItems.itemType,
      competentDept: baseItems.competentDept,
      basis: baseItems.basis,
      implementations: sql<number>`count(${implementations.id})::int`,
      templateId: sql<
        string | null
      >`(array_agg(${implementations.id} ORDER BY ${implementations.createdAt}))[1]`,
    })
    .from(baseItems)
    .leftJoin(implementations, eq(implementations.baseItemId, baseItems.id))
    .where(q ? like(baseItems.name, likeContaining(q)) : undefined)
    .groupBy(baseItems.id)
    .orderBy(baseItems.code)
    .limit(500);
  return rows;
}
