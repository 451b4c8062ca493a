import { describe, expect, it } from 'vitest';
import { reductionRatio, toWorkdays } from './time-limit.ts';

describe('time limits', () => {
  it.each([
    [{ amount: 20, unit: 'workday' as const }, 20],
    [{ amount: 7, unit: 'natural' as const }, 5],
    [{ amount: 14, unit: 'natural' as const }, 10],
  ])('toWorkdays(%j) = %d', (limit, days) => {
    expect(toWorkdays(limit)).toBeCloseTo(days);
  });

  it.each([
    ['同为工作日', { amount: 20, unit: 'workday' as const }, { amount: 10, unit: 'workday' as const }, 0.5],
    [
      '同为自然日，不折算',
      { amount: 30, unit: 'natural' as const },
      { amount: 20, unit: 'natural' as const },
      1 / 3,
    ],
    [
      '法定自然日、承诺工作日：按 7:5 折算',
      { amount: 28, unit: 'natural' as const },
      { amount: 10, unit: 'workday' as const },
      0.5,
    ],
    [
      '法定工作日、承诺自然日',
      { amount: 10, unit: 'workday' as const },
      { amount: 7, unit: 'natural' as const },
      0.5,
    ],
    ['即办', { amount: 20, unit: 'workday' as const }, { amount: 0, unit: 'workday' as const }, 1],
    [
      '承诺超过法定为负',
      { amount: 20, unit: 'workday' as const },
      { amount: 30, unit: 'workday' as const },
      -0.5,
    ],
  ])('%s', (_, legal, promised, ratio) => {
    expect(reductionRatio(legal, promised)).toBeCloseTo(ratio);
  });

  it('has no ratio when the legal limit is 0', () => {
    expect(
      reductionRatio({ amount: 0, unit: 'workday' as const }, { amount: 0, unit: 'workday' as const }),
    ).toBeUndefined();
  });
});
