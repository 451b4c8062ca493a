import { describe, expect, it } from 'vitest';
import type { Guide } from './guide.ts';

describe('Guide type', () => {
  it('types enum elements as their literal unions', () => {
    const unit: Guide['legalLimit']['unit'] = 'workday';
    // @ts-expect-error a unit outside the enum does not type-check
    const bad: Guide['legalLimit']['unit'] = '月';
    expect([unit, bad]).toEqual(['workday', '月']);
  });
});
