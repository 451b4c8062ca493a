// Escalation of a process step that runs past its own limit (issue 3 §4): each step of an item's guide
// (受理, 审查, 决定, …) has a limit; when the step a case is in has run past it, the department head and
// the supervisors are told, once per step. Pure: the service loads the case, the guide and the calendar.
// Counting is the deadline rule's (deadline.ts): 期间开始之日不计入, working days through the calendar, and
// days a special procedure stopped the clock (行政许可法 第四十五条) do not count against the step.
import type { TimeLimit } from '@msb/contracts';
import { fromDayNumber, type IsoDate, toDayNumber } from '../../calendar/domain/iso-date.ts';
import type { WorkingCalendar } from '../../calendar/domain/working-calendar.ts';
import type { ClockPause } from './deadline.ts';

export interface StepEscalationInput {
  /** the step the case is in (cases.step_index) */
  stepIndex: number;
  /** the day that step started (cases.step_started_on); none before acceptance */
  stepStartedOn: IsoDate | null;
  /** the guide's process steps, in order */
  steps: readonly { name: string; limit: TimeLimit }[];
  /** the case's clock pauses (special procedures) */
  pauses?: readonly ClockPause[];
  today: IsoDate;
  /** a natural-day limit ending on a day off ends on the next working day (Config.naturalDayRollsToWorkday) */
  naturalDayRollsToWorkday?: boolean;
}

export type StepEscalationView =
  | { overdue: true; stepName: string; limit: TimeLimit; due: IsoDate }
  | {
      overdue: false;
      /** why not: no step started, no such step in the guide, the clock is stopped, or still within the limit */
      reason: 'not_started' | 'no_step' | 'paused' | 'within_limit';
      due: IsoDate | null;
    };

/** The last day of a step that started on `startedOn`, not counting days under a pause. */
export function stepDue(
  calendar: WorkingCalendar,
  input: {
    startedOn: IsoDate;
    limit: TimeLimit;
    pauses?: readonly ClockPause[];
    naturalDayRollsToWorkday?: boolean;
  },
): IsoDate {
  const { amount, unit } = input.limit;
  if (!Number.isInteger(amount) || amount < 0) throw new RangeError(`期限应为非负整数：${amount}`);
  const start = toDayNumber(input.startedOn);
  const closed = (input.pauses ?? []).flatMap((p) =>
    p.to === undefined ? [] : [{ from: toDayNumber(p.from), to: toDayNumber(p.to) }],
  );
  const paused = (day: number) => closed.some((p) => p.from < day && day <= p.to);
  const isWorkday = (day: number) => calendar.isWorkday(fromDayNumber(day));
  let day = start;
  for (let left = amount; left > 0; ) {
    day += 1;
    if (paused(day)) continue;
    if (unit === 'natural' || isWorkday(day)) left -= 1;
  }
  if (unit === 'natural' && amount > 0 && (input.naturalDayRollsToWorkday ?? true)) {
    while (!isWorkday(day) || paused(day)) day += 1;
  }
  return fromDayNumber(day);
}

/** Has the case's current step run past its limit by `today`? Overdue from the day after the due day. */
export function stepEscalation(calendar: WorkingCalendar, input: StepEscalationInput): StepEscalationView {
  const step = input.steps[input.stepIndex];
  if (!input.stepStartedOn) return { overdue: false, reason: 'not_started', due: null };
  if (!step) return { overdue: false, reason: 'no_step', due: null };
  // a special procedure still running: the step's clock stands still until it ends
  if ((input.pauses ?? []).some((p) => p.to === undefined && p.from <= input.today)) {
    return { overdue: false, reason: 'paused', due: null };
  }
  const due = stepDue(calendar, {
    startedOn: input.stepStartedOn,
    limit: step.limit,
    pauses: input.pauses ?? [],
    naturalDayRollsToWorkday: input.naturalDayRollsToWorkday ?? true,
  });
  return input.today > due
    ? { overdue: true, stepName: step.name, limit: step.limit, due }
    : { overdue: false, reason: 'within_limit', due };
}
