import type { TimeLimit } from '@msb/contracts';
import { describe, expect, it } from 'vitest';
import { SEEDED_YEAR_SCHEDULES } from '../../calendar/domain/holiday-data.ts';
import { createWorkingCalendar } from '../../calendar/domain/working-calendar.ts';
import type { ClockPause } from './deadline.ts';
import { stepDue, stepEscalation } from './escalation.ts';

const counting = createWorkingCalendar({ schedules: SEEDED_YEAR_SCHEDULES });
const notCounting = createWorkingCalendar({ schedules: SEEDED_YEAR_SCHEDULES, countMakeUpDays: false });
const wd = (amount: number): TimeLimit => ({ amount, unit: 'workday' });
const nd = (amount: number): TimeLimit => ({ amount, unit: 'natural' });
const steps = (limit: TimeLimit) => [
  { name: '受理', limit: wd(1) },
  { name: '审查', limit },
];

describe('stepDue: the last day of a step', () => {
  it.each([
    ['春节：调休周六计入', counting, '2026-02-12', wd(6), '2026-02-27'],
    ['春节：调休周六不计入', notCounting, '2026-02-12', wd(6), '2026-03-02'],
    ['周五开始，1 个工作日', counting, '2026-03-06', wd(1), '2026-03-09'],
    ['2025 国庆前开始', counting, '2025-09-26', wd(5), '2025-10-10'],
    ['当场办结', counting, '2026-03-09', wd(0), '2026-03-09'],
    ['自然日落在周日，顺延', counting, '2026-03-05', nd(3), '2026-03-09'],
  ] as const)('%s: %s + %o = %s', (_, calendar, startedOn, limit, due) => {
    expect(stepDue(calendar, { startedOn, limit })).toBe(due);
  });

  it('leaves a natural-day step on its day off when rolling is switched off', () => {
    expect(
      stepDue(counting, { startedOn: '2026-03-05', limit: nd(3), naturalDayRollsToWorkday: false }),
    ).toBe('2026-03-08');
  });

  it('does not count days a special procedure stopped the clock (第四十五条)', () => {
    const pauses: ClockPause[] = [{ from: '2026-03-02', to: '2026-03-06', kind: 'special_procedure' }];
    expect(stepDue(counting, { startedOn: '2026-03-02', limit: wd(2) })).toBe('2026-03-04');
    expect(stepDue(counting, { startedOn: '2026-03-02', limit: wd(2), pauses })).toBe('2026-03-10');
  });

  it('refuses a negative or fractional limit', () => {
    expect(() => stepDue(counting, { startedOn: '2026-03-02', limit: wd(-1) })).toThrow(RangeError);
    expect(() => stepDue(counting, { startedOn: '2026-03-02', limit: nd(0.5) })).toThrow(RangeError);
  });
});

describe('stepEscalation: has the current step run past its limit?', () => {
  it.each([
    ['the due day itself is still within the limit', '2026-02-27', false],
    ['the day after the due day is overdue', '2026-02-28', true],
    ['long after, still overdue', '2026-04-01', true],
    ['the day the step started', '2026-02-12', false],
  ] as const)('%s (%s)', (_, today, overdue) => {
    const view = stepEscalation(counting, {
      stepIndex: 1,
      stepStartedOn: '2026-02-12',
      steps: steps(wd(6)),
      today,
    });
    expect(view.overdue).toBe(overdue);
    expect(view.due).toBe('2026-02-27');
  });

  it('names the step, its limit and its due day when overdue', () => {
    expect(
      stepEscalation(counting, {
        stepIndex: 1,
        stepStartedOn: '2026-03-09',
        steps: steps(wd(0)),
        today: '2026-03-10',
      }),
    ).toEqual({ overdue: true, stepName: '审查', limit: wd(0), due: '2026-03-09' });
  });

  it('is the limit of the step the case is in, not of another step', () => {
    const input = { stepStartedOn: '2026-03-02', steps: steps(wd(6)), today: '2026-03-04' };
    expect(stepEscalation(counting, { ...input, stepIndex: 0 }).overdue).toBe(true);
    expect(stepEscalation(counting, { ...input, stepIndex: 1 }).overdue).toBe(false);
  });

  it.each([
    ['no step started yet', { stepIndex: 0, stepStartedOn: null }, 'not_started'],
    ['a step the guide does not have', { stepIndex: 5, stepStartedOn: '2026-01-05' }, 'no_step'],
  ] as const)('is never overdue with %s', (_, input, reason) => {
    expect(stepEscalation(counting, { ...input, steps: steps(wd(1)), today: '2026-03-30' })).toEqual({
      overdue: false,
      reason,
      due: null,
    });
  });

  it('stands still while a special procedure runs, and counts on once it has ended', () => {
    const running: ClockPause[] = [{ from: '2026-03-03', kind: 'special_procedure' }];
    const base = { stepIndex: 1, stepStartedOn: '2026-03-02', steps: steps(wd(2)), today: '2026-03-20' };
    expect(stepEscalation(counting, { ...base, pauses: running })).toMatchObject({
      overdue: false,
      reason: 'paused',
    });
    const ended: ClockPause[] = [{ from: '2026-03-03', to: '2026-03-18', kind: 'special_procedure' }];
    expect(stepEscalation(counting, { ...base, pauses: ended, today: '2026-03-19' })).toMatchObject({
      overdue: false,
      due: '2026-03-19',
    });
    expect(stepEscalation(counting, { ...base, pauses: ended, today: '2026-03-20' }).overdue).toBe(true);
  });
});
