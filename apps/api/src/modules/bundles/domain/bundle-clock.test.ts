import type { TimeLimit } from '@msb/contracts';
import { describe, expect, it } from 'vitest';
import { SEEDED_YEAR_SCHEDULES } from '../../calendar/domain/holiday-data.ts';
import { createWorkingCalendar } from '../../calendar/domain/working-calendar.ts';
import { type BundleClockInput, bundleClock } from './bundle-clock.ts';

const calendar = createWorkingCalendar({ schedules: SEEDED_YEAR_SCHEDULES });
const wd = (amount: number): TimeLimit => ({ amount, unit: 'workday' });

const input = (acceptedOn: string, promisedLimit: TimeLimit, asOf = acceptedOn): BundleClockInput => ({
  acceptedOn,
  promisedLimit,
  asOf,
  yellowThresholdWorkdays: 3,
});

// Worked by hand from domain-facts §8 (国务院办公厅 放假安排). The acceptance day is not counted (期间开始之日不计入);
// make-up working days (调休上班) count as working days.
//
// 2026 春节: off 2/15 (Sun) – 2/23 (Mon); make-up 2/14 (Sat) and 2/28 (Sat). Accepted Thu 2026-02-12, 10 working days:
//   2/13 Fri ①, 2/14 Sat make-up ②, [2/15–2/23 off], 2/24 ③, 2/25 ④, 2/26 ⑤, 2/27 ⑥, 2/28 Sat make-up ⑦,
//   3/2 ⑧, 3/3 ⑨, 3/4 ⑩ → 2026-03-04.
// Legal (45): carry on — 3/18 is the 20th; 3/19 ㉑ … 4/3 Fri ㉜, [清明 4/4 (Sat) – 4/6 (Mon) off, no make-up],
//   4/7 ㉝ … 4/17 ㊶, 4/20 ㊷, 4/21 ㊸, 4/22 ㊹, 4/23 ㊺ → 2026-04-23.
// 2025 国庆+中秋: off 10/1 – 10/8; make-up 9/28 (Sun) and 10/11 (Sat). Accepted Fri 2025-09-26, 10 working days:
//   9/28 Sun make-up ①, 9/29 ②, 9/30 ③, [10/1–10/8 off], 10/9 ④, 10/10 ⑤, 10/11 Sat make-up ⑥, 10/13 ⑦,
//   10/14 ⑧, 10/15 ⑨, 10/16 ⑩ → 2025-10-16.
//   Legal (45): 10/17 ⑪ … 10/30 ⑳, 10/31 ㉑, five a week 11/3 … 11/28 ㉒–㊶, 12/1 ㊷ … 12/4 ㊺ → 2025-12-04.
// 2025 春节: off 1/28 – 2/4; make-up 1/26 (Sun) and 2/8 (Sat). Accepted Fri 2025-01-24, 8 working days:
//   1/26 Sun make-up ①, 1/27 ②, [1/28–2/4 off], 2/5 ③, 2/6 ④, 2/7 ⑤, 2/8 Sat make-up ⑥, 2/10 ⑦, 2/11 ⑧ → 2025-02-11.
//   Legal (45): 2/12–2/14 ⑨–⑪, then five a week 2/17 … 3/28 ⑫–㊶, 3/31 ㊷, 4/1 ㊸, 4/2 ㊹, 4/3 Thu ㊺ → 2025-04-03
//   (清明 4/4–4/6 comes just after).
// 2026 中秋 9/25 – 9/27 and 国庆 10/1 – 10/7; make-up 9/20 (Sun) and 10/10 (Sat). Accepted Fri 2026-09-18,
//   11 working days: 9/20 ①, 9/21–9/24 ②–⑤, 9/28–9/30 ⑥–⑧, 10/8 ⑨, 10/9 ⑩, 10/10 Sat make-up ⑪ → 2026-10-10.
//   Legal (45): five a week 10/12 … 11/20 ⑫–㊶, 11/23 ㊷, 11/24 ㊸, 11/25 ㊹, 11/26 ㊺ → 2026-11-26.
// Accepted Mon 2026-03-02, legal 45: 3/3 … 4/3 ①–㉔, [清明 4/6 off] 4/7 … 4/30 ㉕–㊷, [劳动节 5/1–5/5 off],
//   5/6 ㊸, 5/7 ㊹, 5/8 Fri ㊺ → 2026-05-08.
describe('bundleClock: due dates', () => {
  it.each<[string, string, number, string, string]>([
    ['2026 春节', '2026-02-12', 10, '2026-03-04', '2026-04-23'],
    ['2026 春节, promise = the legal 45', '2026-02-12', 45, '2026-04-23', '2026-04-23'],
    ['2025 国庆', '2025-09-26', 10, '2025-10-16', '2025-12-04'],
    ['2025 春节', '2025-01-24', 8, '2025-02-11', '2025-04-03'],
    ['2026 中秋国庆, last day a make-up Saturday', '2026-09-18', 11, '2026-10-10', '2026-11-26'],
    ['即办', '2026-03-02', 0, '2026-03-02', '2026-05-08'],
  ])(
    '%s: accepted %s, promise %i → %s; legal (45 working days) → %s',
    (_, acceptedOn, amount, promised, legal) => {
      const clock = bundleClock(calendar, input(acceptedOn, wd(amount)));
      expect(clock).toMatchObject({
        promisedDue: promised,
        legalDue: legal,
        originalPromisedDue: promised,
        originalLegalDue: legal,
        pausedWorkdays: 0,
        clockStopped: false,
        unknownYears: [],
      });
    },
  );

  it('counts the legal due date as 45 working days (行政许可法 第四十二条第二款) whatever the promise', () => {
    const a = bundleClock(calendar, input('2025-09-26', wd(5)));
    const b = bundleClock(calendar, input('2025-09-26', wd(30)));
    expect(a.legalDue).toBe('2025-12-04');
    expect(b.legalDue).toBe('2025-12-04');
    expect(calendar.addWorkdays('2025-09-26', 45)).toBe('2025-12-04');
  });

  it('passes the natural-day setting through', () => {
    // 7 natural days from 2026-02-10 end on 2/17, in 春节; rolled to the next working day, 2/24
    const natural = { amount: 7, unit: 'natural' } as const;
    expect(bundleClock(calendar, input('2026-02-10', natural)).promisedDue).toBe('2026-02-24');
    expect(
      bundleClock(calendar, { ...input('2026-02-10', natural), naturalDayRollsToWorkday: false }).promisedDue,
    ).toBe('2026-02-17');
  });

  it('reports a year no holiday table covers', () => {
    expect(bundleClock(calendar, input('2026-12-01', wd(20))).unknownYears).toEqual([2027]);
  });
});

describe('bundleClock: warnings (promise due 2026-03-04, yellow in the last 3 working days)', () => {
  it.each<[string, string, number, 'normal' | 'yellow' | 'red', boolean]>([
    ['accepted', '2026-02-12', 10, 'normal', false],
    ['during 春节', '2026-02-20', 8, 'normal', false],
    ['make-up Saturday 2/28: 3/2, 3/3, 3/4 left', '2026-02-28', 3, 'normal', false],
    ['two working days left', '2026-03-02', 2, 'yellow', false],
    ['on the due day', '2026-03-04', 0, 'yellow', false],
    ['one working day late', '2026-03-05', -1, 'red', false],
    ['a weekend does not count as late', '2026-03-08', -2, 'red', false],
    // running days after the promise: 3/5 … 4/23 are the 11th to 45th (35), plus Fri 4/24 = 36
    ['past the legal 45 working days', '2026-04-24', -36, 'red', true],
  ])('%s (%s): %i left, %s', (_, asOf, remaining, warning, legalOverdue) => {
    expect(bundleClock(calendar, input('2026-02-12', wd(10), asOf))).toMatchObject({
      remainingWorkdays: remaining,
      warning,
      legalOverdue,
    });
  });

  it('takes the threshold from the input', () => {
    const clock = bundleClock(calendar, {
      ...input('2026-02-12', wd(10), '2026-02-27'),
      yellowThresholdWorkdays: 5,
    });
    expect(clock).toMatchObject({ remainingWorkdays: 4, warning: 'yellow' });
  });
});

describe('an approved extension (行政许可法 第四十二条第二款)', () => {
  it('moves the promise and the 45-day cap by the working days approved', () => {
    const base = bundleClock(calendar, input('2026-03-02', wd(30)));
    const extended = bundleClock(calendar, {
      ...input('2026-03-02', wd(30)),
      extensions: [{ amount: 10, unit: 'workday', approvedOn: '2026-04-01' }],
    });
    expect(extended.promisedDue).toBe(calendar.addWorkdays(base.promisedDue, 10));
    expect(extended.legalDue).toBe(calendar.addWorkdays(base.legalDue, 10));
  });
});
