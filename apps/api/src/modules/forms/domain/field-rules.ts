// The rules one form field applies to a value: the element's rules tightened by the form's overrides.
import { isValidRegionCode, validateCreditCode, validateIdNumber } from '@msb/contracts';
import type { DataElement, DataElementKey } from './data-elements.ts';
import { findDataElement } from './data-elements.ts';
import type { FieldRule, FormField } from './form-schema.ts';

export const MOBILE_PATTERN = '^1[3-9]\\d{9}$';

/** The element's rules with the form's overrides applied: the stricter of the two always holds. */
export interface EffectiveRules {
  element: DataElement<DataElementKey>;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  enum?: readonly string[];
}

export function effectiveRules(field: FormField): EffectiveRules | undefined {
  const element = findDataElement(field.key);
  if (!element) return undefined;
  const o = field.overrides ?? {};
  const elementEnum = element.enum?.map((option) => option.value);
  return {
    element,
    minLength: element.minLength,
    maxLength: stricter(element.maxLength, o.maxLength, Math.min),
    minimum: stricter(element.minimum, o.minimum, Math.max),
    maximum: stricter(element.maximum, o.maximum, Math.min),
    enum: elementEnum && o.enum ? elementEnum.filter((v) => o.enum?.includes(v)) : elementEnum,
  };
}

function stricter(
  a: number | undefined,
  b: number | undefined,
  pick: (x: number, y: number) => number,
): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return pick(a, b);
}

export type Problem = { rule: FieldRule; message: string };

export function checkValue(rules: EffectiveRules, value: unknown, now: Date): Problem | null {
  const { element } = rules;
  const label = element.label;
  switch (element.type) {
    case 'boolean':
      return typeof value === 'boolean' ? null : { rule: 'type', message: `${label}应为“是”或“否”` };
    case 'integer':
    case 'number':
      return checkNumber(rules, value);
    case 'enum': {
      const allowed = rules.enum ?? [];
      if (typeof value === 'string' && allowed.includes(value)) return null;
      const labels = (element.enum ?? []).filter((o) => allowed.includes(o.value)).map((o) => o.label);
      return { rule: 'enum', message: `${label}应为以下之一：${labels.join('、')}` };
    }
    case 'date':
      if (typeof value !== 'string') return { rule: 'type', message: `${label}应为日期` };
      return isRealDate(value) ? null : { rule: 'date', message: `${label}应为有效日期，格式为 YYYY-MM-DD` };
    case 'string':
      if (typeof value !== 'string') return { rule: 'type', message: `${label}应为文字` };
      return checkString(rules, value, now);
    default: {
      const unreachable: never = element.type;
      return unreachable;
    }
  }
}

function checkNumber(rules: EffectiveRules, value: unknown): Problem | null {
  const label = rules.element.label;
  if (typeof value !== 'number' || !Number.isFinite(value))
    return { rule: 'type', message: `${label}应为数字` };
  if (rules.element.type === 'integer' && !Number.isInteger(value))
    return { rule: 'type', message: `${label}应为整数` };
  const { minimum, maximum } = rules;
  if (minimum !== undefined && value < minimum)
    return { rule: 'range', message: `${label}不能小于 ${minimum}` };
  if (maximum !== undefined && value > maximum)
    return { rule: 'range', message: `${label}不能大于 ${maximum}` };
  return null;
}

function checkString(rules: EffectiveRules, value: string, now: Date): Problem | null {
  const { element } = rules;
  const label = element.label;
  const length = Array.from(value).length; // code points, so one Han character counts once
  if (rules.minLength !== undefined && length < rules.minLength)
    return { rule: 'length', message: `${label}不能少于 ${rules.minLength} 个字` };
  if (rules.maxLength !== undefined && length > rules.maxLength)
    return { rule: 'length', message: `${label}不能超过 ${rules.maxLength} 个字` };
  switch (element.format) {
    case 'idNumber': {
      const message = validateIdNumber(value, now);
      return message ? { rule: 'idNumber', message: `${label}：${message}` } : null;
    }
    case 'creditCode': {
      const message = validateCreditCode(value);
      return message ? { rule: 'creditCode', message: `${label}：${message}` } : null;
    }
    case 'mobile':
      return new RegExp(MOBILE_PATTERN).test(value)
        ? null
        : { rule: 'mobile', message: `${label}应为以 13–19 开头的 11 位手机号码` };
    case 'regionCode':
      return isValidRegionCode(value)
        ? null
        : { rule: 'regionCode', message: `${label}应为有效的 12 位行政区划代码` };
    case 'date':
      return isRealDate(value) ? null : { rule: 'date', message: `${label}应为有效日期，格式为 YYYY-MM-DD` };
    case undefined:
      break;
    default: {
      const unreachable: never = element.format;
      return unreachable;
    }
  }
  if (element.pattern !== undefined && !new RegExp(element.pattern, 'u').test(value))
    return { rule: 'pattern', message: `${label}格式不正确` };
  return null;
}

function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
