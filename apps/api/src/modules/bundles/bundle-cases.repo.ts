// Queries of bundle cases and their members; every function takes the db or transaction handle first.
import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../platform/db.ts';
import type { CaseRow } from '../cases/cases.repo.ts';
import { cases } from '../cases/cases.tables.ts';
import { bundleCaseMembers, bundleCases } from './bundles.tables.ts';

export type BundleCaseRow = typeof bundleCases.$inferSelect;
export type MemberLinkRow = typeof bundleCaseMembers.$inferSelect;
export interface MemberRow {
  link: MemberLinkRow;
  row: CaseRow;
}

export async function findBundleCase(db: DbOrTx, id: string): Promise<BundleCaseRow | undefined> {
  const [row] = await db.select().from(bundleCases).where(eq(bundleCases.id, id));
  return row;
}

/** Locks the bundle case row: its intake and every reaction to a member's decision run one at a time. */
export async function lockBundleCase(tx: Tx, id: string): Promise<BundleCaseRow | undefined> {
  const [row] = await tx.select().from(bundleCases).where(eq(bundleCases.id, id)).for('update');
  return row;
}

export async function bundleMembers(db: DbOrTx, bundleCaseId: string): Promise<MemberRow[]> {
  const rows = await db
    .select({ link: bundleCaseMembers, row: cases })
    .from(bundleCaseMembers)
    .innerJoin(cases, eq(cases.id, bundleCaseMembers.caseId))
    .where(eq(bundleCaseMembers.bundleCaseId, bundleCaseId))
    .orderBy(asc(bundleCaseMembers.position));
  return rows;
}

export async function findBundleCaseByKey(
  db: DbOrTx,
  userId: string,
  key: string,
): Promise<string | undefined> {
  const [row] = await db
    .select({ id: bundleCases.id })
    .from(bundleCases)
    .where(and(eq(bundleCases.filedBy, userId), eq(bundleCases.idempotencyKey, key)));
  return row?.id;
}

export async function updateBundleCase(
  tx: Tx,
  id: string,
  values: Partial<typeof bundleCases.$inferInsert>,
): Promise<void> {
  await tx.update(bundleCases).set(values).where(eq(bundleCases.id, id));
}

export async function updateMemberLink(
  tx: Tx,
  bundleCaseId: string,
  memberKey: string,
  values: Partial<typeof bundleCaseMembers.$inferInsert>,
): Promise<void> {
  await tx
    .update(bundleCaseMembers)
    .set(values)
    .where(and(eq(bundleCaseMembers.bundleCaseId, bundleCaseId), eq(bundleCaseMembers.memberKey, memberKey)));
}
