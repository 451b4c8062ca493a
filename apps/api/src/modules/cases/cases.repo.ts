// Queries of the cases module; every function takes the database or transaction handle first.
import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../platform/db.ts';
import { caseEvents, caseMaterials, cases } from './cases.tables.ts';

export type CaseRow = typeof cases.$inferSelect;
export type CaseMaterialRow = typeof caseMaterials.$inferSelect;
export type CaseEventRow = typeof caseEvents.$inferSelect;

export async function findCase(db: DbOrTx, id: string): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(cases).where(eq(cases.id, id));
  return row;
}

/** The row, locked until the transaction ends: two clerks acting at once are serialised here. */
export async function lockCase(tx: Tx, id: string): Promise<CaseRow | undefined> {
  const [row] = await tx.select().from(cases).where(eq(cases.id, id)).for('update');
  return row;
}

/** The update of a case row, not yet run: to await, or to combine with an event (writeWithLink). */
export function caseUpdate(db: DbOrTx, id: string, values: Partial<typeof cases.$inferInsert>) {
  return db.update(cases).set(values).where(eq(cases.id, id));
}

export async function updateCase(
  tx: Tx,
  id: string,
  values: Partial<typeof cases.$inferInsert>,
): Promise<void> {
  await caseUpdate(tx, id, values);
}

export async function listCaseMaterials(db: DbOrTx, caseId: string): Promise<CaseMaterialRow[]> {
  return db
    .select()
    .from(caseMaterials)
    .where(eq(caseMaterials.caseId, caseId))
    .orderBy(asc(caseMaterials.addedAt));
}

export async function findCaseMaterial(
  db: DbOrTx,
  caseId: string,
  id: string,
): Promise<CaseMaterialRow | undefined> {
  const [row] = await db
    .select()
    .from(caseMaterials)
    .where(and(eq(caseMaterials.caseId, caseId), eq(caseMaterials.id, id)));
  return row;
}

export async function listCaseEvents(db: DbOrTx, caseId: string): Promise<CaseEventRow[]> {
  return db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(asc(caseEvents.seq));
}

export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
