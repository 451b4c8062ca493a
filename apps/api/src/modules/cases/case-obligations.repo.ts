// Queries of the 容缺 / 告知承诺 tables; every function takes the database or transaction handle first.
import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db.ts';
import {
  caseCommitments,
  caseMissingMaterials,
  caseVerificationTasks,
  creditMarks,
} from './case-obligations.tables.ts';
import type { CaseRow } from './cases.repo.ts';
import type { TransitionContext } from './domain/transitions.ts';

export type MissingMaterialRow = typeof caseMissingMaterials.$inferSelect;
export type CommitmentRow = typeof caseCommitments.$inferSelect;
export type VerificationTaskRow = typeof caseVerificationTasks.$inferSelect;
export type CreditMarkRow = typeof creditMarks.$inferSelect;

export async function listMissingMaterials(db: DbOrTx, caseId: string): Promise<MissingMaterialRow[]> {
  return db
    .select()
    .from(caseMissingMaterials)
    .where(eq(caseMissingMaterials.caseId, caseId))
    .orderBy(asc(caseMissingMaterials.dueOn), asc(caseMissingMaterials.materialId));
}

export async function findOpenMissingMaterial(
  db: DbOrTx,
  caseId: string,
  materialId: string,
): Promise<MissingMaterialRow | undefined> {
  const [row] = await db
    .select()
    .from(caseMissingMaterials)
    .where(
      and(
        eq(caseMissingMaterials.caseId, caseId),
        eq(caseMissingMaterials.materialId, materialId),
        isNull(caseMissingMaterials.suppliedAt),
      ),
    );
  return row;
}

/** What open 容缺 materials hold back, for the transition table's guards (TransitionContext). */
export function missingContext(
  rows: readonly Pick<MissingMaterialRow, 'suppliedAt' | 'holdUntil'>[],
): Pick<TransitionContext, 'openMissingMaterials' | 'missingHoldUntil'> {
  const open = rows.filter((r) => r.suppliedAt === null);
  if (open.length === 0) return { openMissingMaterials: 0 };
  // one rule per case (the item's, as at acceptance); the stricter one wins should they ever differ
  const holdUntil = open.some((r) => r.holdUntil === 'decision') ? 'decision' : 'result';
  return { openMissingMaterials: open.length, missingHoldUntil: holdUntil };
}

/** The facts of the case the transition table's guards read. */
export async function transitionContextOf(db: DbOrTx, row: CaseRow): Promise<TransitionContext> {
  return {
    instantItem: row.instant,
    decision: row.decision,
    ...missingContext(await listMissingMaterials(db, row.id)),
  };
}

export async function findCommitment(db: DbOrTx, caseId: string): Promise<CommitmentRow | undefined> {
  const [row] = await db.select().from(caseCommitments).where(eq(caseCommitments.caseId, caseId));
  return row;
}

export async function findVerificationTaskOfCase(
  db: DbOrTx,
  caseId: string,
): Promise<VerificationTaskRow | undefined> {
  const [row] = await db.select().from(caseVerificationTasks).where(eq(caseVerificationTasks.caseId, caseId));
  return row;
}

/** The applicant's credit marks, newest first. */
export async function creditMarksOf(
  db: DbOrTx,
  applicant: Pick<CaseRow, 'applicantKind' | 'applicantPersonId' | 'applicantEnterpriseId'>,
): Promise<CreditMarkRow[]> {
  const subject =
    applicant.applicantKind === 'person'
      ? applicant.applicantPersonId && eq(creditMarks.personId, applicant.applicantPersonId)
      : applicant.applicantEnterpriseId && eq(creditMarks.enterpriseId, applicant.applicantEnterpriseId);
  if (!subject) return [];
  return db.select().from(creditMarks).where(subject).orderBy(desc(creditMarks.recordedAt));
}
