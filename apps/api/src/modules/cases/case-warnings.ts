// 时限预警 as a work-list filter (督查 by warning colour). A case's warning is its clock's, as every list shows it
// (clockSummary), so it cannot be a plain column test: the cases that may be yellow or red — accepted and open,
// and due before the yellow horizon, or decided, or with a pause still open — are read and judged one by one;
// every other case is normal. The horizon has a month of slack, so that a calendar edited after the due dates
// were written (a year's holidays published late) cannot hide a case from the filter.
import { and, isNotNull, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Deps } from '../../platform/deps.ts';
import { addDays } from '../calendar/domain/iso-date.ts';
import type { WorkingCalendar } from '../calendar/domain/working-calendar.ts';
import { chinaDate } from './case-clock.ts';
import { clockSummary } from './case-views.ts';
import { cases } from './cases.tables.ts';
import type { ClockWarning } from './domain/deadline.ts';

const SLACK_DAYS = 31;

/** The condition that keeps, of the cases `where` selects, those whose warning is `warning` today. */
export async function warningCondition(
  deps: Deps,
  where: SQL | undefined,
  warning: ClockWarning,
  calendar: WorkingCalendar,
  now: Date,
): Promise<SQL> {
  const today = chinaDate(now);
  const horizon = addDays(calendar.addWorkdays(today, deps.config.warningYellowWorkdays + 1), SLACK_DAYS);
  const firstDue = sql`least(${cases.legalDue}, ${cases.promisedDue})`;
  const decidedOn = sql`(${cases.decidedAt} at time zone 'Asia/Shanghai')::date`;
  const openPause = sql`exists (select 1 from jsonb_array_elements(${cases.clock}->'pauses') as p where p->>'to' is null)`;
  const candidates = await deps.db
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
    .where(
      and(
        where,
        isNotNull(cases.acceptedOn),
        isNull(cases.closedAt),
        or(
          and(isNull(cases.decidedAt), sql`${firstDue} < ${horizon}`),
          and(isNotNull(cases.decidedAt), sql`${firstDue} < ${decidedOn} + ${sql.raw(String(SLACK_DAYS))}`),
          openPause,
        ),
      ),
    );
  const flagged = candidates.flatMap((row) => {
    const found = clockSummary(calendar, deps.config, row, now)?.warning ?? 'normal';
    return found === 'normal' ? [] : [{ id: row.id, warning: found }];
  });
  const ids = (list: { id: string }[]) => `{${list.map((r) => r.id).join(',')}}`;
  if (warning === 'normal') return sql`not (${cases.id} = any(${ids(flagged)}::uuid[]))`;
  return sql`${cases.id} = any(${ids(flagged.filter((r) => r.warning === warning))}::uuid[])`;
}
