// Statutory clocks of a case: due dates, pauses, extensions, warnings and deemed acceptance.
// 行政许可法 第八十二条: 期限以工作日计算，不含法定节假日 — all working-day arithmetic goes through the calendar.
// Counting follows the rule for periods: 期间开始之日不计入 — a limit of N days ends at the end of the Nth
// (working) day after the start day.
import { LIMIT_UNIT_LABELS, labelOf, type TimeLimit } from '@msb/contracts';
import { fromDayNumber, type IsoDate, toDayNumber } from '../../calendar/domain/iso-date.ts';
import type { WorkingCalendar } from '../../calendar/domain/working-calendar.ts';

export interface DeadlineSettings {
  /**
   * A natural-day limit whose last day falls on a day off ends on the next working day instead. Default true,
   * as in civil-law practice for natural days; it is a setting because no reference fact found confirms it
   * for administrative time limits.
   */
  naturalDayRollsToWorkday?: boolean;
}

export interface DeadlineInput extends TimeLimit, DeadlineSettings {
  start: IsoDate;
}

export interface DeadlineView {
  due: IsoDate;
  /** The working days counted, in order (working-day limits only; undefined for natural days). */
  counted: IsoDate[] | undefined;
  /** Years the count ran through that no holiday table covers: Mon–Fri was assumed, so warn the user. */
  unknownYears: number[];
}

/**
 * The calendar answers by ISO date, the clocks count in day numbers: converting each day to a string and back
 * was most of the time of a work list (a clock per row, each walking tens of days; docs/BENCHMARKS.md). A
 * calendar object never changes (saving a year builds a new one), so its answers are kept per object.
 */
const workdayAnswers = new WeakMap<WorkingCalendar, Map<number, boolean>>();
function workdayByNumber(calendar: WorkingCalendar): (day: number) => boolean {
  let known = workdayAnswers.get(calendar);
  if (!known) {
    known = new Map();
    workdayAnswers.set(calendar, known);
  }
  const answers = known;
  return (day) => {
    let answer = answers.get(day);
    if (answer === undefined) {
      answer = calendar.isWorkday(fromDayNumber(day));
      answers.set(day, answer);
    }
    return answer;
  };
}

export function computeDeadline(calendar: WorkingCalendar, input: DeadlineInput): DeadlineView {
  assertAmount(input.amount);
  const start = toDayNumber(input.start);
  const isWorkday = (day: number) => calendar.isWorkday(fromDayNumber(day));
  let due = start;
  let counted: IsoDate[] | undefined;
  if (input.unit === 'workday') {
    counted = [];
    while (counted.length < input.amount) {
      due += 1;
      if (isWorkday(due)) counted.push(fromDayNumber(due));
    }
  } else {
    due = start + input.amount;
    if (input.naturalDayRollsToWorkday ?? true) while (!isWorkday(due)) due += 1;
  }
  const dueDate = fromDayNumber(due);
  return { due: dueDate, counted, unknownYears: calendar.unknownYears(input.start, dueDate) };
}

/** 特别程序 (行政许可法 第四十五条) or a correction period during review; `to` is empty while it runs. */
export type PauseKind = 'special_procedure' | 'correction';
export interface ClockPause {
  /** The clock still runs on this day; it stops from the next day. */
  from: IsoDate;
  /** The last day stopped; the clock runs again the day after. Empty while the pause lasts (stopped through asOf). */
  to?: IsoDate;
  kind: PauseKind;
}

export interface ClockExtension extends TimeLimit {
  approvedOn: IsoDate;
}

export interface CaseClockInput extends DeadlineSettings {
  acceptedOn: IsoDate;
  legal: TimeLimit;
  promised: TimeLimit;
  pauses: readonly ClockPause[];
  extensions: readonly ClockExtension[];
  asOf: IsoDate;
  /** Yellow when fewer working days than this remain after asOf (so 3 = the last three working days). */
  yellowThresholdWorkdays: number;
}

export type ClockWarning = 'normal' | 'yellow' | 'red';

export interface CaseClockView {
  legalDue: IsoDate;
  promisedDue: IsoDate;
  /** The due dates as computed at acceptance: no pauses, no extensions. */
  originalLegalDue: IsoDate;
  originalPromisedDue: IsoDate;
  /** Working days on which the clock stood still (a day under two pauses counts once). */
  pausedWorkdays: number;
  pausedWorkdaysByKind: Record<PauseKind, number>;
  /** A pause has started and has no end yet: the due dates keep moving until it is closed. */
  clockStopped: boolean;
  /** Running working days after asOf up to the earlier due date; 0 on the due day, negative once overdue. */
  remainingWorkdays: number;
  warning: ClockWarning;
  legalOverdue: boolean;
  unknownYears: number[];
}

export function caseClock(calendar: WorkingCalendar, input: CaseClockInput): CaseClockView {
  assertAmount(input.yellowThresholdWorkdays);
  const accepted = toDayNumber(input.acceptedOn);
  const asOf = toDayNumber(input.asOf);
  const isWorkday = workdayByNumber(calendar);
  const intervals = input.pauses.map((pause) => {
    const from = toDayNumber(pause.from);
    const to = pause.to === undefined ? asOf : toDayNumber(pause.to);
    if (pause.to !== undefined && to < from)
      throw new RangeError(`暂停结束日早于开始日：${pause.from}–${pause.to}`);
    // Days before acceptance are not on the clock, so they cannot be paused either.
    return { kind: pause.kind, from: Math.max(from, accepted), to };
  });
  const isPaused = (day: number, kind?: PauseKind) =>
    intervals.some((p) => (kind === undefined || p.kind === kind) && p.from < day && day <= p.to);

  // 行政许可法 第四十二条: an approved extension is told to the applicant; it moves both due dates.
  const extensions = [...input.extensions].sort(
    (a, b) => toDayNumber(a.approvedOn) - toDayNumber(b.approvedOn),
  );
  const run = (
    limit: TimeLimit,
    extended: readonly TimeLimit[],
    paused: (day: number) => boolean,
  ): number => {
    const roll = input.naturalDayRollsToWorkday ?? true;
    let day = accepted;
    let lastUnit = limit.unit;
    for (const segment of [limit, ...extended]) {
      assertAmount(segment.amount);
      if (segment.amount > 0) lastUnit = segment.unit;
      for (let left = segment.amount; left > 0; ) {
        day += 1;
        if (paused(day)) continue;
        if (segment.unit === 'natural' || isWorkday(day)) left -= 1;
      }
    }
    if (lastUnit === 'natural' && roll) while (!isWorkday(day) || paused(day)) day += 1;
    return day;
  };
  const never = () => false;
  const legalDue = run(input.legal, extensions, isPaused);
  const promisedDue = run(input.promised, extensions, isPaused);
  const firstDue = Math.min(legalDue, promisedDue);

  const lastPausedDay = Math.max(accepted, ...intervals.map((p) => p.to));
  const countPaused = (kind?: PauseKind) => {
    let count = 0;
    for (let day = accepted + 1; day <= lastPausedDay; day += 1)
      if (isPaused(day, kind) && isWorkday(day)) count += 1;
    return count;
  };

  // Only running working days count towards what is left, so an open pause does not eat into it.
  const running = (day: number) => isWorkday(day) && !isPaused(day);
  let remaining = 0;
  for (let day = asOf + 1; day <= firstDue; day += 1) if (running(day)) remaining += 1;
  for (let day = firstDue + 1; day <= asOf; day += 1) if (running(day)) remaining -= 1;
  const overdue = asOf > firstDue;

  const dates = {
    legalDue: fromDayNumber(legalDue),
    promisedDue: fromDayNumber(promisedDue),
    originalLegalDue: fromDayNumber(run(input.legal, [], never)),
    originalPromisedDue: fromDayNumber(run(input.promised, [], never)),
  };
  return {
    ...dates,
    pausedWorkdays: countPaused(),
    pausedWorkdaysByKind: {
      special_procedure: countPaused('special_procedure'),
      correction: countPaused('correction'),
    },
    clockStopped: input.pauses.some((p) => p.to === undefined && toDayNumber(p.from) <= asOf),
    remainingWorkdays: remaining,
    warning: overdue ? 'red' : remaining < input.yellowThresholdWorkdays ? 'yellow' : 'normal',
    legalOverdue: asOf > legalDue,
    unknownYears: calendar.unknownYears(
      input.acceptedOn,
      fromDayNumber(Math.max(legalDue, promisedDue, asOf)),
    ),
  };
}

/** 行政许可法 第四十二条: 二十日 + 延长十日; 统一办理、联合办理、集中办理 四十五日 + 延长十五日 (工作日, 第八十二条). */
export const ART_42_LIMITS = {
  ordinary: { limit: { amount: 20, unit: 'workday' }, maxExtension: { amount: 10, unit: 'workday' } },
  joint: { limit: { amount: 45, unit: 'workday' }, maxExtension: { amount: 15, unit: 'workday' } },
} as const satisfies Record<string, { limit: TimeLimit; maxExtension: TimeLimit }>;

export interface ExtensionRequest {
  requested: ClockExtension;
  /** Extensions already approved for this case. */
  granted: readonly ClockExtension[];
  /**
   * The most the law allows in total: ART_42_LIMITS[procedure].maxExtension, unless the law that sets the
   * item's limit provides otherwise (第四十二条: 法律、法规另有规定的，依照其规定).
   */
  maximum: TimeLimit;
  /** The legal due date before this extension (caseClock().legalDue). */
  legalDue: IsoDate;
}

export type ExtensionRefusal = 'NOT_POSITIVE' | 'UNIT_MISMATCH' | 'EXCEEDS_MAXIMUM' | 'AFTER_DUE';

export interface ExtensionDecision {
  allowed: boolean;
  reason?: ExtensionRefusal;
  /** For people, in Chinese. */
  message?: string;
  /** Extension still available after this request if it is approved (or before it, when refused). */
  left: number;
}

export function extensionAllowed(input: ExtensionRequest): ExtensionDecision {
  const { requested, granted, maximum } = input;
  const used = granted.reduce((sum, e) => sum + e.amount, 0);
  const refuse = (reason: ExtensionRefusal, message: string): ExtensionDecision => ({
    allowed: false,
    reason,
    message,
    left: Math.max(0, maximum.amount - used),
  });
  if (!Number.isInteger(requested.amount) || requested.amount <= 0) {
    return refuse('NOT_POSITIVE', '延期天数应为正整数');
  }
  if ([requested, ...granted].some((e) => e.unit !== maximum.unit)) {
    return refuse('UNIT_MISMATCH', `延期须以${labelOf(LIMIT_UNIT_LABELS, maximum.unit)}计算`);
  }
  // 第四十二条: 期限内不能作出决定的，方可经批准延长 — the decision must come before the period ends.
  if (toDayNumber(requested.approvedOn) > toDayNumber(input.legalDue)) {
    return refuse('AFTER_DUE', `法定期限已于 ${input.legalDue} 届满，不能再批准延期`);
  }
  if (used + requested.amount > maximum.amount) {
    const unit = labelOf(LIMIT_UNIT_LABELS, maximum.unit);
    const left = Math.max(0, maximum.amount - used);
    return refuse(
      'EXCEEDS_MAXIMUM',
      `延期合计不得超过 ${maximum.amount} 个${unit}，尚可延期 ${left} 个${unit}`,
    );
  }
  return { allowed: true, left: maximum.amount - used - requested.amount };
}

/** 行政许可法 第三十二条第一款第四项: 当场或者在五日内一次告知 (五日 = 五个工作日, 第八十二条). */
export const CORRECTION_NOTICE_WORKDAYS = 5;

export interface DeemedAcceptanceInput {
  /** The day the materials were received (收件), not the day of 受理. */
  receivedOn: IsoDate;
  correctionNoticeOn?: IsoDate;
  asOf: IsoDate;
}

export interface DeemedAcceptanceView {
  /** True: the application counts as accepted from receipt, and the case is flagged. */
  deemed: boolean;
  /** The receipt day when deemed; otherwise undefined (acceptance is still to be decided). */
  acceptedOn: IsoDate | undefined;
  /** The last day a correction notice could be issued. */
  noticeDue: IsoDate;
  reason?: 'no_notice' | 'late_notice';
}

/**
 * 行政许可法 第三十二条第一款第四项: 逾期不告知的，自收到申请材料之日起即为受理. Without a notice by the end of
 * the 5th working day after receipt, the application is deemed accepted from the day of receipt; a notice
 * issued later does not undo it.
 */
export function deemedAccepted(
  calendar: WorkingCalendar,
  input: DeemedAcceptanceInput,
): DeemedAcceptanceView {
  const noticeDue = calendar.addWorkdays(input.receivedOn, CORRECTION_NOTICE_WORKDAYS);
  const due = toDayNumber(noticeDue);
  const notice = input.correctionNoticeOn;
  if (notice !== undefined && toDayNumber(notice) < toDayNumber(input.receivedOn)) {
    throw new RangeError(`补正通知日早于收件日：${notice}`);
  }
  if (notice !== undefined && toDayNumber(notice) <= due) {
    return { deemed: false, acceptedOn: undefined, noticeDue };
  }
  if (notice === undefined && toDayNumber(input.asOf) <= due) {
    return { deemed: false, acceptedOn: undefined, noticeDue };
  }
  return {
    deemed: true,
    acceptedOn: input.receivedOn,
    noticeDue,
    reason: notice === undefined ? 'no_notice' : 'late_notice',
  };
}

function assertAmount(amount: number): void {
  if (!Number.isInteger(amount) || amount < 0) throw new RangeError(`期限应为非负整数：${amount}`);
}
