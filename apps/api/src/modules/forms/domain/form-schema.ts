// An item version's application form: which data elements it asks, which are required, under which condition,
// and any tightening of the element's rules. The same definition yields the JSON Schema the web renders and the
// server-side validation, so the browser and the API cannot disagree about what a form accepts.
//
// Property names are the flat dotted keys ("applicant.name"), not nested objects: the key is the element's
// identity everywhere else (prefill, case data, bundle merging, provenance), an error's `field` is exactly
// the key the web binds the input to, a form never has to carry half-empty parent objects, and merging two
// forms is a union of keys rather than a deep merge.
import type { DataElementKey } from './data-elements.ts';
import { findDataElement } from './data-elements.ts';
import { checkValue, type EffectiveRules, effectiveRules, MOBILE_PATTERN } from './field-rules.ts';

export type ConditionValue = string | number | boolean;

/** The field is asked (and, if `required`, required) only when the form's `key` equals `equals`. */
export interface FieldCondition {
  key: DataElementKey;
  equals: ConditionValue;
}

/** A form may only tighten an element's rules; looser values are ignored (the element's rule holds). */
export interface FieldOverrides {
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  /** allowed values, a subset of the element's enum */
  enum?: readonly string[];
}

export interface FormField {
  key: DataElementKey;
  required: boolean;
  when?: FieldCondition;
  overrides?: FieldOverrides;
}

export interface FormDefinition {
  fields: readonly FormField[];
}

export type FormData = Readonly<Record<string, unknown>>;

export type FieldRule =
  | 'unknown'
  | 'required'
  | 'type'
  | 'length'
  | 'range'
  | 'enum'
  | 'pattern'
  | 'idNumber'
  | 'creditCode'
  | 'mobile'
  | 'regionCode'
  | 'date';

/** One failing field; `rule` lets a caller treat e.g. a credit-code checksum as a warning staff can override. */
export interface FieldError {
  field: string;
  message: string;
  rule: FieldRule;
}

export type JsonSchema = { [keyword: string]: unknown };

const REGION_PATTERN = '^\\d{12}$';

/** JSON Schema (draft-07, which the common form libraries validate by default) for the form. */
export function toJsonSchema(form: FormDefinition): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  const conditionals: JsonSchema[] = [];
  for (const field of form.fields) {
    const rules = effectiveRules(field);
    if (!rules) continue;
    properties[field.key] = propertySchema(rules);
    if (!field.when) {
      if (field.required) required.push(field.key);
      continue;
    }
    const condition = {
      properties: { [field.when.key]: { const: field.when.equals } },
      required: [field.when.key],
    };
    // When the condition fails the field is not asked: the web hides it and the server refuses a value.
    conditionals.push({
      if: condition,
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword; this object is never awaited
      then: field.required ? { required: [field.key] } : {},
      else: { not: { required: [field.key] } },
    });
  }
  const schema: JsonSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    properties,
    required,
    additionalProperties: false,
  };
  if (conditionals.length > 0) schema.allOf = conditionals;
  return schema;
}

function propertySchema(rules: EffectiveRules): JsonSchema {
  const { element } = rules;
  const schema: JsonSchema = { title: element.label, 'x-element': element.key };
  if (element.personal) schema['x-personal'] = true;
  switch (element.type) {
    case 'string':
      schema.type = 'string';
      break;
    case 'integer':
      schema.type = 'integer';
      break;
    case 'number':
      schema.type = 'number';
      break;
    case 'boolean':
      schema.type = 'boolean';
      break;
    case 'date':
      schema.type = 'string';
      schema.format = 'date';
      break;
    case 'enum':
      schema.type = 'string';
      // oneOf with const/title carries the Chinese label of each value to the rendered select
      schema.oneOf = (element.enum ?? [])
        .filter((option) => rules.enum?.includes(option.value) ?? true)
        .map((option) => ({ const: option.value, title: option.label }));
      break;
    default: {
      const unreachable: never = element.type;
      return unreachable;
    }
  }
  if (rules.minLength !== undefined) schema.minLength = rules.minLength;
  if (rules.maxLength !== undefined) schema.maxLength = rules.maxLength;
  if (rules.minimum !== undefined) schema.minimum = rules.minimum;
  if (rules.maximum !== undefined) schema.maximum = rules.maximum;
  if (element.pattern !== undefined) schema.pattern = element.pattern;
  // Check digits cannot be said in JSON Schema: `x-format` tells the web to use the contracts helpers.
  switch (element.format) {
    case 'mobile':
      schema.pattern = MOBILE_PATTERN;
      break;
    case 'regionCode':
      schema.pattern = REGION_PATTERN;
      schema['x-format'] = 'regionCode';
      break;
    case 'idNumber':
    case 'creditCode':
      schema['x-format'] = element.format;
      break;
    case 'date':
    case undefined:
      break;
    default: {
      const unreachable: never = element.format;
      return unreachable;
    }
  }
  return schema;
}

export interface ValidateOptions {
  /** decides which birth dates in ID numbers lie in the future; inject the clock */
  now?: Date;
}

/** Every failing field (one message each, in Chinese), in form order, then values the form does not ask. */
export function validateForm(
  form: FormDefinition,
  data: FormData,
  options: ValidateOptions = {},
): FieldError[] {
  const now = options.now ?? new Date();
  const errors: FieldError[] = [];
  const asked = new Set<string>();
  for (const field of form.fields) {
    const rules = effectiveRules(field);
    if (!rules) continue;
    const label = rules.element.label;
    const value = data[field.key];
    if (field.when && data[field.when.key] !== field.when.equals) {
      if (!isEmpty(value)) {
        const condition = conditionText(field.when);
        errors.push({ field: field.key, rule: 'unknown', message: `${label}仅在${condition}时填写` });
      }
      continue;
    }
    asked.add(field.key);
    if (isEmpty(value)) {
      if (field.required) errors.push({ field: field.key, rule: 'required', message: `请填写${label}` });
      continue;
    }
    const problem = checkValue(rules, value, now);
    if (problem) errors.push({ field: field.key, ...problem });
  }
  for (const key of Object.keys(data)) {
    if (asked.has(key) || isEmpty(data[key])) continue;
    if (form.fields.some((f) => f.key === key)) continue; // reported above as asked under a condition
    errors.push({ field: key, rule: 'unknown', message: `本表单不包含“${key}”，请勿提交该项` });
  }
  return errors;
}

function conditionText(condition: FieldCondition): string {
  const element = findDataElement(condition.key);
  const label = element?.label ?? condition.key;
  const option = element?.enum?.find((o) => o.value === condition.equals);
  if (option) return `${label}为“${option.label}”`;
  if (typeof condition.equals === 'boolean') return condition.equals ? `${label}` : `未${label}`;
  return `${label}为“${String(condition.equals)}”`;
}

/** Absent, null and blank strings all mean "not filled in". */
function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}
