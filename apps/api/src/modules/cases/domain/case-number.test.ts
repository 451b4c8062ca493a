import { describe, expect, it } from 'vitest';
import {
  CASE_NUMBER_EXAMPLE,
  type CaseNumberParts,
  caseNumberDate,
  checkCaseNumberParts,
  formatCaseNumber,
  parseCaseNumber,
} from './case-number.ts';

const PARTS: CaseNumberParts = { regionCode: '150203000000', date: '2026-03-05', sequence: 123 };

describe('formatCaseNumber', () => {
  it.each([
    [PARTS, '150203000000-20260305-000123'],
    [{ regionCode: '150000000000', date: '2026-01-01', sequence: 1 }, '150000000000-20260101-000001'],
    [{ regionCode: '150271001002', date: '2028-02-29', sequence: 999_999 }, '150271001002-20280229-999999'],
    [{ regionCode: '441900003000', date: '2026-12-31', sequence: 42 }, '441900003000-20261231-000042'],
  ])('%j → %s', (parts, expected) => {
    expect(formatCaseNumber(parts)).toBe(expected);
    expect(formatCaseNumber(parts)).toHaveLength(28);
  });

  it('matches the documented example', () => {
    expect(formatCaseNumber(PARTS)).toBe(CASE_NUMBER_EXAMPLE);
  });

  it.each([
    ['a short region code', { ...PARTS, regionCode: '150203' }, '区划代码应为 12 位数字'],
    ['a province of 00', { ...PARTS, regionCode: '000203000000' }, '区划代码结构无效'],
    ['a county without a city', { ...PARTS, regionCode: '150003000000' }, '区划代码结构无效'],
    ['a village without a township', { ...PARTS, regionCode: '150203000001' }, '区划代码结构无效'],
    ['a compact date', { ...PARTS, date: '20260305' }, '日期无效'],
    ['30 February', { ...PARTS, date: '2026-02-30' }, '日期无效'],
    ['29 February of a common year', { ...PARTS, date: '2026-02-29' }, '日期无效'],
    ['29 February 2100', { ...PARTS, date: '2100-02-29' }, '日期无效'],
    ['month 13', { ...PARTS, date: '2026-13-01' }, '日期无效'],
    ['sequence 0', { ...PARTS, sequence: 0 }, '序号应为 1 至 999999 的整数'],
    ['a negative sequence', { ...PARTS, sequence: -1 }, '序号'],
    ['a fractional sequence', { ...PARTS, sequence: 1.5 }, '序号'],
    ['a sequence past the width', { ...PARTS, sequence: 1_000_000 }, '序号'],
  ])('refuses %s', (_, parts, message) => {
    expect(checkCaseNumberParts(parts)).toContain(message);
    expect(() => formatCaseNumber(parts)).toThrow(message);
  });

  it('accepts 29 February of leap years, 2000 included', () => {
    expect(checkCaseNumberParts({ ...PARTS, date: '2000-02-29' })).toBeNull();
    expect(checkCaseNumberParts({ ...PARTS, date: '2028-02-29' })).toBeNull();
  });
});

describe('parseCaseNumber', () => {
  it('round-trips', () => {
    for (const sequence of [1, 123, 999_999]) {
      const number = formatCaseNumber({ ...PARTS, sequence });
      expect(parseCaseNumber(number)).toEqual({
        ok: true,
        caseNumber: number,
        parts: { ...PARTS, sequence },
      });
    }
  });

  it.each([
    ['150203000000-20260305-000123'],
    ['15020300000020260305000123'],
    [' 150203000000 - 20260305 - 000123 '],
    ['１５０２０３００００００－２０２６０３０５－０００１２３'],
  ])('reads %s', (typed) => {
    expect(parseCaseNumber(typed)).toEqual({ ok: true, caseNumber: CASE_NUMBER_EXAMPLE, parts: PARTS });
  });

  it.each([
    ['', '办件编号应为'],
    ['150203000000-2026-03-05-000123', '办件编号应为'],
    ['150203000000-20260305-123', '办件编号应为'],
    ['150203000000-20260305-0000123', '办件编号应为'],
    ['15020300000A-20260305-000123', '办件编号应为'],
    ['150203000000/20260305/000123', '办件编号应为'],
    ['000000000000-20260305-000123', '区划代码无效'],
    ['150203000001-20260305-000123', '区划代码无效'],
    ['150203000000-20260230-000123', '日期无效'],
    ['150203000000-20260001-000123', '日期无效'],
    ['150203000000-00000101-000123', '日期无效'],
    ['150203000000-20260305-000000', '序号应从 000001 开始'],
  ])('refuses %j', (typed, message) => {
    const result = parseCaseNumber(typed);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });

  it('explains the expected form with an example', () => {
    expect(parseCaseNumber('abc')).toEqual({
      ok: false,
      error: '办件编号应为“12 位区划代码-8 位日期-6 位序号”，例如 150203000000-20260305-000123',
    });
  });
});

describe('caseNumberDate', () => {
  it.each([
    ['2026-03-04T15:59:59Z', '2026-03-04'],
    ['2026-03-04T16:00:00Z', '2026-03-05'],
    ['2026-12-31T16:30:00Z', '2027-01-01'],
    ['2026-03-05T08:00:00+08:00', '2026-03-05'],
  ])('%s is %s in China', (instant, date) => {
    expect(caseNumberDate(new Date(instant))).toBe(date);
  });
});
