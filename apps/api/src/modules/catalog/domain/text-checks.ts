// Small text predicates shared by the guide checks. Pure functions, no I/O.

/**
 * Values that fill a field without saying anything. seed 002 附件 指标14 asks for a real street,
 * door number, room and window; "无" or "待定" answers none of them.
 */
export const PLACEHOLDER_VALUES: readonly string[] = [
  '无',
  '暂无',
  '没有',
  '待定',
  '待补充',
  '待完善',
  '未定',
  '不详',
  '未知',
  '略',
  '空',
  '见窗口',
  '详见窗口',
  '咨询窗口',
  'xx',
  'xxx',
  '××',
  'n/a',
  'na',
  'null',
  'none',
  'tbd',
  '-',
  '--',
  '—',
  '——',
  '/',
  '0',
];

const PUNCTUATION_ONLY = /^[\p{P}\p{S}\s]*$/u;

/** Trims, folds full-width forms (NFKC) and drops whitespace. */
export function compactText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

/** True when the text is empty, punctuation only, or a placeholder such as "无" or "待定". */
export function isBlankOrPlaceholder(text: string | undefined): boolean {
  if (text === undefined) return true;
  const compact = compactText(text).toLowerCase();
  if (PUNCTUATION_ONLY.test(compact)) return true;
  return PLACEHOLDER_VALUES.includes(compact) || /^[x×]+$/u.test(compact);
}

const PHONE_PATTERNS: readonly RegExp[] = [
  /^1[3-9]\d{9}$/u, // 11 位手机号
  /^0\d{2,3}-?\d{7,8}(?:(?:-|转)\d{1,6})?$/u, // 区号 + 7–8 位号码, 可带分机
  /^12\d{3}$/u, // 12345 等政务服务便民热线及 123xx 行业热线
  /^[48]00-?\d{3}-?\d{4}$/u, // 400 / 800 服务号
  /^95\d{3}(?:\d{3})?$/u, // 95xxx 公用事业客服 (e.g. 95598)
];

/** Splits a phone field into numbers: several numbers may be separated by 、，；/ or "或". */
export function splitPhoneNumbers(text: string): string[] {
  return text
    .normalize('NFKC')
    .split(/[、,;/]|或/u)
    .map((part) => part.replace(/\s+/gu, '').replace(/^\((0\d{2,3})\)/u, '$1-'))
    .filter((part) => part.length > 0);
}

/** True for one Chinese phone number: 0470-8218123, 12345, 400-810-1234, 13812345678. */
export function isPhoneNumber(text: string): boolean {
  return PHONE_PATTERNS.some((pattern) => pattern.test(text));
}

/** True when the field holds at least one number and every part of it is a phone number. */
export function isPhoneList(text: string): boolean {
  const parts = splitPhoneNumbers(text);
  return parts.length > 0 && parts.every(isPhoneNumber);
}

/** "09:30" → 570; undefined when the text is not HH:MM. */
export function parseClock(text: string): number | undefined {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/u.exec(text);
  if (match === null) return undefined;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** True when `value` is one of `values`; guide enums are typed `string`, so this is checked at run time. */
export function isOneOf(values: readonly string[], value: string): boolean {
  return values.includes(value);
}
