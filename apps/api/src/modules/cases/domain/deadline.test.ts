import { describe, expect, it } from 'vitest';
import { SEEDED_YEAR_SCHEDULES } from '../../calendar/domain/holiday-data.ts';
import { createWorkingCalendar } from '../../calendar/domain/working-calendar.ts';
import {
  ART_42_LIMITS,
  type CaseClockInput,
  caseClock,
  computeDeadline,
  deemedAccepted,
  extensionAllowed,
} from './deadline.ts';

const counting = createWorkingCalendar({ schedules: SEEDED_YEAR_SCHEDULES });
const notCounting = createWorkingCalendar({ schedules: SEEDED_YEAR_SCHEDULES, countMakeUpDays: false });
const wd = (amount: number) => ({ amount, unit: 'workday' as const });
const nd = (amount: number) => ({ amount, unit: 'natural' as const });

describe('computeDeadline: working days', () => {
  it.each([
    ['春节前受理', '2026-02-12', 5, '2026-02-26', '2026-02-27'],
    ['春节前受理，法定 20 日', '2026-02-12', 20, '2026-03-18', '2026-03-20'],
    ['第 10 日落在调休周六', '2026-02-02', 10, '2026-02-14', '2026-02-24'],
    ['2025 春节', '2025-01-24', 5, '2025-02-07', '2025-02-10'],
    ['2025 国庆前受理', '2025-09-26', 5, '2025-10-10', '2025-10-13'],
    ['2025 国庆，法定 20 日', '2025-09-26', 20, '2025-10-30', '2025-11-03'],
    ['2026 中秋国庆', '2026-09-18', 10, '2026-10-09', '2026-10-12'],
    ['即办', '2026-02-12', 0, '2026-02-12', '2026-02-12'],
  ])(
    '%s: %s + %i = %s (make-up days counted) / %s (not counted)',
    (_, start, amount, withMakeUp, without) => {
      expect(computeDeadline(counting, { start, ...wd(amount) }).due).toBe(withMakeUp);
      expect(computeDeadline(notCounting, { start, ...wd(amount) }).due).toBe(without);
    },
  );

  it('lists the days it counted, never the start day', () => {
    expect(computeDeadline(counting, { start: '2026-02-12', ...wd(4) })).toEqual({
      due: '2026-02-25',
      counted: ['2026-02-13', '2026-02-14', '2026-02-24', '2026-02-25'],
      unknownYears: [],
    });
    expect(computeDeadline(notCounting, { start: '2025-09-26', ...wd(3) }).counted).toEqual([
      '2025-09-29',
      '2025-09-30',
      '2025-10-09',
    ]);
  });

  it('reports 2027 as unknown when the count runs into it', () => {
    expect(computeDeadline(counting, { start: '2026-12-20', ...wd(20) })).toMatchObject({
      due: '2027-01-15',
      unknownYears: [2027],
    });
  });

  it('refuses negative or fractional amounts', () => {
    expect(() => computeDeadline(counting, { start: '2026-02-12', ...wd(-1) })).toThrow(RangeError);
    expect(() => computeDeadline(counting, { start: '2026-02-12', ...nd(1.5) })).toThrow(RangeError);
  });
});

describe('computeDeadline: natural days', () => {
  it.each([
    // start, days, calendar, due with roll-over, due without
    ['last day in 春节', '2026-02-10', 7, counting, '2026-02-24', '2026-02-17'],
    ['last day on a counted make-up Saturday', '2026-02-07', 7, counting, '2026-02-14', '2026-02-14'],
    ['last day on an uncounted make-up Saturday', '2026-02-07', 7, notCounting, '2026-02-24', '2026-02-14'],
    ['last day in 2025 国庆', '2025-09-23', 10, counting, '2025-10-09', '2025-10-03'],
    ['last day in 2026 中秋 (Sun)', '2026-09-24', 3, counting, '2026-09-28', '2026-09-27'],
    ['last day on 2026 国庆', '2026-09-30', 1, counting, '2026-10-08', '2026-10-01'],
    ['last day on a working day', '2026-03-02', 10, counting, '2026-03-12', '2026-03-12'],
  ])('%s: %s + %i', (_, start, amount, calendar, rolled, plain) => {
    expect(computeDeadline(calendar, { start, ...nd(amount) })).toEqual({
      due: rolled,
      counted: undefined,
      unknownYears: [],
    });
    expect(computeDeadline(calendar, { start, ...nd(amount), naturalDayRollsToWorkday: false }).due).toBe(
      plain,
    );
  });
});

describe('caseClock', () => {
  // Accepted Mon 2026-02-02; 20 working days legal, 10 promised; the 10th lands on the make-up Sat 2/14.
  const base: CaseClockInput = {
    acceptedOn: '2026-02-02',
    legal: wd(20),
    promised: wd(10),
    pauses: [],
    extensions: [],
    asOf: '2026-02-03',
    yellowThresholdWorkdays: 3,
  };

  it('computes both due dates at acceptance', () => {
    expect(caseClock(counting, base)).toEqual({
      legalDue: '2026-03-06',
      promisedDue: '2026-02-14',
      originalLegalDue: '2026-03-06',
      originalPromisedDue: '2026-02-14',
      pausedWorkdays: 0,
      pausedWorkdaysByKind: { special_procedure: 0, correction: 0 },
      clockStopped: false,
      remainingWorkdays: 9,
      warning: 'normal',
      legalOverdue: false,
      unknownYears: [],
    });
    expect(caseClock(notCounting, base)).toMatchObject({ legalDue: '2026-03-10', promisedDue: '2026-02-24' });
  });

  it.each([
    ['2026-02-10', 4, 'normal'],
    ['2026-02-11', 3, 'normal'],
    ['2026-02-12', 2, 'yellow'],
    ['2026-02-14', 0, 'yellow'],
    ['2026-02-15', 0, 'red'],
    ['2026-02-24', -1, 'red'],
  ] as const)('as of %s: %i working days left, %s', (asOf, remaining, warning) => {
    const clock = caseClock(counting, { ...base, asOf });
    expect(clock.remainingWorkdays).toBe(remaining);
    expect(clock.warning).toBe(warning);
    expect(clock.legalOverdue).toBe(false);
  });

  it('turns red on the legal due date too', () => {
    const clock = caseClock(counting, { ...base, promised: wd(20), asOf: '2026-03-09' });
    expect(clock).toMatchObject({ remainingWorkdays: -1, warning: 'red', legalOverdue: true });
  });

  it('moves both due dates by a special procedure (行政许可法 第四十五条)', () => {
    const pauses = [{ from: '2026-02-05', to: '2026-02-12', kind: 'special_procedure' as const }];
    // Stopped 2/6, 2/9–2/12: 5 working days.
    expect(caseClock(counting, { ...base, pauses, asOf: '2026-02-13' })).toMatchObject({
      legalDue: '2026-03-13',
      promisedDue: '2026-02-28',
      originalLegalDue: '2026-03-06',
      originalPromisedDue: '2026-02-14',
      pausedWorkdays: 5,
      pausedWorkdaysByKind: { special_procedure: 5, correction: 0 },
      clockStopped: false,
      remainingWorkdays: 6,
      warning: 'normal',
    });
    expect(caseClock(notCounting, { ...base, pauses, asOf: '2026-02-13' })).toMatchObject({
      legalDue: '2026-03-17',
      promisedDue: '2026-03-03',
      pausedWorkdays: 5,
    });
  });

  it('counts a special procedure across 2025 国庆 in working days only', () => {
    const input: CaseClockInput = {
      ...base,
      acceptedOn: '2025-09-22',
      promised: wd(20),
      pauses: [{ from: '2025-09-26', to: '2025-10-10', kind: 'special_procedure' }],
      asOf: '2025-10-10',
    };
    expect(caseClock(counting, input)).toMatchObject({
      originalLegalDue: '2025-10-24',
      legalDue: '2025-10-31',
      pausedWorkdays: 5,
    });
    expect(caseClock(notCounting, input)).toMatchObject({
      originalLegalDue: '2025-10-28',
      legalDue: '2025-11-03',
      pausedWorkdays: 4,
    });
  });

  it('keeps the clock stopped through asOf while a pause is open', () => {
    const pauses = [{ from: '2026-02-05', kind: 'special_procedure' as const }];
    const clock = caseClock(counting, { ...base, pauses, asOf: '2026-02-10' });
    expect(clock).toMatchObject({
      legalDue: '2026-03-11',
      promisedDue: '2026-02-26',
      pausedWorkdays: 3,
      clockStopped: true,
    });
    // Remaining days are those the clock will run: 2/11–2/14, 2/24–2/26.
    expect(clock.remainingWorkdays).toBe(7);
  });

  it('counts a day under two pauses once, and each kind apart', () => {
    const pauses = [
      { from: '2026-02-05', to: '2026-02-10', kind: 'special_procedure' as const },
      { from: '2026-02-09', to: '2026-02-12', kind: 'correction' as const },
    ];
    expect(caseClock(counting, { ...base, pauses, asOf: '2026-02-13' })).toMatchObject({
      legalDue: '2026-03-13',
      promisedDue: '2026-02-28',
      pausedWorkdays: 5,
      pausedWorkdaysByKind: { special_procedure: 3, correction: 3 },
    });
  });

  it('does not move a due date that passed before the pause began', () => {
    const pauses = [{ from: '2026-02-24', to: '2026-02-27', kind: 'special_procedure' as const }];
    expect(caseClock(counting, { ...base, pauses, asOf: '2026-02-27' })).toMatchObject({
      promisedDue: '2026-02-14',
      legalDue: '2026-03-11',
      pausedWorkdays: 3,
      warning: 'red',
    });
  });

  it('refuses a pause that ends before it starts', () => {
    const pauses = [{ from: '2026-02-10', to: '2026-02-09', kind: 'correction' as const }];
    expect(() => caseClock(counting, { ...base, pauses })).toThrow(RangeError);
  });

  it('moves both due dates by an approved extension (行政许可法 第四十二条)', () => {
    const extensions = [{ ...wd(10), approvedOn: '2026-03-02' }];
    expect(caseClock(counting, { ...base, extensions, asOf: '2026-03-02' })).toMatchObject({
      legalDue: '2026-03-20',
      promisedDue: '2026-03-06',
      originalLegalDue: '2026-03-06',
      originalPromisedDue: '2026-02-14',
    });
  });

  it('rolls a natural-day limit over 2025 国庆 unless told not to', () => {
    const input: CaseClockInput = { ...base, acceptedOn: '2025-09-23', legal: nd(10), promised: nd(7) };
    expect(caseClock(counting, input)).toMatchObject({ legalDue: '2025-10-09', promisedDue: '2025-09-30' });
    expect(caseClock(counting, { ...input, naturalDayRollsToWorkday: false })).toMatchObject({
      legalDue: '2025-10-03',
    });
  });

  it('says when the due dates run into a year without a table', () => {
    const clock = caseClock(counting, { ...base, acceptedOn: '2026-12-20', asOf: '2026-12-21' });
    expect(clock.legalDue).toBe('2027-01-15');
    expect(clock.unknownYears).toEqual([2027]);
  });
});

describe('extensionAllowed (行政许可法 第四十二条)', () => {
  const ordinary = ART_42_LIMITS.ordinary.maxExtension;
  const joint = ART_42_LIMITS.joint.maxExtension;
  const request = (amount: number, approvedOn = '2026-03-02') => ({ ...wd(amount), approvedOn });

  it.each([
    ['ten working days at once', ordinary, [], request(10), true, 0],
    ['part of it', ordinary, [], request(4), true, 6],
    ['the rest after an earlier extension', ordinary, [request(5)], request(5), true, 0],
    ['joint handling: fifteen', joint, [], request(15), true, 0],
  ])('allows %s', (_, maximum, granted, requested, allowed, left) => {
    expect(extensionAllowed({ requested, granted, maximum, legalDue: '2026-03-06' })).toEqual({
      allowed,
      left,
    });
  });

  it.each([
    ['eleven days', ordinary, [], request(11), 'EXCEEDS_MAXIMUM', 10],
    ['more than is left', ordinary, [request(5)], request(6), 'EXCEEDS_MAXIMUM', 5],
    ['joint handling: sixteen', joint, [], request(16), 'EXCEEDS_MAXIMUM', 15],
    ['nothing', ordinary, [], request(0), 'NOT_POSITIVE', 10],
    ['natural days', ordinary, [], { ...nd(7), approvedOn: '2026-03-02' }, 'UNIT_MISMATCH', 10],
    ['after the legal due date', ordinary, [], request(5, '2026-03-09'), 'AFTER_DUE', 10],
  ])('refuses %s', (_, maximum, granted, requested, reason, left) => {
    const decision = extensionAllowed({ requested, granted, maximum, legalDue: '2026-03-06' });
    expect(decision).toMatchObject({ allowed: false, reason, left });
    expect(decision.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('says how much is left in Chinese', () => {
    expect(
      extensionAllowed({
        requested: request(6),
        granted: [request(5)],
        maximum: ordinary,
        legalDue: '2026-03-06',
      }).message,
    ).toBe('延期合计不得超过 10 个工作日，尚可延期 5 个工作日');
  });

  it('keeps the statutory numbers', () => {
    expect(ART_42_LIMITS.ordinary.limit.amount + ordinary.amount).toBe(30);
    expect(ART_42_LIMITS.joint.limit.amount + joint.amount).toBe(60);
  });
});

describe('deemedAccepted (行政许可法 第三十二条)', () => {
  it.each([
    // receivedOn, notice, asOf, calendar, deemed, reason
    ['5th working day (2/24), counted make-up 2/14', '2026-02-10', undefined, '2026-02-24', counting, false],
    ['6th working day (2/25)', '2026-02-10', undefined, '2026-02-25', counting, true],
    [
      '5th working day without make-up days (2/25)',
      '2026-02-10',
      undefined,
      '2026-02-25',
      notCounting,
      false,
    ],
    ['6th working day without make-up days (2/26)', '2026-02-10', undefined, '2026-02-26', notCounting, true],
    ['2025 国庆: holiday after 4 working days', '2025-09-25', undefined, '2025-10-08', counting, false],
    ['2025 国庆: 5th working day (10/9)', '2025-09-25', undefined, '2025-10-09', counting, false],
    ['2025 国庆: 6th working day (10/10)', '2025-09-25', undefined, '2025-10-10', counting, true],
    ['notice on the spot', '2026-02-10', '2026-02-10', '2026-03-10', counting, false],
    ['notice on the 5th working day', '2026-02-10', '2026-02-24', '2026-03-10', counting, false],
    ['notice on the 6th working day is too late', '2026-02-10', '2026-02-25', '2026-02-25', counting, true],
  ])('%s', (_, receivedOn, correctionNoticeOn, asOf, calendar, deemed) => {
    const result = deemedAccepted(calendar, { receivedOn, correctionNoticeOn, asOf });
    expect(result.deemed).toBe(deemed);
    expect(result.acceptedOn).toBe(deemed ? receivedOn : undefined);
    expect(result.reason).toBe(
      deemed ? (correctionNoticeOn === undefined ? 'no_notice' : 'late_notice') : undefined,
    );
  });

  it('names the last day for the notice', () => {
    expect(deemedAccepted(counting, { receivedOn: '2026-02-10', asOf: '2026-02-10' }).noticeDue).toBe(
      '2026-02-24',
    );
    expect(deemedAccepted(notCounting, { receivedOn: '2026-02-10', asOf: '2026-02-10' }).noticeDue).toBe(
      '2026-02-25',
    );
  });

  it('refuses a notice dated before receipt', () => {
    expect(() =>
      deemedAccepted(counting, {
        receivedOn: '2026-02-10',
        correctionNoticeOn: '2026-02-09',
        asOf: '2026-02-10',
      }),
    ).toThrow(RangeError);
  });
});
