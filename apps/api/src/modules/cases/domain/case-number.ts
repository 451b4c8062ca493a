// 办件编号: "region code + date + sequence" (issue text). The form chosen here is fixed-width and grouped
// so that it can be read out at a window or over the phone and typed back:
//
//   150203000000-20260305-000123
//   └ 12-digit region code (统计用区划代码: GB/T 2260 six digits + township 3 + village 3, domain-facts §7)
//                └ date YYYYMMDD (China calendar date the number was given)
//                         └ 6-digit sequence per region and day, from 000001
//
// 28 characters; sorting the strings sorts by region, then day, then sequence. The region code is only
// checked for structure (levels nest), not looked up: statistical-only zones such as 高新区 (7x county part)
// run halls too (seed 000), and a code retired from the tree still names the region of an old case.

import { isValidRegionCode } from '@msb/contracts';
import { chinaDate } from '../../calendar/domain/iso-date.ts';

export const CASE_NUMBER_SEQUENCE_WIDTH = 6;
export const CASE_NUMBER_SEQUENCE_MAX = 999_999;
export const CASE_NUMBER_EXAMPLE = '150203000000-20260305-000123';

export interface CaseNumberParts {
  /** 12 digits */
  regionCode: string;
  /** YYYY-MM-DD */
  date: string;
  /** 1 … 999999, per region and day */
  sequence: number;
}

export type ParsedCaseNumber =
  | { ok: true; caseNumber: string; parts: CaseNumberParts }
  | { ok: false; error: string };

const FORMAT_MESSAGE = `办件编号应为“12 位区划代码-8 位日期-6 位序号”，例如 ${CASE_NUMBER_EXAMPLE}`;

/** The case number for its parts; throws a RangeError with a Chinese message when a part is invalid. */
export function formatCaseNumber(parts: CaseNumberParts): string {
  const problem = checkCaseNumberParts(parts);
  if (problem) throw new RangeError(problem);
  const sequence = String(parts.sequence).padStart(CASE_NUMBER_SEQUENCE_WIDTH, '0');
  return `${parts.regionCode}-${parts.date.replaceAll('-', '')}-${sequence}`;
}

/** A Chinese message saying which part is invalid, or null. */
export function checkCaseNumberParts(parts: CaseNumberParts): string | null {
  if (!/^\d{12}$/.test(parts.regionCode)) return `区划代码应为 12 位数字：${parts.regionCode}`;
  if (!isValidRegionCode(parts.regionCode)) return `区划代码结构无效：${parts.regionCode}`;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(parts.date);
  if (!m || !isRealDate(Number(m[1]), Number(m[2]), Number(m[3])))
    return `日期无效，应为真实的 YYYY-MM-DD 日期：${parts.date}`;
  if (!Number.isInteger(parts.sequence) || parts.sequence < 1 || parts.sequence > CASE_NUMBER_SEQUENCE_MAX)
    return `序号应为 1 至 ${CASE_NUMBER_SEQUENCE_MAX} 的整数：${parts.sequence}`;
  return null;
}

/**
 * Reads a case number as typed by a person: full-width characters and spaces are tolerated, the hyphens may
 * be left out (26 digits). Returns the canonical number and its parts, or a Chinese error.
 */
export function parseCaseNumber(value: string): ParsedCaseNumber {
  const v = value.normalize('NFKC').replace(/\s+/g, '');
  const m = /^(\d{12})-?(\d{8})-?(\d{6})$/.exec(v);
  if (!m) return { ok: false, error: FORMAT_MESSAGE };
  const [, region = '', ymd = '', seq = ''] = m;
  const parts: CaseNumberParts = {
    regionCode: region,
    date: `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}`,
    sequence: Number(seq),
  };
  if (!isValidRegionCode(parts.regionCode))
    return { ok: false, error: `办件编号中的区划代码无效：${region}` };
  if (!isRealDate(Number(ymd.slice(0, 4)), Number(ymd.slice(4, 6)), Number(ymd.slice(6, 8))))
    return { ok: false, error: `办件编号中的日期无效：${ymd}` };
  if (parts.sequence < 1) return { ok: false, error: '办件编号中的序号应从 000001 开始' };
  return { ok: true, caseNumber: formatCaseNumber(parts), parts };
}

/** The calendar date in China (UTC+8) of an instant, as YYYY-MM-DD, whatever the server's time zone. */
export function caseNumberDate(instant: Date): string {
  return chinaDate(instant);
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}
