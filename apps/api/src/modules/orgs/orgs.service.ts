import { validateCreditCode } from '@msb/contracts';
import { and, asc, eq, like, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/access.ts';
import type { DbOrTx } from '../../platform/db.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, forbidden, notFound, validationFailed } from '../../platform/errors.ts';
import { regionWithin, trimRegion } from '../identity/domain/scope.ts';
import { regions } from '../regions/regions.tables.ts';
import { orgs } from './orgs.tables.ts';

export type OrgRow = typeof orgs.$inferSelect;
export type OrgKind = OrgRow['kind'];
export type OrgInput = Pick<OrgRow, 'key' | 'name' | 'kind' | 'regionCode'> & {
  creditCode: string | null;
  phone: string | null;
  address: string | null;
  isDemo?: boolean;
};

export async function listOrgs(
  deps: Deps,
  query: { region?: string; kind?: OrgKind; within?: string },
): Promise<OrgRow[]> {
  const where: SQL[] = [];
  if (query.region) where.push(eq(orgs.regionCode, query.region));
  if (query.within) where.push(like(orgs.regionCode, `${trimRegion(query.within)}%`));
  if (query.kind) where.push(eq(orgs.kind, query.kind));
  return deps.db
    .select()
    .from(orgs)
    .where(and(...where))
    .orderBy(asc(orgs.regionCode), asc(orgs.name));
}

export async function getOrg(db: DbOrTx, id: string): Promise<OrgRow> {
  const [row] = await db.select().from(orgs).where(eq(orgs.id, id));
  if (!row) throw notFound('部门');
  return row;
}

/** Unified social credit codes must pass the GB 32100 checksum; regions must exist. */
async function validateOrg(db: DbOrTx, input: OrgInput): Promise<void> {
  const fields = [];
  if (input.creditCode) {
    const problem = validateCreditCode(input.creditCode);
    if (problem) fields.push({ field: 'creditCode', message: problem });
  }
  const [region] = await db
    .select({ code: regions.code })
    .from(regions)
    .where(eq(regions.code, input.regionCode));
  if (!region) fields.push({ field: 'regionCode', message: `区划代码 ${input.regionCode} 不存在` });
  if (fields.length) throw validationFailed(fields);
}

export async function createOrg(deps: Deps, actor: Actor | null, input: OrgInput): Promise<OrgRow> {
  if (actor && (!actor.regionCode || !regionWithin(input.regionCode, actor.regionCode))) {
    throw forbidden('只能在本人管辖区划内新建部门');
  }
  await validateOrg(deps.db, input);
  const [dupe] = await deps.db.select({ id: orgs.id }).from(orgs).where(eq(orgs.key, input.key));
  if (dupe) throw new AppError('CONFLICT', `部门标识 ${input.key} 已存在`);
  const [row] = await deps.db.insert(orgs).values(input).returning();
  if (!row) throw new AppError('INTERNAL', '新建部门失败');
  return row;
}

export async function updateOrg(
  deps: Deps,
  actor: Actor,
  id: string,
  input: Partial<OrgInput>,
): Promise<OrgRow> {
  return deps.db.transaction(async (tx) => {
    const current = await getOrg(tx, id);
    const next = { ...current, ...input };
    if (
      !actor.regionCode ||
      !regionWithin(current.regionCode, actor.regionCode) ||
      !regionWithin(next.regionCode, actor.regionCode)
    ) {
      throw forbidden('只能修改本人管辖区划内的部门');
    }
    await validateOrg(tx, next);
    const [row] = await tx.update(orgs).set(input).where(eq(orgs.id, id)).returning();
    if (!row) throw notFound('部门');
    return row;
  });
}
