// Comparing time limits for indicator 1 (减时间) and for the promised ≤ legal check.
//
// Exact conversion between natural days and working days needs the calendar (holidays, 调休), which is
// I/O; for catalogue statistics we use the plain week ratio, 7 natural days = 5 working days, and only
// when the two limits are in different units. Case deadlines never use this: they go through the
// calendar module (CONVENTIONS.md "Data").
import type { TimeLimit } from '@msb/contracts';

const WORKDAYS_PER_NATURAL_DAY = 5 / 7;

/** The limit in working days (natural days × 5/7). */
export function toWorkdays(limit: TimeLimit): number {
  return limit.unit === 'workday' ? limit.amount : limit.amount * WORKDAYS_PER_NATURAL_DAY;
}

/**
 * How much the promised limit cuts the legal one, 0–1 (0.5 = halved). Same units compare directly;
 * different units go through working days. Undefined when the legal limit is 0 (nothing to cut).
 * A promised limit above the legal one gives a negative ratio, which callers report.
 */
export function reductionRatio(legal: TimeLimit, promised: TimeLimit): number | undefined {
  if (legal.amount === 0) return undefined;
  if (legal.unit === promised.unit) return (legal.amount - promised.amount) / legal.amount;
  const legalDays = toWorkdays(legal);
  return (legalDays - toWorkdays(promised)) / legalDays;
}
