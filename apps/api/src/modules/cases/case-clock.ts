// A case's statutory clock from its row: the pure caseClock (domain/deadline.ts) fed with the case's limits,
// pauses and extensions and the platform calendar. The same code computes the due dates written on the
// row and the warnings shown on every work list.
import type { Config } from '../../config.ts';
import type { WorkingCalendar } from '../calendar/domain/working-calendar.ts';
import type { cases } from './cases.tables.ts';
import { type CaseClockView, caseClock } from './domain/deadline.ts';

type CaseRow = typeof cases.$inferSelect;
export type ClockFields = Pick<CaseRow, 'acceptedOn' | 'legalLimit' | 'promisedLimit' | 'clock'>;

export { chinaDate } from '../calendar/domain/iso-date.ts';

export function clockOf(
  calendar: WorkingCalendar,
  config: Pick<Config, 'naturalDayRollsToWorkday' | 'warningYellowWorkdays'>,
  row: ClockFields,
  asOf: string,
): CaseClockView | null {
  if (!row.acceptedOn) return null;
  return caseClock(calendar, {
    acceptedOn: row.acceptedOn,
    legal: row.legalLimit,
    promised: row.promisedLimit,
    pauses: row.clock.pauses,
    extensions: row.clock.extensions,
    asOf,
    // yellow when this many working days or fewer remain; caseClock's threshold is "fewer than"
    yellowThresholdWorkdays: config.warningYellowWorkdays + 1,
    naturalDayRollsToWorkday: config.naturalDayRollsToWorkday,
  });
}

/** The due-date columns a clock writes onto the case row. */
export function dueColumns(view: CaseClockView) {
  return {
    legalDue: view.legalDue,
    promisedDue: view.promisedDue,
    originalLegalDue: view.originalLegalDue,
    originalPromisedDue: view.originalPromisedDue,
    pausedWorkdays: view.pausedWorkdays,
  };
}
