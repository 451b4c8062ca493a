// 时限预警 as a work-list filter (督查 by warning colour), in SQL over the whole scope. The warning is the clock's
// (clockSummary): red once the earlier due date has passed (for a decided case: decided after it), yellow while
// fewer than WARNING_YELLOW_WORKDAYS + 1 working days are left, else normal. The due dates on the row are the
// clock's, rewritten by the engine whenever a pause or an extension changes them, so the colour follows from
// them and today — except while a pause is open (特别程序, 中止), when the due dates keep moving: those few cases
// are judged one by one by the clock itself. (A working calendar edited after a case's due dates were written
// moves them only at the case's next clock change; the list shows the live clock meanwhile.)
import { and, isNotNull, isNull, not, or, type SQL, sql } from 'drizzle-orm';
import type { Deps } from '../../platform/deps.ts';
import type { WorkingCalendar } from '../calendar/domain/working-calendar.ts';
import { chinaDate } from './case-clock.ts';
import { clockSummary } from './case-views.ts';
import { cases } from './cases.tables.ts';
import type { ClockWarning } from './domain/deadline.ts';

const uuids = (ids: readonly string[]) => `{${ids.join(',')}}`;

/** The condition that keeps, of the cases `where` selects, those whose warning is `warning` today. */
export async function warningCondition(
  deps: Deps,
  where: SQL | undefined,
  warning: ClockWarning,
  calendar: WorkingCalendar,
  now: Date,
): Promise<SQL> {
  const today = chinaDate(now);
  // the T-th working day after today: fewer than T working days are left exactly when the due date is before it
  const yellowBefore = calendar.addWorkdays(today, deps.config.warningYellowWorkdays + 1);
  const firstDue = sql`least(${cases.legalDue}, ${cases.promisedDue})`;
  const decidedOn = sql`(${cases.decidedAt} at time zone 'Asia/Shanghai')::date`;
  const openPause = sql`exists (select 1 from jsonb_array_elements(${cases.clock}->'pauses') as p where p->>'to' is null)`;
  const running = and(isNotNull(cases.acceptedOn), isNull(cases.closedAt));

  // the cases whose clock stands still now: judged by the clock
  const paused = await deps.db
    .select({
      id: cases.id,
      acceptedOn: cases.acceptedOn,
      closedAt: cases.closedAt,
      decidedAt: cases.decidedAt,
      legalDue: cases.legalDue,
      promisedDue: cases.promisedDue,
      originalLegalDue: cases.originalLegalDue,
      originalPromisedDue: cases.originalPromisedDue,
      pausedWorkdays: cases.pausedWorkdays,
      legalLimit: cases.legalLimit,
      promisedLimit: cases.promisedLimit,
      clock: cases.clock,
    })
    .from(cases)
    .where(and(where, running, openPause));
  const judged = (colour: ClockWarning) =>
    paused
      .filter((row) => (clockSummary(calendar, deps.config, row, now)?.warning ?? 'normal') === colour)
      .map((row) => row.id);

  const settled = and(running, not(openPause));
  const red = or(
    and(settled, isNull(cases.decidedAt), sql`${firstDue} < ${today}`),
    and(settled, isNotNull(cases.decidedAt), sql`${decidedOn} > ${firstDue}`),
    sql`${cases.id} = any(${uuids(judged('red'))}::uuid[])`,
  );
  const yellow = or(
    and(settled, isNull(cases.decidedAt), sql`${firstDue} >= ${today}`, sql`${firstDue} < ${yellowBefore}`),
    sql`${cases.id} = any(${uuids(judged('yellow'))}::uuid[])`,
  );
  if (warning === 'red') return red ?? sql`false`;
  if (warning === 'yellow') return yellow ?? sql`false`;
  return not(or(red, yellow) ?? sql`false`);
}
