// Chinese names of the guide's elements and enum values and the editor tab each element lives on. Names and
// enum labels come from the contracts' label tables (packages/contracts/src/labels.ts), the same words the
// API's findings, exports and 一次性告知单 use.
import {
  AUDIENCE_LABELS,
  AUDIENCES,
  BUSINESS_KIND_LABELS,
  BUSINESS_KINDS,
  CHANNEL_LABELS,
  CHANNELS,
  CROSS_REGION_LABELS,
  CROSS_REGION_MODES,
  DELIVERY_LABELS,
  DELIVERY_METHODS,
  type EnumLabels,
  FIELD_LABELS,
  ITEM_TYPE_LABELS,
  ITEM_TYPES,
  LIMIT_UNIT_LABELS,
  LIMIT_UNITS,
  labelOf,
  labelPath,
  MATERIAL_MEDIA,
  MATERIAL_MEDIA_LABELS,
  MATERIAL_REQUIREMENT_LABELS,
  MATERIAL_REQUIREMENTS,
  MATERIAL_SOURCE_LABELS,
  MATERIAL_SOURCES,
  MATURITY_LABELS,
  MATURITY_LEVELS,
  MISSING_MATERIAL_EXPIRY_ACTIONS,
  MISSING_MATERIAL_EXPIRY_LABELS,
  MISSING_MATERIAL_HOLD_LABELS,
  MISSING_MATERIAL_HOLDS,
  RESULT_KIND_LABELS,
  RESULT_KINDS,
  WEEKDAY_LABELS,
  WINDOW_CATEGORIES,
  WINDOW_CATEGORY_LABELS,
} from '@msb/contracts';
import { t, tLabel } from '../../../app/i18n.ts';

/** The label of a path pattern such as `materials[].name`; the pattern itself when there is none. */
export function fieldLabel(pattern: string): string {
  return tLabel(FIELD_LABELS[pattern] ?? pattern);
}

/**
 * `materials.2.issuer` → 申请材料第3项「营业执照」·材料来源或出具单位 (the contracts' labelPath). Accepts JSON
 * pointers (`/guide/materials/2`) as the schema validator reports them; an empty path is the whole guide.
 */
export function labelFieldPath(path: string, guide?: unknown): string {
  const normalized = normalizeFieldPath(path);
  if (normalized.split('.').every((segment) => segment === '')) return t('admin.field.guide');
  return labelPath(normalized, guide as Parameters<typeof labelPath>[1]);
}

/** `/guide/materials/0/name` or `body.guide.materials.0.name` → `materials.0.name`. */
export function normalizeFieldPath(path: string): string {
  return path
    .replace(/^\//, '')
    .replace(/\//g, '.')
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/^(body\.)?guide\.?/, '');
}

export const SECTION_KEYS = [
  'basic',
  'limits',
  'location',
  'materials',
  'situations',
  'steps',
  'fees',
  'special',
  'intermediaries',
  'result',
  'channels',
  'audience',
  'faqs',
  'keywords',
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

const SECTION_OF: Record<string, SectionKey> = {
  name: 'basic',
  baseCode: 'basic',
  itemType: 'basic',
  businessKind: 'basic',
  basis: 'basic',
  conditions: 'basic',
  legalLimit: 'limits',
  promisedLimit: 'limits',
  instant: 'limits',
  acceptOnReceipt: 'limits',
  location: 'location',
  hours: 'location',
  hoursNote: 'location',
  consultPhone: 'location',
  complaintPhone: 'location',
  materials: 'materials',
  missingMaterialRules: 'materials',
  commitment: 'materials',
  situations: 'situations',
  steps: 'steps',
  fees: 'fees',
  specialProcedures: 'special',
  intermediaries: 'intermediaries',
  result: 'result',
  delivery: 'result',
  channels: 'channels',
  maturity: 'channels',
  visits: 'channels',
  crossRegion: 'channels',
  audience: 'audience',
  themes: 'audience',
  windowCategory: 'audience',
  faqs: 'faqs',
  keywords: 'keywords',
};

/** The editor tab that holds a field, so a finding can take the editor there. */
export function sectionOf(path: string): SectionKey | undefined {
  const top = normalizeFieldPath(path).split('.')[0] ?? '';
  return SECTION_OF[top];
}

type Option = { value: string; label: string };
const options = (values: readonly string[], labels: EnumLabels): Option[] =>
  values.map((value) => ({ value, label: tLabel(labelOf(labels, value)) }));

export const ENUM_OPTIONS = {
  itemType: options(ITEM_TYPES, ITEM_TYPE_LABELS),
  businessKind: options(BUSINESS_KINDS, BUSINESS_KIND_LABELS),
  limitUnit: options(LIMIT_UNITS, LIMIT_UNIT_LABELS),
  maturity: options(MATURITY_LEVELS, MATURITY_LABELS),
  channel: options(CHANNELS, CHANNEL_LABELS),
  audience: options(AUDIENCES, AUDIENCE_LABELS),
  windowCategory: options(WINDOW_CATEGORIES, WINDOW_CATEGORY_LABELS),
  delivery: options(DELIVERY_METHODS, DELIVERY_LABELS),
  crossRegion: options(CROSS_REGION_MODES, CROSS_REGION_LABELS),
  requirement: options(MATERIAL_REQUIREMENTS, MATERIAL_REQUIREMENT_LABELS),
  source: options(MATERIAL_SOURCES, MATERIAL_SOURCE_LABELS),
  media: options(MATERIAL_MEDIA, MATERIAL_MEDIA_LABELS),
  resultKind: options(RESULT_KINDS, RESULT_KIND_LABELS),
  missingHold: options(MISSING_MATERIAL_HOLDS, MISSING_MATERIAL_HOLD_LABELS),
  missingExpiry: options(MISSING_MATERIAL_EXPIRY_ACTIONS, MISSING_MATERIAL_EXPIRY_LABELS),
  weekday: Object.entries(WEEKDAY_LABELS).map(([day, label]) => ({ value: Number(day), label })),
};
