// Chinese names of the guide's elements and enum values, looked up through i18n (admin.field.*, admin.enum.*),
// and the editor tab each element lives on.
import {
  AUDIENCES,
  BUSINESS_KINDS,
  CHANNELS,
  CROSS_REGION_MODES,
  DELIVERY_METHODS,
  ITEM_TYPES,
  LIMIT_UNITS,
  MATERIAL_MEDIA,
  MATERIAL_REQUIREMENTS,
  MATERIAL_SOURCES,
  MATURITY_LEVELS,
  RESULT_KINDS,
  WINDOW_CATEGORIES,
} from '@msb/contracts';
import { type MessageKey, t } from '../../../app/i18n.ts';
import { zhCN } from '../../../app/locales/zh-CN.ts';

const has = (key: string): key is MessageKey => Object.hasOwn(zhCN, key);

/** The label of a path pattern such as `materials[].name`; the pattern itself when there is none. */
export function fieldLabel(pattern: string): string {
  const key = `admin.field.${pattern}`;
  return has(key) ? t(key) : pattern;
}

const INDEX = /^\d+$/;

function nameOf(node: unknown): string | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  for (const key of ['name', 'question', 'label']) {
    const value: unknown = Reflect.get(node, key);
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return undefined;
}

/**
 * `materials.2.issuer` → 申请材料·第3项「营业执照」·材料来源或出具单位. Accepts JSON pointers (`/guide/materials/2`)
 * as the schema validator reports them.
 */
export function labelFieldPath(path: string, guide?: unknown): string {
  const segments = normalizeFieldPath(path).split('.').filter(Boolean);
  if (segments.length === 0) return t('admin.field.guide');
  const parts: string[] = [];
  let pattern = '';
  let node: unknown = guide;
  for (const segment of segments) {
    node = typeof node === 'object' && node !== null ? Reflect.get(node, segment) : undefined;
    if (INDEX.test(segment)) {
      const name = nameOf(node);
      parts.push(t('admin.field.nth', { n: Number(segment) + 1 }) + (name ? `「${name}」` : ''));
      pattern = `${pattern}[]`;
    } else {
      pattern = pattern ? `${pattern}.${segment}` : segment;
      parts.push(fieldLabel(pattern));
    }
  }
  return parts.join('·');
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
const options = <T extends string>(values: readonly T[], label: (value: T) => string): Option[] =>
  values.map((value) => ({ value, label: label(value) }));

export const ENUM_OPTIONS = {
  itemType: options(ITEM_TYPES, (v) => t(`admin.enum.itemType.${v}`)),
  businessKind: options(BUSINESS_KINDS, (v) => t(`admin.enum.businessKind.${v}`)),
  limitUnit: options(LIMIT_UNITS, (v) => t(`admin.enum.limitUnit.${v}`)),
  maturity: options(MATURITY_LEVELS, (v) => t(`admin.enum.maturity.${v}`)),
  channel: options(CHANNELS, (v) => t(`admin.enum.channel.${v}`)),
  audience: options(AUDIENCES, (v) => t(`admin.enum.audience.${v}`)),
  windowCategory: options(WINDOW_CATEGORIES, (v) => t(`admin.enum.windowCategory.${v}`)),
  delivery: options(DELIVERY_METHODS, (v) => t(`admin.enum.delivery.${v}`)),
  crossRegion: options(CROSS_REGION_MODES, (v) => t(`admin.enum.crossRegion.${v}`)),
  requirement: options(MATERIAL_REQUIREMENTS, (v) => t(`admin.enum.requirement.${v}`)),
  source: options(MATERIAL_SOURCES, (v) => t(`admin.enum.source.${v}`)),
  media: options(MATERIAL_MEDIA, (v) => t(`admin.enum.media.${v}`)),
  resultKind: options(RESULT_KINDS, (v) => t(`admin.enum.resultKind.${v}`)),
  weekday: [1, 2, 3, 4, 5, 6, 7].map((day) => ({
    value: day,
    label: t(`admin.enum.weekday.${day}` as MessageKey),
  })),
};
