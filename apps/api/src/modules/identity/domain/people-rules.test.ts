import { describe, expect, it } from 'vitest';
import {
  authorisationCovers,
  authorisationStatus,
  checkAuthorisationPeriod,
  chinaDate,
  isIsoDate,
  normalisePersonName,
} from './people-rules.ts';

describe('chinaDate', () => {
  it.each([
    ['2026-03-01T15:59:59Z', '2026-03-01'],
    ['2026-03-01T16:00:00Z', '2026-03-02'],
    ['2025-12-31T16:30:00Z', '2026-01-01'],
  ])('%s is %s in China', (instant, day) => expect(chinaDate(new Date(instant))).toBe(day));
});

describe('isIsoDate', () => {
  it.each([
    ['2026-02-28', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['20260101', false],
  ])('%s → %s', (value, ok) => expect(isIsoDate(value)).toBe(ok));
});

describe('normalisePersonName', () => {
  it.each([
    [' 示例居民 ', '示例居民'],
    ['巴特尔•额尔德尼', '巴特尔·额尔德尼'],
    ['巴特尔・额尔德尼', '巴特尔·额尔德尼'],
    ['巴特尔･额尔德尼', '巴特尔·额尔德尼'],
    ['ＺＨＡＮＧ  San', 'ZHANG San'],
  ])('%s → %s', (input, expected) => expect(normalisePersonName(input)).toBe(expected));
});

describe('authorisationStatus', () => {
  const period = { validFrom: '2026-03-01', validTo: '2026-03-31', revokedAt: null };
  it.each([
    ['2026-02-28', 'pending'],
    ['2026-03-01', 'active'],
    ['2026-03-31', 'active'],
    ['2026-04-01', 'expired'],
  ] as const)('on %s → %s', (day, status) => expect(authorisationStatus(period, day)).toBe(status));

  it('is revoked from the moment of revocation, whatever the day', () =>
    expect(
      authorisationStatus({ ...period, revokedAt: new Date('2026-03-05T02:00:00Z') }, '2026-03-10'),
    ).toBe('revoked'));
});

describe('authorisationCovers', () => {
  it('covers every item when the scope is empty', () => expect(authorisationCovers([], 'X-1')).toBe(true));
  it('covers only the listed items otherwise', () => {
    expect(authorisationCovers(['A-1', 'B-2'], 'B-2')).toBe(true);
    expect(authorisationCovers(['A-1', 'B-2'], 'C-3')).toBe(false);
  });
});

describe('checkAuthorisationPeriod', () => {
  it.each([
    ['2026-03-01', '2026-03-01', '2026-03-01', []],
    ['2026-03-01', '2030-03-01', '2026-03-01', []],
    ['2026-02-01', '2026-03-10', '2026-03-01', []],
    ['2026-03-02', '2026-03-01', '2026-03-01', ['validTo']],
    ['2026-01-01', '2026-02-01', '2026-03-01', ['validTo']],
    ['2026-02-30', '2026-03-31', '2026-03-01', ['validFrom']],
    ['2026-03-01', 'soon', '2026-03-01', ['validTo']],
  ])('%s – %s entered on %s → %j', (from, to, today, fields) =>
    expect(checkAuthorisationPeriod(from, to, today).map((f) => f.field)).toEqual(fields),
  );
});
