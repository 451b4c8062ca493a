// Check digits and code structure shared by the API (validation) and the web (form hints).
// Algorithms and test vectors: domain-facts §6; region codes: domain-facts §7.

export type IdNumberProblem = 'length' | 'format' | 'birthDate' | 'checksum';
export type CreditCodeProblem = 'length' | 'charset' | 'format' | 'checksum';
export type RegionLevel = 'province' | 'city' | 'county' | 'township' | 'village';

// ---------------------------------------------------------------------------------------------
// 公民身份号码
// ---------------------------------------------------------------------------------------------

// GB 11643-1999: ISO 7064 MOD 11-2, weights 2^(17−i) mod 11 for positions 1..17
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
// GB 11643-1999: remainder R → check character
const ID_CHECK_CHARS = '10X98765432';
// Our own sanity bound, not the standard's: nobody living was born before it (test vectors include 1880).
const EARLIEST_BIRTH_YEAR = 1800;
const CHINA_UTC_OFFSET_MS = 8 * 60 * 60 * 1000;

const ID_MESSAGES: Record<IdNumberProblem, string> = {
  length: '身份证号码应为 18 位',
  format: '身份证号码格式不正确：前 17 位应为数字，最后一位为数字或 X',
  birthDate: '身份证号码中的出生日期无效',
  checksum: '身份证号码校验位不正确，请核对后重新输入',
};

/** Full-width digits and letters to ASCII, spaces removed, `x` → `X` (domain-facts §6.1: accept lowercase x). */
export function normaliseIdNumber(value: string): string {
  return value.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** The 18th character for the first 17 digits; throws when `first17` is not 17 digits. */
export function idNumberCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('身份证号码本体码应为 17 位数字');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (ID_WEIGHTS[i] ?? 0);
  return ID_CHECK_CHARS.charAt(sum % 11);
}

/** Which rule an ID number breaks first, or null when it is valid. `now` decides what "future" means. */
export function checkIdNumber(
  value: string,
  now: Date = new Date(),
): { problem: IdNumberProblem; message: string } | null {
  const problem = idNumberProblem(normaliseIdNumber(value), now);
  return problem ? { problem, message: ID_MESSAGES[problem] } : null;
}

/** A Chinese message saying what is wrong with the ID number, or null when it is valid. */
export function validateIdNumber(value: string, now: Date = new Date()): string | null {
  return checkIdNumber(value, now)?.message ?? null;
}

/** 18-character 公民身份号码 with a real, past birth date and a correct check character. */
export function isValidIdNumber(value: string, now: Date = new Date()): boolean {
  return checkIdNumber(value, now) === null;
}

/** First 4 and last 4 characters kept (`1501**********123X`); shorter values are fully masked. */
export function maskIdNumber(value: string): string {
  const v = normaliseIdNumber(value);
  const chars = Array.from(v);
  if (chars.length <= 8) return '*'.repeat(chars.length);
  return `${chars.slice(0, 4).join('')}${'*'.repeat(chars.length - 8)}${chars.slice(-4).join('')}`;
}

function idNumberProblem(v: string, now: Date): IdNumberProblem | null {
  // GB 11643-1999 (18 位); 15-digit GB 11643-1989 numbers have no check digit and are refused here.
  if (Array.from(v).length !== 18) return 'length';
  if (!/^\d{17}[\dX]$/.test(v)) return 'format';
  if (!isPastBirthDate(v.slice(6, 14), now)) return 'birthDate';
  if (idNumberCheckChar(v.slice(0, 17)) !== v.charAt(17)) return 'checksum';
  return null;
}

function isPastBirthDate(yyyymmdd: string, now: Date): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (year < EARLIEST_BIRTH_YEAR) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!real) return false;
  // "Today" is the calendar date in China (UTC+8), whatever the server's time zone.
  const china = new Date(now.getTime() + CHINA_UTC_OFFSET_MS);
  const today = Date.UTC(china.getUTCFullYear(), china.getUTCMonth(), china.getUTCDate());
  return date.getTime() <= today;
}

// ---------------------------------------------------------------------------------------------
// 统一社会信用代码
// ---------------------------------------------------------------------------------------------

// GB 32100-2015: 31 characters, values 0–30, without I O S V Z
const CREDIT_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
// GB 32100-2015: weights 3^(i−1) mod 31 for positions 1..17
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
// GB 32100-2015: positions 3–8 are the GB/T 2260 region code of the registering authority
const CREDIT_FORMAT = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{9}$/;

const CREDIT_MESSAGES: Record<CreditCodeProblem, string> = {
  length: '统一社会信用代码应为 18 位',
  charset: '统一社会信用代码只能包含数字和大写字母（不使用 I、O、S、V、Z）',
  format: '统一社会信用代码格式不正确：第 3–8 位应为行政区划代码数字',
  checksum: '统一社会信用代码校验位不正确，请核对后重新输入',
};

/** Full-width characters to ASCII, spaces removed, letters upper-cased. */
export function normaliseCreditCode(value: string): string {
  return value.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** The 18th character for the first 17; throws (Chinese message) when they are not a well-formed body. */
export function creditCodeCheckChar(first17: string): string {
  const body = normaliseCreditCode(first17);
  if (Array.from(body).length !== 17) throw new RangeError('统一社会信用代码本体应为 17 位');
  if (!Array.from(body).every((c) => CREDIT_CHARSET.includes(c)))
    throw new RangeError(CREDIT_MESSAGES.charset);
  if (!CREDIT_FORMAT.test(body)) throw new RangeError(CREDIT_MESSAGES.format);
  return creditCheckChar(body);
}

/** The whole 18-character code for a 17-character body; throws like `creditCodeCheckChar`. */
export function completeCreditCode(first17: string): string {
  return `${normaliseCreditCode(first17)}${creditCodeCheckChar(first17)}`;
}

/**
 * Which rule a credit code breaks first, or null when it is valid.
 * domain-facts §6.2: some real codes fail the check, so a caller may show `checksum` as a warning
 * that staff can override, while the other problems are hard errors.
 */
export function checkCreditCode(value: string): { problem: CreditCodeProblem; message: string } | null {
  const problem = creditCodeProblem(normaliseCreditCode(value));
  return problem ? { problem, message: CREDIT_MESSAGES[problem] } : null;
}

/** A Chinese message saying what is wrong with the credit code, or null when it is valid. */
export function validateCreditCode(value: string): string | null {
  return checkCreditCode(value)?.message ?? null;
}

/** 18-character 统一社会信用代码 with the right charset, structure and check character. */
export function isValidCreditCode(value: string): boolean {
  return checkCreditCode(value) === null;
}

function creditCodeProblem(v: string): CreditCodeProblem | null {
  const chars = Array.from(v);
  if (chars.length !== 18) return 'length';
  if (!chars.every((c) => CREDIT_CHARSET.includes(c))) return 'charset';
  if (!CREDIT_FORMAT.test(v.slice(0, 17))) return 'format';
  if (creditCheckChar(v.slice(0, 17)) !== v.charAt(17)) return 'checksum';
  return null;
}

function creditCheckChar(body: string): string {
  // GB 32100-2015: C18 = 31 − (Σ Ci·Wi mod 31), 31 → 0
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CHARSET.indexOf(body.charAt(i)) * (CREDIT_WEIGHTS[i] ?? 0);
  return CREDIT_CHARSET.charAt((31 - (sum % 31)) % 31);
}

// ---------------------------------------------------------------------------------------------
// 12-digit region codes (统计用区划代码: GB/T 2260 six digits + township 3 + village 3)
// ---------------------------------------------------------------------------------------------

interface RegionParts {
  province: string;
  city: string;
  county: string;
  township: string;
  village: string;
}

function splitRegion(code: string): RegionParts {
  return {
    province: code.slice(0, 2),
    city: code.slice(2, 4),
    county: code.slice(4, 6),
    township: code.slice(6, 9),
    village: code.slice(9, 12),
  };
}

const isZero = (part: string): boolean => /^0+$/.test(part);

/**
 * 12 digits whose levels nest: a non-zero level needs the levels above it.
 * One exception from the statistical codes: cities without districts (东莞 4419, 中山 4420, 儋州 4604)
 * put townships directly under the city, e.g. 东城街道 441900003000, so a township needs the city but
 * not the county.
 */
export function isValidRegionCode(code12: string): boolean {
  if (!/^\d{12}$/.test(code12)) return false;
  const p = splitRegion(code12);
  if (isZero(p.province)) return false;
  if (!isZero(p.county) && isZero(p.city)) return false;
  if (!isZero(p.township) && isZero(p.city)) return false;
  if (!isZero(p.village) && isZero(p.township)) return false;
  return true;
}

/** The level of a valid code, given by its lowest non-zero part; throws on an invalid code. */
export function regionLevelOf(code12: string): RegionLevel {
  const p = splitValidRegion(code12);
  if (!isZero(p.village)) return 'village';
  if (!isZero(p.township)) return 'township';
  if (!isZero(p.county)) return 'county';
  if (!isZero(p.city)) return 'city';
  return 'province';
}

/** The code one level up (skipping an absent county level), or null for a province. */
export function parentRegionCode(code12: string): string | null {
  const p = splitValidRegion(code12);
  const level = regionLevelOf(code12);
  switch (level) {
    case 'province':
      return null;
    case 'city':
      return `${p.province}0000000000`;
    case 'county':
      return `${p.province}${p.city}00000000`;
    case 'township':
      return `${p.province}${p.city}${p.county}000000`;
    case 'village':
      return `${p.province}${p.city}${p.county}${p.township}000`;
    default: {
      const unreachable: never = level;
      return unreachable;
    }
  }
}

/** Every ancestor from the province down, excluding the code itself. */
export function regionAncestors(code12: string): string[] {
  const ancestors: string[] = [];
  for (let parent = parentRegionCode(code12); parent !== null; parent = parentRegionCode(parent)) {
    ancestors.unshift(parent);
  }
  return ancestors;
}

/**
 * domain-facts §7: county parts 7x (positions 5–6) are statistical-only zones (开发区 etc.), not
 * administrative divisions. True for the zone itself and for every township or village inside it.
 */
export function isStatisticalOnlyCounty(code12: string): boolean {
  return isValidRegionCode(code12) && code12.charAt(4) === '7';
}

function splitValidRegion(code12: string): RegionParts {
  if (!isValidRegionCode(code12)) throw new RangeError(`区划代码无效：${code12}`);
  return splitRegion(code12);
}
