// 容缺 materials after acceptance: a clerk checks in a material the applicant supplies (uploaded, or handed in
// on paper), which releases what it held back (the decision, or the result, by the item's rule) and, when the
// case was suspended for it, lets the clock run again. The sweep (case-missing-sweep.service.ts) reminds and
// handles expiry; this file holds what both share.
import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Actor } from '../../platform/access.ts';
import type { Tx } from '../../platform/db.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { workingCalendar } from '../calendar/calendar.service.ts';
import type { WorkingCalendar } from '../calendar/domain/working-calendar.ts';
import { notifyApplicant } from './case-actions.service.ts';
import { chinaDate, clockOf, dueColumns } from './case-clock.ts';
import { caseMissingMaterials } from './case-obligations.tables.ts';
import { visibleCase } from './case-queries.service.ts';
import { type CaseRow, caseUpdate, lockCase } from './cases.repo.ts';
import { caseMaterials } from './cases.tables.ts';
import { isTerminal } from './domain/transitions.ts';

/** The name of the clock pause an expired 容缺 material puts on a case whose item says suspend. */
export const MISSING_PAUSE_NAME = '容缺材料逾期未补交，中止办理';

const CHECKERS = ['window_clerk', 'approver', 'chief_representative'] as const;

export async function supplyMissingMaterial(
  deps: Deps,
  actor: Actor,
  caseId: string,
  materialId: string,
  input: { note?: string },
): Promise<void> {
  const { relation } = await visibleCase(deps, actor, caseId);
  if (relation.kind !== 'staff' || !relation.roles.some((r) => CHECKERS.some((c) => c === r)))
    throw new AppError('FORBIDDEN', '只有综合窗口或本部门审批人员可以核验补交的容缺材料');
  const calendar = await workingCalendar(deps);
  await deps.db.transaction(async (tx) => {
    const row = await lockCase(tx, caseId);
    if (!row) throw notFound('办件');
    if (isTerminal(row.state)) throw new AppError('INVALID_TRANSITION', '办件已办结，不能补交材料');
    const [missing] = await tx
      .select()
      .from(caseMissingMaterials)
      .where(and(eq(caseMissingMaterials.caseId, caseId), eq(caseMissingMaterials.materialId, materialId)));
    if (!missing) throw notFound('容缺材料');
    if (missing.suppliedAt) throw new AppError('CONFLICT', `“${missing.name}”已补交并核验`);
    const now = deps.now();
    const verified = { status: 'verified' as const, verifiedBy: actor.userId, verifiedAt: now };
    const uploads = await tx
      .update(caseMaterials)
      .set(verified)
      .where(
        and(
          eq(caseMaterials.caseId, caseId),
          eq(caseMaterials.materialId, materialId),
          eq(caseMaterials.status, 'submitted'),
        ),
      )
      .returning({ id: caseMaterials.id });
    if (uploads.length === 0) {
      // handed in on paper at the window
      await tx.insert(caseMaterials).values({
        caseId,
        materialId,
        name: missing.name,
        source: 'paper',
        addedBy: actor.userId,
        addedAt: now,
        ...(input.note ? { note: input.note } : {}),
        ...verified,
      });
    }
    await tx
      .update(caseMissingMaterials)
      .set({ suppliedAt: now, suppliedBy: actor.userId, supplyNote: input.note ?? null })
      .where(and(eq(caseMissingMaterials.caseId, caseId), eq(caseMissingMaterials.materialId, materialId)));
    const resumed = await resumeIfNothingExpired(tx, deps, calendar, row);
    await notifyApplicant(
      tx,
      row,
      {
        title: '容缺材料已补齐',
        body: `办件 ${row.caseNumber ?? ''} 补交的“${missing.name}”已核验${resumed ? '，办件恢复办理' : ''}`,
      },
      `missing-supplied:${caseId}:${materialId}`,
    );
  });
}

/** Closes the suspension of the clock once no expired 容缺 material is still outstanding. */
async function resumeIfNothingExpired(
  tx: Tx,
  deps: Deps,
  calendar: WorkingCalendar,
  row: CaseRow,
): Promise<boolean> {
  const open = row.clock.pauses.some((p) => p.to === undefined && p.name === MISSING_PAUSE_NAME);
  if (!open) return false;
  const outstanding = await tx
    .select({ materialId: caseMissingMaterials.materialId })
    .from(caseMissingMaterials)
    .where(
      and(
        eq(caseMissingMaterials.caseId, row.id),
        isNotNull(caseMissingMaterials.expiredAt),
        isNull(caseMissingMaterials.suppliedAt),
      ),
    );
  if (outstanding.length > 0) return false;
  const today = chinaDate(deps.now());
  const pauses = row.clock.pauses.map((p) =>
    p.to === undefined && p.name === MISSING_PAUSE_NAME ? { ...p, to: today } : p,
  );
  await reclockCase(tx, deps, calendar, row, { ...row.clock, pauses });
  return true;
}

/** Writes a changed clock and the due dates it gives onto the case row. */
export async function reclockCase(
  tx: Tx,
  deps: Deps,
  calendar: WorkingCalendar,
  row: CaseRow,
  clock: CaseRow['clock'],
): Promise<void> {
  const now = deps.now();
  const view = clockOf(calendar, deps.config, { ...row, clock }, chinaDate(now));
  await caseUpdate(tx, row.id, { clock, ...(view ? dueColumns(view) : {}), updatedAt: now });
}
