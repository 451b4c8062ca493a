// The 容缺 and 告知承诺 parts of lifecycle effects (case-effects.ts): at acceptance, the materials accepted as
// missing with their due dates and the signed commitment that stands in for materials; at an approval on a
// commitment, the 事后核查 task. Everything runs in the action's transaction, on its locked case row.
import { AppError, validationFailed } from '../../platform/errors.ts';
import { formatChineseDate } from './case-documents/layout.ts';
import type { EffectContext } from './case-effects.ts';
import { type CommitmentRow, creditMarksOf, findCommitment } from './case-obligations.repo.ts';
import { caseMissingMaterials, caseVerificationTasks } from './case-obligations.tables.ts';
import { commitmentExclusion, missingExclusion, verificationDue } from './domain/commitment.ts';
import type { ChecklistEntry } from './domain/material-checklist.ts';
import {
  type MissingRequest,
  missingMaterialDue,
  missingMaterialRules,
  planMissingMaterials,
} from './domain/missing-materials.ts';

export interface AcceptanceTerms {
  commitment: CommitmentRow | undefined;
  /** materials the signed commitment stands in for */
  committed: ReadonlySet<string>;
}

/** The signed commitment of the case, if any, and whether this applicant may still rely on it. */
export async function acceptanceTerms(ctx: EffectContext): Promise<AcceptanceTerms> {
  const commitment = await findCommitment(ctx.tx, ctx.row.id);
  if (commitment && ctx.guide.commitment) {
    // a mark recorded after signing counts too: the exclusion is checked again at acceptance
    const reason = commitmentExclusion(ctx.guide.commitment, await creditMarksOf(ctx.tx, ctx.row));
    if (reason)
      throw new AppError('CONFLICT', reason, { fields: [{ field: 'commitment', message: reason }] });
  }
  return { commitment, committed: new Set(commitment?.materialIds ?? []) };
}

export interface RecordedMissing {
  materialId: string;
  name: string;
  dueWorkdays: number;
  dueOn: string;
}

/**
 * Checks the clerk's 容缺 list (and the required 容缺 materials the checklist leaves out) against the guide and
 * the applicant's credit, then records each with its due date. 422 names `missingMaterials.N.materialId`.
 */
export async function recordMissingMaterials(
  ctx: EffectContext,
  checklist: readonly ChecklistEntry[],
  implied: readonly string[],
  terms: AcceptanceTerms,
): Promise<RecordedMissing[]> {
  const rules = missingMaterialRules(ctx.guide, { dueWorkdays: ctx.deps.config.missingMaterialDueWorkdays });
  const requested: readonly MissingRequest[] = ctx.input.missingMaterials ?? [];
  const plan = planMissingMaterials({
    guide: ctx.guide,
    answers: ctx.row.situation,
    rules,
    requested,
    present: new Set(checklist.filter((e) => e.present).map((e) => e.materialId)),
    implied,
    committed: terms.committed,
  });
  if (plan.errors.length > 0) throw validationFailed(plan.errors, '容缺材料清单不符合要求，不能受理');
  if (plan.entries.length === 0) return [];
  const excluded = missingExclusion(rules, await creditMarksOf(ctx.tx, ctx.row));
  if (excluded) throw validationFailed([{ field: 'missingMaterials', message: excluded }], excluded);
  const recorded = plan.entries.map((e) => ({
    ...e,
    dueOn: missingMaterialDue(ctx.calendar, ctx.today, e.dueWorkdays),
  }));
  await ctx.tx.insert(caseMissingMaterials).values(
    recorded.map((e) => ({
      caseId: ctx.row.id,
      materialId: e.materialId,
      name: e.name,
      dueWorkdays: e.dueWorkdays,
      dueOn: e.dueOn,
      holdUntil: rules.holdUntil,
      onExpiry: rules.onExpiry,
      recordedBy: ctx.actorId,
      recordedAt: ctx.now,
    })),
  );
  return recorded;
}

/** The sentence of the acceptance notice that tells the applicant what to supply by when. */
export function missingNotice(recorded: readonly RecordedMissing[]): string {
  if (recorded.length === 0) return '';
  const items = recorded.map((e) => `“${e.name}”（${formatChineseDate(e.dueOn)}前）`).join('、');
  return `；容缺受理，请补交：${items}`;
}

/** 事后核查: an approval made on a signed commitment gets its verification task, due in working days. */
export async function openVerificationTask(ctx: EffectContext): Promise<string | null> {
  // a commitment can only be signed under a guide that has one (case-commitments.service.ts)
  const settings = ctx.guide.commitment;
  if (!settings || !(await findCommitment(ctx.tx, ctx.row.id))) return null;
  const dueOn = verificationDue(ctx.calendar, ctx.today, settings.verifyWithinWorkdays);
  await ctx.tx
    .insert(caseVerificationTasks)
    .values({ caseId: ctx.row.id, orgId: ctx.row.orgId, dueOn, status: 'open', createdAt: ctx.now })
    .onConflictDoNothing();
  return dueOn;
}
