import { describe, expect, it } from 'vitest';
import { SEEDED_YEAR_SCHEDULES } from './holiday-data.ts';
import { LIBRARY_SOURCE } from './library-schedules.ts';
import { createWorkingCalendar } from './working-calendar.ts';

const counting = createWorkingCalendar({ schedules: SEEDED_YEAR_SCHEDULES });
const notCounting = createWorkingCalendar({ schedules: SEEDED_YEAR_SCHEDULES, countMakeUpDays: false });

describe('isWorkday', () => {
  it.each([
    // 2026 春节: 2/14 (Sat) and 2/28 (Sat) worked, 2/15–2/23 off
    ['2026-02-13', '周五', true, true],
    ['2026-02-14', '春节调休上班（周六）', true, false],
    ['2026-02-15', '春节（周日）', false, false],
    ['2026-02-16', '春节（周一）', false, false],
    ['2026-02-20', '春节（周五）', false, false],
    ['2026-02-23', '春节最后一天（周一）', false, false],
    ['2026-02-24', '节后第一天（周二）', true, true],
    ['2026-02-28', '春节调休上班（周六）', true, false],
    ['2026-03-01', '普通周日', false, false],
    // 2025 国庆+中秋: 9/28 (Sun) and 10/11 (Sat) worked, 10/1–10/8 off
    ['2025-09-27', '普通周六', false, false],
    ['2025-09-28', '国庆调休上班（周日）', true, false],
    ['2025-10-01', '国庆（周三）', false, false],
    ['2025-10-06', '中秋（周一）', false, false],
    ['2025-10-08', '国庆最后一天（周三）', false, false],
    ['2025-10-09', '节后第一天（周四）', true, true],
    ['2025-10-11', '国庆调休上班（周六）', true, false],
    // 2026 中秋 9/25–9/27 and 国庆 10/1–10/7; 9/20 (Sun) and 10/10 (Sat) worked
    ['2026-09-20', '国庆调休上班（周日）', true, false],
    ['2026-09-25', '中秋（周五）', false, false],
    ['2026-10-01', '国庆（周四）', false, false],
    ['2026-10-07', '国庆最后一天（周三）', false, false],
    ['2026-10-08', '节后第一天（周四）', true, true],
    ['2026-10-10', '国庆调休上班（周六）', true, false],
  ])('%s %s: counted %s, not counted %s', (date, _, withMakeUp, withoutMakeUp) => {
    expect(counting.isWorkday(date)).toBe(withMakeUp);
    expect(notCounting.isWorkday(date)).toBe(withoutMakeUp);
  });

  it('refuses malformed and impossible dates', () => {
    expect(() => counting.isWorkday('2026-2-14')).toThrow(RangeError);
    expect(() => counting.isWorkday('2026-02-30')).toThrow(RangeError);
  });
});

describe('addWorkdays (the start day is not counted)', () => {
  it.each([
    // start, n, make-up days counted, not counted
    ['2026-02-12', 0, '2026-02-12', '2026-02-12'],
    ['2026-02-12', 1, '2026-02-13', '2026-02-13'],
    ['2026-02-12', 2, '2026-02-14', '2026-02-24'],
    ['2026-02-12', 3, '2026-02-24', '2026-02-25'],
    ['2026-02-12', 5, '2026-02-26', '2026-02-27'],
    ['2026-02-12', 20, '2026-03-18', '2026-03-20'],
    ['2026-02-13', 1, '2026-02-14', '2026-02-24'],
    ['2026-02-02', 10, '2026-02-14', '2026-02-24'],
    ['2026-02-02', 20, '2026-03-06', '2026-03-10'],
    ['2025-01-24', 5, '2025-02-07', '2025-02-10'],
    ['2025-09-26', 1, '2025-09-28', '2025-09-29'],
    ['2025-09-26', 5, '2025-10-10', '2025-10-13'],
    ['2025-09-26', 6, '2025-10-11', '2025-10-14'],
    ['2025-09-26', 20, '2025-10-30', '2025-11-03'],
    ['2026-09-18', 1, '2026-09-20', '2026-09-21'],
    ['2026-09-18', 5, '2026-09-24', '2026-09-28'],
    ['2026-09-18', 10, '2026-10-09', '2026-10-12'],
    ['2026-09-30', 1, '2026-10-08', '2026-10-08'],
    ['2026-09-30', 3, '2026-10-10', '2026-10-12'],
  ])('%s + %i working days = %s (counted) / %s (not counted)', (start, n, withMakeUp, withoutMakeUp) => {
    expect(counting.addWorkdays(start, n)).toBe(withMakeUp);
    expect(notCounting.addWorkdays(start, n)).toBe(withoutMakeUp);
    expect(counting.workdaysBetween(start, withMakeUp)).toBe(n);
    expect(notCounting.workdaysBetween(start, withoutMakeUp)).toBe(n);
  });

  it('counts backwards for a negative n', () => {
    expect(counting.addWorkdays('2026-02-24', -1)).toBe('2026-02-14');
    expect(notCounting.addWorkdays('2026-02-24', -1)).toBe('2026-02-13');
    expect(counting.addWorkdays('2025-10-09', -2)).toBe('2025-09-29');
  });

  it('refuses a fractional number of days', () => {
    expect(() => counting.addWorkdays('2026-02-12', 1.5)).toThrow(RangeError);
  });
});

describe('workdaysBetween counts (a, b]', () => {
  it.each([
    ['2026-02-14', '2026-02-24', 1, 1],
    ['2026-02-13', '2026-02-28', 6, 4],
    ['2026-02-15', '2026-02-23', 0, 0],
    ['2025-09-27', '2025-10-11', 6, 4],
    ['2026-09-19', '2026-10-10', 11, 9],
    ['2026-02-24', '2026-02-13', -2, -1],
    ['2026-02-24', '2026-02-24', 0, 0],
  ])('(%s, %s] = %i counted / %i not counted', (a, b, withMakeUp, withoutMakeUp) => {
    expect(counting.workdaysBetween(a, b)).toBe(withMakeUp);
    expect(notCounting.workdaysBetween(a, b)).toBe(withoutMakeUp);
  });
});

describe('years without a table', () => {
  it('reports 2027 as unknown and assumes Monday to Friday there', () => {
    expect(counting.unknownYears('2026-06-01', '2027-03-01')).toEqual([2027]);
    expect(counting.unknownYears('2027-03-01', '2026-06-01')).toEqual([2027]);
    expect(counting.unknownYears('2025-01-01', '2026-12-31')).toEqual([]);
    expect(counting.sourceOf(2027)).toBeUndefined();
    // 2027-01-01 is a Friday: without a table nothing says it is 元旦.
    expect(counting.isWorkday('2027-01-01')).toBe(true);
    expect(counting.addWorkdays('2026-12-20', 20)).toBe('2027-01-15');
  });

  it('knows 2027 once an administrator enters its table', () => {
    const calendar = createWorkingCalendar({
      schedules: [
        ...SEEDED_YEAR_SCHEDULES,
        { year: 2027, holidays: ['2027-01-01'], workdays: [], source: '测试：管理员录入' },
      ],
    });
    expect(calendar.unknownYears('2026-06-01', '2027-03-01')).toEqual([]);
    expect(calendar.isWorkday('2027-01-01')).toBe(false);
    expect(calendar.addWorkdays('2026-12-20', 20)).toBe('2027-01-18');
    expect(calendar.sourceOf(2027)).toBe('测试：管理员录入');
  });
});

describe('library years and overrides', () => {
  it('takes years before the seeds from chinese-days', () => {
    // 2024 国庆: 10/1–10/7 off, 9/29 (Sun) and 10/12 (Sat) worked
    expect(counting.isWorkday('2024-10-01')).toBe(false);
    expect(counting.isWorkday('2024-09-29')).toBe(true);
    expect(counting.isWorkday('2024-10-12')).toBe(true);
    expect(counting.sourceOf(2024)).toBe(LIBRARY_SOURCE);
    expect(counting.sourceOf(2026)).toContain('国务院办公厅');
    expect(counting.unknownYears('2004-01-01', '2026-12-31')).toEqual([]);
    expect(counting.unknownYears('2003-12-31', '2004-01-01')).toEqual([2003]);
  });

  it('lets a table replace a library year as a whole', () => {
    const calendar = createWorkingCalendar({
      schedules: [{ year: 2024, holidays: ['2024-10-02'], workdays: [], source: '测试：覆盖' }],
    });
    expect(calendar.isWorkday('2024-10-01')).toBe(true);
    expect(calendar.isWorkday('2024-10-02')).toBe(false);
    expect(calendar.isWorkday('2024-09-29')).toBe(false);
    expect(calendar.sourceOf(2024)).toBe('测试：覆盖');
  });

  it('takes the last table given for a year, and ignores days outside its year', () => {
    const calendar = createWorkingCalendar({
      schedules: [
        ...SEEDED_YEAR_SCHEDULES,
        { year: 2026, holidays: ['2026-02-24', '2025-12-31'], workdays: [], source: '测试：后录入' },
      ],
    });
    expect(calendar.isWorkday('2026-02-24')).toBe(false);
    expect(calendar.isWorkday('2026-02-16')).toBe(true);
    expect(calendar.isWorkday('2025-12-31')).toBe(true);
  });

  it('can run on the given tables alone', () => {
    const calendar = createWorkingCalendar({ schedules: SEEDED_YEAR_SCHEDULES, library: [] });
    expect(calendar.unknownYears('2024-01-01', '2026-12-31')).toEqual([2024]);
    expect(calendar.isWorkday('2024-10-01')).toBe(true);
  });
});
