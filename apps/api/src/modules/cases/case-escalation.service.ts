// Escalation of overdue process steps (issue 3 §4): when the step an accepted or in-review case is in runs
// past the limit its guide sets (working days through the calendar, domain/escalation.ts), the department
// head and the supervisors over the case are told — once per case and step. The case_escalations row is the
// record (its primary key makes "once" hold across sweeps and instances); the notifications go through the
// outbox in the same transaction. No case event is written: events are the lifecycle's transitions, and an
// escalation changes nothing about the case itself.
import { formatTimeLimit } from '@msb/contracts';
import {
  and,
  arrayOverlaps,
  asc,
  eq,
  gt,
  inArray,
  isNotNull,
  lt,
  notExists,
  or,
  type SQL,
} from 'drizzle-orm';
import type { Tx } from '../../platform/db.ts';
import type { Deps } from '../../platform/deps.ts';
import { enqueueNotification } from '../../platform/outbox.ts';
import { workingCalendar } from '../calendar/calendar.service.ts';
import type { WorkingCalendar } from '../calendar/domain/working-calendar.ts';
import { getFiledVersionGuide } from '../catalog/catalog-public.service.ts';
import { inScope } from '../identity/domain/scope.ts';
import { users } from '../identity/identity.tables.ts';
import { chinaDate } from './case-clock.ts';
import { type CaseRow, lockCase } from './cases.repo.ts';
import { caseEscalations, cases } from './cases.tables.ts';
import { stepEscalation } from './domain/escalation.ts';
import type { CaseState } from './domain/transitions.ts';

/** States in which a back-office step is running against its limit (a special procedure stops the clock). */
const ESCALATED_STATES = ['accepted', 'in_review'] as const satisfies readonly CaseState[];
const PAGE = 200;

export interface EscalationRun {
  /** cases looked at (in an escalated state, past their step's start day, not yet escalated for it) */
  examined: number;
  /** escalations recorded by this run */
  escalated: number;
  /** notifications queued by this run */
  notified: number;
}

/**
 * Record and announce every overdue step not escalated yet, at most `limit` escalations per run (each in its
 * own short transaction). Safe to run from several instances at once: the case row lock and the primary key
 * of case_escalations let exactly one of them record and notify.
 */
export async function escalateOverdueSteps(
  deps: Deps,
  options: { limit?: number } = {},
): Promise<EscalationRun> {
  const limit = options.limit ?? 100;
  const calendar = await workingCalendar(deps);
  const today = chinaDate(deps.now());
  const run: EscalationRun = { examined: 0, escalated: 0, notified: 0 };
  let after: string | undefined;
  while (run.escalated < limit) {
    const page = await candidates(deps, today, after);
    for (const row of page) {
      run.examined++;
      const guide = await getFiledVersionGuide(deps, row.versionId);
      if (!stepEscalation(calendar, escalationInput(deps, row, guide.steps, today)).overdue) continue;
      const notified = await escalateCase(deps, calendar, row.id, today);
      if (notified === null) continue;
      run.escalated++;
      run.notified += notified;
      if (run.escalated >= limit) break;
    }
    if (page.length < PAGE) break;
    after = page.at(-1)?.id;
  }
  return run;
}

type Candidate = Pick<CaseRow, 'id' | 'versionId' | 'stepIndex' | 'stepStartedOn' | 'clock'>;

/** A page of cases whose current step could be overdue: a step started today cannot be, whatever its limit. */
async function candidates(deps: Deps, today: string, after: string | undefined): Promise<Candidate[]> {
  const conditions: (SQL | undefined)[] = [
    inArray(cases.state, [...ESCALATED_STATES]),
    isNotNull(cases.stepStartedOn),
    lt(cases.stepStartedOn, today),
    notExists(
      deps.db
        .select({ caseId: caseEscalations.caseId })
        .from(caseEscalations)
        .where(and(eq(caseEscalations.caseId, cases.id), eq(caseEscalations.stepIndex, cases.stepIndex))),
    ),
    after ? gt(cases.id, after) : undefined,
  ];
  return deps.db
    .select({
      id: cases.id,
      versionId: cases.versionId,
      stepIndex: cases.stepIndex,
      stepStartedOn: cases.stepStartedOn,
      clock: cases.clock,
    })
    .from(cases)
    .where(and(...conditions))
    .orderBy(asc(cases.id))
    .limit(PAGE);
}

function escalationInput(
  deps: Deps,
  row: Candidate,
  steps: Parameters<typeof stepEscalation>[1]['steps'],
  today: string,
) {
  return {
    stepIndex: row.stepIndex,
    stepStartedOn: row.stepStartedOn,
    steps,
    pauses: row.clock.pauses,
    today,
    naturalDayRollsToWorkday: deps.config.naturalDayRollsToWorkday,
  };
}

/** Under the case lock: still overdue in the same step? Record it once and queue the notifications. */
async function escalateCase(
  deps: Deps,
  calendar: WorkingCalendar,
  caseId: string,
  today: string,
): Promise<number | null> {
  return deps.db.transaction(async (tx) => {
    const row = await lockCase(tx, caseId);
    if (!row || !ESCALATED_STATES.some((s) => s === row.state)) return null;
    // inside the transaction pass its handle: the embedded database has one connection
    const guide = await getFiledVersionGuide(deps, row.versionId, tx);
    const view = stepEscalation(calendar, escalationInput(deps, row, guide.steps, today));
    if (!view.overdue) return null;
    const recipients = await escalationRecipients(tx, row);
    const [recorded] = await tx
      .insert(caseEscalations)
      .values({
        caseId: row.id,
        stepIndex: row.stepIndex,
        at: deps.now(),
        notified: recipients,
      })
      .onConflictDoNothing()
      .returning({ caseId: caseEscalations.caseId });
    if (!recorded) return null;
    const caseLabel = row.caseNumber ?? row.id;
    for (const userId of recipients) {
      await enqueueNotification(tx, {
        userId,
        title: '办件环节超期督办',
        body: `办件 ${caseLabel}（${row.itemName}）的“${view.stepName}”环节已超过环节时限（${formatTimeLimit(view.limit)}，应于 ${view.due} 前完成），请督促办理。`,
        caseId: row.id,
        key: `escalation:${row.id}:${row.stepIndex}:${userId}`,
      });
    }
    return recipients.length;
  });
}

/**
 * Who is told. The department head: there is no separate department-head role on the platform — the chief
 * representative (首席代表) holds the department's delegated authority (the same role that approves
 * extensions under 第四十二条), so the chief representatives of the case's department stand for its head.
 * And every supervisor whose scope covers the case (the same scope rule that lets them see it).
 */
async function escalationRecipients(tx: Tx, row: CaseRow): Promise<string[]> {
  const staff = await tx
    .select({ id: users.id, roles: users.roles, regionCode: users.regionCode, orgId: users.orgId })
    .from(users)
    .where(
      and(
        eq(users.kind, 'staff'),
        eq(users.disabled, false),
        or(
          and(eq(users.orgId, row.orgId), arrayOverlaps(users.roles, ['chief_representative'])),
          arrayOverlaps(users.roles, ['supervisor']),
        ),
      ),
    )
    .orderBy(asc(users.id));
  return staff
    .filter(
      (u) =>
        (u.orgId === row.orgId && u.roles.includes('chief_representative')) ||
        (u.roles.includes('supervisor') &&
          inScope(
            { regionCode: u.regionCode, orgId: u.orgId },
            { regionCode: row.regionCode, orgId: row.orgId },
          )),
    )
    .map((u) => u.id);
}
