// 行政许可法 第八十二条: 本法规定的行政机关实施行政许可的期限以工作日计算，不含法定节假日。
// A working day is Monday to Friday unless a year table makes it a day off, plus the weekend days a
// table lists as make-up working days (调休上班). Year tables come from the caller (the shipped seeds and
// what administrators entered); chinese-days fills the years the caller has no table for.
import { fromDayNumber, type IsoDate, isWeekendDayNumber, toDayNumber, yearOfDayNumber } from './iso-date.ts';
import { LIBRARY_YEAR_SCHEDULES } from './library-schedules.ts';
import type { YearSchedule } from './year-schedule.ts';

export interface WorkingCalendarOptions {
  /** Year tables; one for a year overrides the library for that whole year; for a repeated year the last wins. */
  schedules: readonly YearSchedule[];
  /**
   * Whether make-up working days (调休上班日) count as working days. Default true: the State Council notices
   * say these days are worked ("上班"), but no text found confirms they count for 第八十二条, so it is a setting.
   */
  countMakeUpDays?: boolean;
  /** Tables for years `schedules` does not cover. Default: chinese-days data (2004–2026). */
  library?: readonly YearSchedule[];
}

export interface WorkingCalendar {
  readonly countMakeUpDays: boolean;
  isWorkday(date: IsoDate): boolean;
  /**
   * The nth working day after `start` (the start day itself is never counted; 期间开始之日不计入). n = 0 gives
   * `start`; a negative n counts back to the |n|th working day before `start`.
   */
  addWorkdays(start: IsoDate, n: number): IsoDate;
  /** Working days in (a, b]: after a, up to and including b. Negative when b is before a. */
  workdaysBetween(a: IsoDate, b: IsoDate): number;
  /** Years between the two dates (inclusive) that no table and no library data covers: Mon–Fri is assumed there. */
  unknownYears(from: IsoDate, to: IsoDate): number[];
  /** Where a year's days off come from, or undefined when the year is unknown. */
  sourceOf(year: number): string | undefined;
}

interface YearTable {
  source: string;
  holidays: Set<number>;
  workdays: Set<number>;
}

function toTable(schedule: YearSchedule): YearTable {
  // Only days of the table's own year count: a table overrides exactly one year.
  const ownDays = (dates: readonly IsoDate[]) =>
    new Set(dates.map(toDayNumber).filter((day) => yearOfDayNumber(day) === schedule.year));
  return {
    source: schedule.source,
    holidays: ownDays(schedule.holidays),
    workdays: ownDays(schedule.workdays),
  };
}

export function createWorkingCalendar(options: WorkingCalendarOptions): WorkingCalendar {
  const countMakeUpDays = options.countMakeUpDays ?? true;
  const tables = new Map<number, YearTable>();
  for (const schedule of options.library ?? LIBRARY_YEAR_SCHEDULES)
    tables.set(schedule.year, toTable(schedule));
  for (const schedule of options.schedules) tables.set(schedule.year, toTable(schedule));

  const isWorkdayNumber = (day: number): boolean => {
    const table = tables.get(yearOfDayNumber(day));
    if (table?.holidays.has(day)) return false;
    if (countMakeUpDays && table?.workdays.has(day)) return true;
    return !isWeekendDayNumber(day);
  };

  const addWorkdays = (start: IsoDate, n: number): IsoDate => {
    if (!Number.isInteger(n)) throw new RangeError(`工作日数应为整数：${n}`);
    const step = n < 0 ? -1 : 1;
    let day = toDayNumber(start);
    for (let left = Math.abs(n); left > 0; ) {
      day += step;
      if (isWorkdayNumber(day)) left -= 1;
    }
    return fromDayNumber(day);
  };

  const workdaysBetween = (a: IsoDate, b: IsoDate): number => {
    const from = toDayNumber(a);
    const to = toDayNumber(b);
    const [low, high, sign] = from <= to ? [from, to, 1] : [to, from, -1];
    let count = 0;
    for (let day = low + 1; day <= high; day += 1) if (isWorkdayNumber(day)) count += 1;
    return sign * count;
  };

  const unknownYears = (from: IsoDate, to: IsoDate): number[] => {
    const a = yearOfDayNumber(toDayNumber(from));
    const b = yearOfDayNumber(toDayNumber(to));
    const years: number[] = [];
    for (let year = Math.min(a, b); year <= Math.max(a, b); year += 1)
      if (!tables.has(year)) years.push(year);
    return years;
  };

  return {
    countMakeUpDays,
    isWorkday: (date) => isWorkdayNumber(toDayNumber(date)),
    addWorkdays,
    workdaysBetween,
    unknownYears,
    sourceOf: (year) => tables.get(year)?.source,
  };
}
