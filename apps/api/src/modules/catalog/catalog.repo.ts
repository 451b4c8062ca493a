// Queries of the catalogue tables only; every function takes the database or transaction handle first.
import { and, desc, eq, inArray, like, max, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db.ts';
import { likeContaining } from '../../platform/sql-text.ts';
import { orgs } from '../orgs/orgs.tables.ts';
import { regions } from '../regions/regions.tables.ts';
import { baseItems, implementations, implementationVersions, type VersionStatus } from './catalog.tables.ts';

export type VersionRow = typeof implementationVersions.$inferSelect;
export type ImplementationRow = typeof implementations.$inferSelect;
export type BaseItemRow = typeof baseItems.$inferSelect;

export async function findImplementation(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ impl: implementations, base: baseItems, org: orgs, regionName: regions.name })
    .from(implementations)
    .innerJoin(baseItems, eq(baseItems.id, implementations.baseItemId))
    .innerJoin(orgs, eq(orgs.id, implementations.orgId))
    .innerJoin(regions, eq(regions.code, implementations.regionCode))
    .where(eq(implementations.id, id));
  return row;
}

export async function findVersion(
  db: DbOrTx,
  id: string,
  forUpdate = false,
): Promise<VersionRow | undefined> {
  const q = db.select().from(implementationVersions).where(eq(implementationVersions.id, id));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

export async function latestVersion(
  db: DbOrTx,
  implementationId: string,
  forUpdate = false,
): Promise<VersionRow | undefined> {
  const q = db
    .select()
    .from(implementationVersions)
    .where(eq(implementationVersions.implementationId, implementationId))
    .orderBy(desc(implementationVersions.versionNo))
    .limit(1);
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

export async function listVersions(db: DbOrTx, implementationId: string): Promise<VersionRow[]> {
  return db
    .select()
    .from(implementationVersions)
    .where(eq(implementationVersions.implementationId, implementationId))
    .orderBy(desc(implementationVersions.versionNo));
}

export async function nextVersionNo(db: DbOrTx, implementationId: string): Promise<number> {
  const [row] = await db
    .select({ n: max(implementationVersions.versionNo) })
    .from(implementationVersions)
    .where(eq(implementationVersions.implementationId, implementationId));
  return (row?.n ?? 0) + 1;
}

export interface ImplementationFilter {
  regionPrefix?: string;
  orgId?: string;
  status?: VersionStatus;
  q?: string;
  baseItemId?: string;
  ids?: string[];
}

/** Implementations with their latest version (the one an editor works on) and the published one. */
export async function listImplementationsWithLatest(
  db: DbOrTx,
  filter: ImplementationFilter,
  limit = 200,
  offset = 0,
) {
  const latest = db
    .select({
      implementationId: implementationVersions.implementationId,
      maxNo: max(implementationVersions.versionNo).as('max_no'),
    })
    .from(implementationVersions)
    .groupBy(implementationVersions.implementationId)
    .as('latest');
  const where: SQL[] = [];
  if (filter.regionPrefix) where.push(like(implementations.regionCode, `${filter.regionPrefix}%`));
  if (filter.orgId) where.push(eq(implementations.orgId, filter.orgId));
  if (filter.status) where.push(eq(implementationVersions.status, filter.status));
  if (filter.baseItemId) where.push(eq(implementations.baseItemId, filter.baseItemId));
  if (filter.ids) where.push(inArray(implementations.id, filter.ids));
  if (filter.q) where.push(sql`${implementationVersions.guide}->>'name' LIKE ${likeContaining(filter.q)}`);
  const rows = await db
    .select({
      impl: implementations,
      version: implementationVersions,
      orgName: orgs.name,
      regionName: regions.name,
      baseCode: baseItems.code,
      total: sql<number>`count(*) over ()::int`,
    })
    .from(implementations)
    .innerJoin(latest, eq(latest.implementationId, implementations.id))
    .innerJoin(
      implementationVersions,
      and(
        eq(implementationVersions.implementationId, implementations.id),
        eq(implementationVersions.versionNo, latest.maxNo),
      ),
    )
    .innerJoin(orgs, eq(orgs.id, implementations.orgId))
    .innerJoin(regions, eq(regions.code, implementations.regionCode))
    .innerJoin(baseItems, eq(baseItems.id, implementations.baseItemId))
    .where(and(...where))
    .orderBy(implementations.regionCode, implementations.code)
    .limit(limit)
    .offset(offset);
  return { rows, total: rows[0]?.total ?? 0 };
}
