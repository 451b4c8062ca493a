// 事后核查 of decisions made on a commitment (告知承诺): the department lists its verification tasks and records
// each outcome. A false commitment revokes the approval (the lifecycle's `revoke`, one event), records a credit
// mark on the applicant and tells them — all in one transaction, so none happens without the others.
import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/access.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, forbidden, notFound, validationFailed } from '../../platform/errors.ts';
import { workingCalendar } from '../calendar/calendar.service.ts';
import { applyAction, notifyApplicant } from './case-actions.service.ts';
import { chinaDate } from './case-clock.ts';
import { caseVerificationTasks, creditMarks } from './case-obligations.tables.ts';
import { presentTask } from './case-views.ts';
import { lockCase } from './cases.repo.ts';
import { cases } from './cases.tables.ts';
import { CREDIT_MARK_LABELS } from './domain/commitment.ts';
import { CASE_STATE_LABELS } from './domain/transitions.ts';

const VERIFIERS = ['approver', 'chief_representative'] as const;

/** The department whose tasks this account works on; null for an account of no department (it has none). */
function departmentOf(actor: Actor): string | null {
  if (!actor.roles.some((r) => VERIFIERS.some((v) => v === r)))
    throw forbidden('只有部门审批人员或首席代表可以办理事后核查');
  return actor.orgId;
}

export interface TaskQuery {
  status: 'open' | 'closed' | 'all';
  page: number;
  pageSize: number;
}

export async function listVerificationTasks(deps: Deps, actor: Actor, query: TaskQuery) {
  const orgId = departmentOf(actor);
  if (!orgId) return { items: [], total: 0 };
  const t = caseVerificationTasks;
  const conditions: SQL[] = [eq(t.orgId, orgId)];
  if (query.status === 'open') conditions.push(eq(t.status, 'open'));
  if (query.status === 'closed') conditions.push(sql`${t.status} <> 'open'`);
  const where = and(...conditions);
  const [rows, [count]] = await Promise.all([
    deps.db
      .select({
        task: t,
        caseNumber: cases.caseNumber,
        itemName: cases.itemName,
        applicantName: cases.applicantName,
        state: cases.state,
      })
      .from(t)
      .innerJoin(cases, eq(cases.id, t.caseId))
      .where(where)
      .orderBy(query.status === 'open' ? asc(t.dueOn) : desc(t.createdAt))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    deps.db.select({ n: sql<number>`count(*)::int` }).from(t).where(where),
  ]);
  const today = chinaDate(deps.now());
  return {
    items: rows.map((r) => ({
      ...presentTask(r.task, today),
      caseNumber: r.caseNumber,
      itemName: r.itemName,
      applicantName: r.applicantName,
      caseState: r.state,
      caseStateLabel: CASE_STATE_LABELS[r.state],
    })),
    total: count?.n ?? 0,
  };
}

export interface OutcomeInput {
  outcome: 'confirmed' | 'false';
  findings?: string;
}

export async function recordVerificationOutcome(
  deps: Deps,
  actor: Actor,
  taskId: string,
  input: OutcomeInput,
) {
  const orgId = departmentOf(actor);
  const findings = input.findings?.trim() ?? '';
  if (input.outcome === 'false' && !findings)
    throw validationFailed([{ field: 'findings', message: '承诺不实的，须写明核查发现的事实' }]);
  const calendar = await workingCalendar(deps);
  return deps.db.transaction(async (tx) => {
    const [task] = await tx
      .select()
      .from(caseVerificationTasks)
      .where(eq(caseVerificationTasks.id, taskId))
      .for('update');
    if (!task) throw notFound('核查任务');
    if (task.orgId !== orgId) throw forbidden('该核查任务不属于本部门');
    if (task.status !== 'open') throw new AppError('CONFLICT', '该核查任务已办结');
    const row = await lockCase(tx, task.caseId);
    if (!row) throw notFound('办件');
    const now = deps.now();
    const [decided] = await tx
      .update(caseVerificationTasks)
      .set({ status: input.outcome, findings: findings || null, decidedBy: actor.userId, decidedAt: now })
      .where(eq(caseVerificationTasks.id, task.id))
      .returning();
    if (input.outcome === 'false') {
      // the approval stands on the commitment: a false one revokes it (an event of the lifecycle)
      const after =
        row.state === 'revoked'
          ? row
          : await applyAction(tx, deps, calendar, { kind: 'user', actor }, row, 'revoke', {
              reason: `事后核查发现承诺不实：${findings}`,
            });
      const [mark] = await tx
        .insert(creditMarks)
        .values({
          subjectKind: row.applicantKind,
          personId: row.applicantKind === 'person' ? row.applicantPersonId : null,
          enterpriseId: row.applicantKind === 'enterprise' ? row.applicantEnterpriseId : null,
          kind: 'broken_commitment',
          caseId: row.id,
          note: findings,
          recordedBy: actor.userId,
          recordedAt: now,
        })
        .returning({ id: creditMarks.id });
      await notifyApplicant(
        tx,
        after,
        {
          title: '信用记录告知',
          body: `因办件 ${row.caseNumber ?? ''}（${row.itemName}）的告知承诺经核查不实，已记录“${CREDIT_MARK_LABELS.broken_commitment}”信用记录；今后申请的事项可能不再适用告知承诺或容缺受理`,
        },
        `credit:${mark?.id ?? row.id}`,
      );
    }
    if (!decided) throw notFound('核查任务');
    return presentTask(decided, chinaDate(now));
  });
}
