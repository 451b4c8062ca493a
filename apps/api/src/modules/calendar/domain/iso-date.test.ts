import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  dayOfWeek,
  daysBetween,
  isValidIsoDate,
  isWeekend,
  toDayNumber,
  yearOf,
} from './iso-date.ts';

describe('iso dates', () => {
  it.each([
    ['2026-02-14', 6],
    ['2026-02-15', 0],
    ['2025-09-28', 0],
    ['2025-10-11', 6],
    ['2026-09-20', 0],
    ['2026-10-10', 6],
    ['2027-01-01', 5],
    ['1969-12-31', 3],
  ])('%s is weekday %i', (date, weekday) => {
    expect(dayOfWeek(date)).toBe(weekday);
    expect(isWeekend(date)).toBe(weekday === 0 || weekday === 6);
  });

  it.each([
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-02-10', 7, '2026-02-17'],
  ])('%s + %i days = %s', (date, days, result) => {
    expect(addDays(date, days)).toBe(result);
    expect(daysBetween(date, result)).toBe(days);
  });

  it.each(['2026-02-29', '2026-13-01', '2026-1-5', '2026-01-05T00:00:00Z', ''])('rejects %j', (date) => {
    expect(isValidIsoDate(date)).toBe(false);
    expect(() => toDayNumber(date)).toThrow(RangeError);
  });

  it('reads the year', () => {
    expect(yearOf('2027-01-01')).toBe(2027);
  });

  describe('whatever the process time zone', () => {
    const original = process.env.TZ;
    afterEach(() => {
      process.env.TZ = original;
    });
    it.each(['Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'])(
      '%s',
      (zone) => {
        process.env.TZ = zone;
        expect(dayOfWeek('2026-02-14')).toBe(6);
        expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
        expect(addDays('2026-10-31', 2)).toBe('2026-11-02');
      },
    );
  });
});
