import { describe, expect, it } from 'vitest';
import { SCHEDULE_2025, SCHEDULE_2026, SEEDED_YEAR_SCHEDULES } from './holiday-data.ts';
import { LIBRARY_YEAR_SCHEDULES } from './library-schedules.ts';
import { validateYearSchedule } from './year-schedule.ts';

describe('shipped holiday tables', () => {
  it.each(SEEDED_YEAR_SCHEDULES.map((s) => [s.year, s] as const))('%i is a valid table', (_, schedule) => {
    expect(validateYearSchedule(schedule)).toEqual([]);
    expect(schedule.source).toMatch(/国务院办公厅.*https:\/\/www\.gov\.cn\//);
  });

  it('2025 has 28 days off and 5 make-up working days', () => {
    expect(SCHEDULE_2025.holidays).toHaveLength(28);
    expect(SCHEDULE_2025.workdays).toEqual([
      '2025-01-26',
      '2025-02-08',
      '2025-04-27',
      '2025-09-28',
      '2025-10-11',
    ]);
  });

  it('2026 has 33 days off and 6 make-up working days', () => {
    expect(SCHEDULE_2026.holidays).toHaveLength(33);
    expect(SCHEDULE_2026.workdays).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
  });

  // Two independent transcriptions of the same notices must agree.
  it.each([SCHEDULE_2025, SCHEDULE_2026])('$year agrees with chinese-days', (schedule) => {
    const library = LIBRARY_YEAR_SCHEDULES.find((s) => s.year === schedule.year);
    expect(library?.holidays).toEqual([...schedule.holidays].sort());
    expect(library?.workdays).toEqual([...schedule.workdays].sort());
  });
});

describe('validateYearSchedule', () => {
  it('lists every problem in an administrator-entered table', () => {
    const problems = validateYearSchedule({
      year: 2027,
      holidays: ['2027-01-01', '2026-12-31', '2027-02-30', '2027-01-01'],
      workdays: ['2027-01-04', '2027-01-01'],
      source: ' ',
    });
    expect(problems.map((p) => p.message)).toEqual([
      '请注明放假安排的来源（通知名称、文号或网址）',
      '2026-12-31 不属于 2027 年',
      '日期格式应为 YYYY-MM-DD：2027-02-30',
      '2027-01-01 重复出现，或同时列为放假日和调休上班日',
      '2027-01-04 不是周末，无需列为调休上班日',
      '2027-01-01 重复出现，或同时列为放假日和调休上班日',
      '2027-01-01 不是周末，无需列为调休上班日',
    ]);
  });
});
