// Pure helpers between the API's application form (JSON Schema with flat dotted keys such as
// "applicant.name") and the rjsf renderer: Chinese validation messages, server field errors mapped back onto
// the form fields and the material list, conditional fields, and the uiSchema of held (read-only) facts.
// No React and no UI library here, so the portal and the phone pages share them and they are unit-tested.
//
// rjsf reads a dot in an error's property path as nesting ("applicant.name" → applicant → name), so the
// form is handed to rjsf with each dot written as "__" (applicant__name) and translated back on the way out.
import { checkCreditCode, checkIdNumber } from '@msb/contracts';
import { t } from '../../app/i18n.ts';
import type { JsonSchemaObject } from './case-api.ts';

/** One failing field as the API reports it (error.details.fields). */
export interface FieldProblem {
  field: string;
  message: string;
}

/** The subset of rjsf's RJSFValidationError these helpers read and write. */
export interface ValidationErrorLike {
  name?: string;
  property?: string;
  message?: string;
  params?: Record<string, unknown>;
  stack: string;
  schemaPath?: string;
  title?: string;
}

/** rjsf's ErrorSchema for a flat form: key → { __errors }. */
export type FlatErrorSchema = Record<string, { __errors: string[] }>;

type PropertySchema = {
  title?: string;
  type?: string;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  'x-format'?: string;
};

export function schemaProperties(schema: JsonSchemaObject): Record<string, PropertySchema> {
  const properties = schema.properties;
  return properties && typeof properties === 'object' ? (properties as Record<string, PropertySchema>) : {};
}

/** "applicant.name" → "applicant__name": a key rjsf keeps whole in its error paths and element ids. */
export const encodeKey = (key: string): string => key.split('.').join('__');
export const decodeKey = (key: string): string => key.split('__').join('.');

const renameAll = (keys: unknown): unknown =>
  Array.isArray(keys) ? keys.map((k) => (typeof k === 'string' ? encodeKey(k) : k)) : keys;

function renameProperties(properties: unknown): unknown {
  if (!properties || typeof properties !== 'object') return properties;
  return Object.fromEntries(Object.entries(properties).map(([k, v]) => [encodeKey(k), v]));
}

/** The API schema with its keys written for rjsf: properties, required lists and the if/then/else rules. */
export function toRjsfSchema(schema: JsonSchemaObject): JsonSchemaObject {
  const rename = (part: unknown): unknown => {
    if (!part || typeof part !== 'object' || Array.isArray(part)) return part;
    const out: Record<string, unknown> = { ...(part as Record<string, unknown>) };
    if ('properties' in out) out.properties = renameProperties(out.properties);
    if ('required' in out) out.required = renameAll(out.required);
    for (const branch of ['if', 'then', 'else', 'not'] as const) {
      if (branch in out) out[branch] = rename(out[branch]);
    }
    if (Array.isArray(out.allOf)) out.allOf = out.allOf.map(rename);
    return out;
  };
  const { $schema: _ignored, ...rest } = schema;
  return rename(rest) as JsonSchemaObject;
}

/** A conditional left asking nothing (an empty `not: { required: [] }` would fail every form). */
function emptyConditional(rule: unknown): boolean {
  const r = rule as Conditional & { then?: { required?: unknown[] } };
  return (
    r.if !== undefined && (r.then?.required?.length ?? 0) === 0 && (r.else?.not?.required?.length ?? 0) === 0
  );
}

/**
 * The schema without some fields (their properties, and every `required` that names them, conditional branches
 * included): what a window clerk fills when the platform supplies those facts itself from the register.
 */
export function schemaWithout(schema: JsonSchemaObject, keys: readonly string[]): JsonSchemaObject {
  const drop = new Set(keys);
  const prune = (part: unknown): unknown => {
    if (!part || typeof part !== 'object' || Array.isArray(part)) return part;
    const out: Record<string, unknown> = { ...(part as Record<string, unknown>) };
    if (out.properties && typeof out.properties === 'object')
      out.properties = Object.fromEntries(Object.entries(out.properties).filter(([k]) => !drop.has(k)));
    if (Array.isArray(out.required)) out.required = out.required.filter((k) => !drop.has(k as string));
    for (const branch of ['then', 'else', 'not'] as const) {
      if (branch in out) out[branch] = prune(out[branch]);
    }
    if (Array.isArray(out.allOf)) out.allOf = out.allOf.map(prune).filter((rule) => !emptyConditional(rule));
    return out;
  };
  return prune(schema) as JsonSchemaObject;
}

export function toRjsfData(formData: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(formData).map(([k, v]) => [encodeKey(k), v]));
}
export function fromRjsfData(formData: Record<string, unknown> | undefined): Record<string, unknown> {
  return Object.fromEntries(Object.entries(formData ?? {}).map(([k, v]) => [decodeKey(k), v]));
}

/** The (rjsf) key an rjsf error is about: ".applicant__name" → "applicant__name". */
export function propertyKey(property: string | undefined, keys: readonly string[]): string | undefined {
  if (!property) return undefined;
  const bare = property.replace(/^\./, '');
  if (keys.includes(bare)) return bare;
  const first = bare.split(/[.[\]]/)[0];
  return first && keys.includes(first) ? first : undefined;
}

const MOBILE_PATTERN = '^1[3-9]\\d{9}$';

/** The Chinese message of one failing JSON Schema keyword for the field `p` titled `label`. */
export function keywordMessage(
  keyword: string | undefined,
  params: Record<string, unknown>,
  p: PropertySchema | undefined,
  label: string,
): string {
  switch (keyword) {
    case 'required':
      return t('form.required', { label });
    case 'minLength':
      return p?.minLength !== undefined && p.minLength <= 1
        ? t('form.required', { label })
        : t('form.minLength', { label, n: String(params.limit ?? p?.minLength) });
    case 'maxLength':
      return t('form.maxLength', { label, n: String(params.limit ?? p?.maxLength) });
    case 'minimum':
    case 'exclusiveMinimum':
      return t('form.minimum', { label, n: String(params.limit ?? p?.minimum) });
    case 'maximum':
    case 'exclusiveMaximum':
      return t('form.maximum', { label, n: String(params.limit ?? p?.maximum) });
    case 'pattern':
      if (p?.pattern === MOBILE_PATTERN) return t('form.mobile', { label });
      if (p?.['x-format'] === 'regionCode') return t('form.regionCode', { label });
      return t('form.pattern', { label });
    case 'format':
      return params.format === 'date' ? t('form.date', { label }) : t('form.pattern', { label });
    case 'type':
      switch (params.type) {
        case 'integer':
          return t('form.integer', { label });
        case 'number':
          return t('form.number', { label });
        case 'boolean':
          return t('form.choose', { label });
        default:
          return t('form.pattern', { label });
      }
    case 'enum':
    case 'const':
    case 'oneOf':
    case 'anyOf':
      return t('form.option', { label });
    case 'not':
      return t('form.notAsked', { label });
    case 'additionalProperties':
      return t('form.unknownField', { key: String(params.additionalProperty ?? '') });
    default:
      return t('form.invalid', { label });
  }
}

/**
 * rjsf's `transformErrors` for a schema from `toRjsfSchema`: Chinese messages naming the field. Errors of the
 * `if` keyword only repeat what the `then`/`else` branch says and are dropped.
 */
export function localiseErrors<E extends ValidationErrorLike>(errors: E[], schema: JsonSchemaObject): E[] {
  const properties = schemaProperties(schema);
  const keys = Object.keys(properties);
  return errors
    .filter((e) => e.name !== 'if')
    .map((e) => {
      const params = e.params ?? {};
      const missing = typeof params.missingProperty === 'string' ? params.missingProperty : undefined;
      const key =
        e.name === 'required' && missing
          ? (propertyKey(missing, keys) ?? missing)
          : propertyKey(e.property, keys);
      const p = key ? properties[key] : undefined;
      const label = p?.title ?? key ?? t('form.thisField');
      const message = keywordMessage(e.name, params, p, label);
      return {
        ...e,
        property: key ? `.${key}` : e.property,
        message,
        stack: message,
      };
    });
}

/** A masked value sent back by the API (e.g. "1502**********0010"): the platform keeps the stored one. */
export const isMasked = (value: unknown): boolean => typeof value === 'string' && value.includes('*');

/**
 * Check-digit rules JSON Schema cannot state (`x-format`: idNumber, creditCode), in the same words as the API;
 * masked values are the platform's own and are not checked.
 */
export function checkDigitProblems(
  schema: JsonSchemaObject,
  formData: Record<string, unknown>,
  now: Date = new Date(),
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const [key, p] of Object.entries(schemaProperties(schema))) {
    const value = formData[key];
    if (typeof value !== 'string' || value.trim() === '' || isMasked(value)) continue;
    const found =
      p['x-format'] === 'idNumber'
        ? checkIdNumber(value, now)
        : p['x-format'] === 'creditCode'
          ? checkCreditCode(value)
          : null;
    if (found) problems.push({ field: key, message: found.message });
  }
  return problems;
}

/** The `fields` of an API validation error (422 VALIDATION_FAILED), or none. */
export function fieldProblemsOf(details: unknown): FieldProblem[] {
  if (!details || typeof details !== 'object') return [];
  const fields = (details as { fields?: unknown }).fields;
  if (!Array.isArray(fields)) return [];
  return fields.flatMap((f) =>
    f && typeof f === 'object' && typeof f.field === 'string' && typeof f.message === 'string'
      ? [{ field: f.field, message: f.message }]
      : [],
  );
}

/** Server problems sorted by where the applicant fixes them. */
export interface SortedProblems {
  /** rjsf key (encodeKey) → messages, for rjsf's extraErrors */
  form: FlatErrorSchema;
  /** material id → messages, shown on the material's row */
  materials: Record<string, string[]>;
  /** deliveryPreference of a case, outputMode of a 一件事 */
  delivery: string[];
  postalAddress: string[];
  situation: string[];
  /** anything else, shown at the top */
  other: string[];
}

export function sortProblems(problems: readonly FieldProblem[]): SortedProblems {
  const sorted: SortedProblems = {
    form: {},
    materials: {},
    delivery: [],
    postalAddress: [],
    situation: [],
    other: [],
  };
  for (const { field, message } of problems) {
    if (field.startsWith('formData.')) {
      const key = encodeKey(field.slice('formData.'.length));
      sorted.form[key] = { __errors: [...(sorted.form[key]?.__errors ?? []), message] };
    } else if (field.startsWith('materials.')) {
      const id = field.slice('materials.'.length);
      sorted.materials[id] = [...(sorted.materials[id] ?? []), message];
    } else if (field === 'deliveryPreference' || field === 'outputMode') sorted.delivery.push(message);
    else if (field === 'postalAddress') sorted.postalAddress.push(message);
    else if (field === 'situation' || field.startsWith('situation.')) sorted.situation.push(message);
    else sorted.other.push(message);
  }
  return sorted;
}

/** Total number of problems, for "共 N 处需要修改". */
export function problemCount(sorted: SortedProblems): number {
  return (
    Object.values(sorted.form).reduce((n, e) => n + e.__errors.length, 0) +
    Object.values(sorted.materials).reduce((n, list) => n + list.length, 0) +
    sorted.delivery.length +
    sorted.postalAddress.length +
    sorted.situation.length +
    sorted.other.length
  );
}

/** Which step of the application each kind of problem belongs to (0 form, 1 materials, 2 delivery). */
export function firstProblemStep(sorted: SortedProblems): number | null {
  if (Object.keys(sorted.form).length > 0 || sorted.situation.length > 0) return 0;
  if (Object.keys(sorted.materials).length > 0) return 1;
  if (sorted.delivery.length > 0 || sorted.postalAddress.length > 0) return 2;
  return null;
}

type Conditional = {
  if?: { properties?: Record<string, { const?: unknown }> };
  else?: { not?: { required?: string[] } };
};

/**
 * Fields asked only under a condition (allOf if/then/else from the API) whose condition does not hold now:
 * the page hides them and does not send their values (the API refuses a value for a field not asked).
 */
export function hiddenKeys(schema: JsonSchemaObject, formData: Record<string, unknown>): string[] {
  const allOf = Array.isArray(schema.allOf) ? (schema.allOf as Conditional[]) : [];
  const hidden: string[] = [];
  for (const rule of allOf) {
    const condition = Object.entries(rule.if?.properties ?? {});
    const holds = condition.every(([key, c]) => formData[key] === c.const);
    if (!holds) hidden.push(...(rule.else?.not?.required ?? []));
  }
  return [...new Set(hidden)];
}

/** The values to save: only fields the form asks now, blank strings as absent. */
export function formDataToSave(
  schema: JsonSchemaObject,
  formData: Record<string, unknown>,
): Record<string, unknown> {
  const keys = new Set(Object.keys(schemaProperties(schema)));
  const hidden = new Set(hiddenKeys(schema, formData));
  return Object.fromEntries(
    Object.entries(formData).filter(
      ([key, value]) => keys.has(key) && !hidden.has(key) && value !== undefined && value !== null,
    ),
  );
}

export interface FormUiOptions {
  readOnly: readonly string[];
  hidden: readonly string[];
  /** help text under the fields the platform fills in */
  readOnlyHelp: string;
  /** help under other fields, by API key (a 一件事 form says which members ask each field) */
  help?: Readonly<Record<string, string>>;
}

/**
 * uiSchema (rjsf keys) for the API schema: held facts disabled with a note, conditional fields hidden, no
 * submit button of its own (the page has 保存草稿 and 提交).
 */
export function formUiSchema(schema: JsonSchemaObject, options: FormUiOptions): Record<string, unknown> {
  const ui: Record<string, unknown> = { 'ui:submitButtonOptions': { norender: true } };
  for (const key of Object.keys(schemaProperties(schema))) {
    if (options.hidden.includes(key)) ui[encodeKey(key)] = { 'ui:widget': 'hidden' };
    else if (options.readOnly.includes(key))
      ui[encodeKey(key)] = { 'ui:disabled': true, 'ui:help': options.readOnlyHelp };
    else if (options.help?.[key]) ui[encodeKey(key)] = { 'ui:help': options.help[key] };
  }
  return ui;
}

/** A form value as the applicant reads it: enum labels, 是/否, blanks as 无. */
export function displayValue(schema: Record<string, unknown> | undefined, value: unknown): string {
  if (value === undefined || value === null || value === '') return t('common.none');
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  const options = schema?.oneOf;
  if (Array.isArray(options)) {
    const option = options.find((o: { const?: unknown }) => o.const === value) as
      | { title?: string }
      | undefined;
    if (option?.title) return option.title;
  }
  return String(value);
}
