// One year's holiday arrangement as the State Council publishes it (国务院办公厅 部分节假日安排), in the form an
// administrator enters it: the days off and the weekend days worked instead (调休上班).
import { type IsoDate, isValidIsoDate, isWeekend } from './iso-date.ts';

export interface YearSchedule {
  year: number;
  /** Days off by the arrangement, 'YYYY-MM-DD'. Weekend days inside a holiday block may be listed too. */
  holidays: readonly IsoDate[];
  /** Make-up working days (调休上班): weekend days that are worked. */
  workdays: readonly IsoDate[];
  /** Where the arrangement comes from: the notice's title, number and address. */
  source: string;
}

export interface ScheduleProblem {
  date?: string;
  message: string;
}

/** What is wrong with a year table before it is saved; empty when it is usable. */
export function validateYearSchedule(schedule: YearSchedule): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  if (!Number.isInteger(schedule.year) || schedule.year < 1970 || schedule.year > 9999) {
    problems.push({ message: `年份无效：${schedule.year}` });
  }
  if (schedule.source.trim() === '')
    problems.push({ message: '请注明放假安排的来源（通知名称、文号或网址）' });

  const seen = new Set<string>();
  const check = (date: string, list: 'holidays' | 'workdays'): void => {
    if (!isValidIsoDate(date)) {
      problems.push({ date, message: `日期格式应为 YYYY-MM-DD：${date}` });
      return;
    }
    if (Number(date.slice(0, 4)) !== schedule.year) {
      problems.push({ date, message: `${date} 不属于 ${schedule.year} 年` });
    }
    if (seen.has(date)) {
      problems.push({ date, message: `${date} 重复出现，或同时列为放假日和调休上班日` });
    }
    seen.add(date);
    if (list === 'workdays' && !isWeekend(date)) {
      problems.push({ date, message: `${date} 不是周末，无需列为调休上班日` });
    }
  };
  for (const date of schedule.holidays) check(date, 'holidays');
  for (const date of schedule.workdays) check(date, 'workdays');
  return problems;
}
