// Calendar dates as 'YYYY-MM-DD' strings. Arithmetic runs on whole UTC days (days since 1970-01-01), so
// the server's time zone and daylight-saving rules can never shift a date by one.

/** A calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a valid 'YYYY-MM-DD'; throws RangeError for anything else (e.g. 2026-02-30). */
export function toDayNumber(date: IsoDate): number {
  const match = ISO_DATE.exec(date);
  if (match === null) throw new RangeError(`日期格式应为 YYYY-MM-DD：${date}`);
  const [, y, m, d] = match;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    throw new RangeError(`无效日期：${date}`);
  }
  return Math.round(ms / MS_PER_DAY);
}

export function fromDayNumber(dayNumber: number): IsoDate {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

export function isValidIsoDate(date: string): boolean {
  try {
    toDayNumber(date);
    return true;
  } catch {
    return false;
  }
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Natural days from a to b (negative when b is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return weekdayOfDayNumber(toDayNumber(date));
}

export function weekdayOfDayNumber(dayNumber: number): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export function isWeekendDayNumber(dayNumber: number): boolean {
  const weekday = weekdayOfDayNumber(dayNumber);
  return weekday === 0 || weekday === 6;
}

export function isWeekend(date: IsoDate): boolean {
  return isWeekendDayNumber(toDayNumber(date));
}

export function yearOf(date: IsoDate): number {
  toDayNumber(date);
  return Number(date.slice(0, 4));
}

export function yearOfDayNumber(dayNumber: number): number {
  return new Date(dayNumber * MS_PER_DAY).getUTCFullYear();
}

/** The later of two dates. */
export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return toDayNumber(a) >= toDayNumber(b) ? a : b;
}

/** The earlier of two dates. */
export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return toDayNumber(a) <= toDayNumber(b) ? a : b;
}

const CHINA_UTC_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The calendar date in China (UTC+8) of an instant, as YYYY-MM-DD, whatever the server's time zone: the day
 * every clock, case number and validity period counts from. */
export function chinaDate(instant: Date): IsoDate {
  return new Date(instant.getTime() + CHINA_UTC_OFFSET_MS).toISOString().slice(0, 10);
}
