// How guide elements read to a citizen: enum labels, time limits, fees in 元, opening hours grouped by
// weekday runs. Pure functions over the contract types. Enum labels, time limits and weekdays come from the
// contracts' label tables (packages/contracts/src/labels.ts, the one source the API's exports and findings
// use too); the page's own wording — the meaning of each maturity level, fee and count phrasing — comes from
// the i18n dictionary. '@msb/contracts' labels are plain objects, so the phone pages can import them.
import {
  AUDIENCE_LABELS,
  BUSINESS_KIND_LABELS,
  CHANNEL_LABELS,
  CROSS_REGION_LABELS,
  DELIVERY_LABELS,
  type EnumLabels,
  formatTimeLimit,
  type Guide,
  ITEM_TYPE_LABELS,
  LIMIT_UNIT_LABELS,
  labelOf,
  MATERIAL_MEDIA_LABELS,
  MATERIAL_REQUIREMENT_LABELS,
  MATERIAL_SOURCE_LABELS,
  MATURITY_LABELS,
  type MaturityLevel,
  type OpeningHours,
  RESULT_KIND_LABELS,
  type TimeLimit,
  WEEKDAY_LABELS,
  WINDOW_CATEGORY_LABELS,
} from '@msb/contracts';
import { type MessageKey, t, tLabel } from '../../app/i18n.ts';

type FeeItem = Guide['fees']['items'][number];
type Material = Guide['materials'][number];

const LABELS = {
  itemType: ITEM_TYPE_LABELS,
  unit: LIMIT_UNIT_LABELS,
  maturity: MATURITY_LABELS,
  businessKind: BUSINESS_KIND_LABELS,
  audience: AUDIENCE_LABELS,
  channel: CHANNEL_LABELS,
  delivery: DELIVERY_LABELS,
  crossRegion: CROSS_REGION_LABELS,
  requirement: MATERIAL_REQUIREMENT_LABELS,
  source: MATERIAL_SOURCE_LABELS,
  media: MATERIAL_MEDIA_LABELS,
  resultKind: RESULT_KIND_LABELS,
  windowCategory: WINDOW_CATEGORY_LABELS,
} satisfies Record<string, EnumLabels>;

/** What each maturity level means for the applicant: page wording the contracts do not carry. */
const MATURITY_MEANING: Readonly<Record<MaturityLevel, MessageKey>> = {
  I: 'guide.maturityMeaning.I',
  II: 'guide.maturityMeaning.II',
  III: 'guide.maturityMeaning.III',
  IV: 'guide.maturityMeaning.IV',
};

export type LabelKind = keyof typeof LABELS | 'maturityMeaning';

/** The Chinese label of an enum value (`label('channel', 'web')` → 网上办理（政务服务网）); unknown values as they are. */
export function label(kind: LabelKind, value: string): string {
  if (kind === 'maturityMeaning') {
    const key = (MATURITY_MEANING as Readonly<Record<string, MessageKey | undefined>>)[value];
    return key ? t(key) : value;
  }
  return tLabel(labelOf(LABELS[kind], value));
}

/** Labels of several values joined with 、. */
export function labels(kind: LabelKind, values: readonly string[]): string {
  return values.length === 0
    ? t('common.none')
    : values.map((v) => label(kind, v)).join(t('common.listSeparator'));
}

/** "20个工作日"; 0 reads 当场办结. */
export function formatLimit(limit: TimeLimit): string {
  return formatTimeLimit(limit);
}

/** Integer fen as 元: 5000 → "50", 1250 → "12.50". */
export function formatYuan(fen: number): string {
  return fen % 100 === 0 ? String(fen / 100) : (fen / 100).toFixed(2);
}

/** One fee item: "50 元" or "按申报金额的万分之5收取". */
export function formatFee(item: FeeItem): string {
  if (item.amountFen !== undefined) return t('guide.fees.amount', { amount: formatYuan(item.amountFen) });
  if (item.rateBasisPoints !== undefined) {
    return t('guide.fees.rate', {
      of: item.rateOf || t('guide.fees.rateOfDefault'),
      n: item.rateBasisPoints,
    });
  }
  return '';
}

/** [1,2,3,4,5] → 星期一至星期五; [1,3] → 星期一、星期三; [6,7] → 星期六、星期日. */
export function formatDays(days: readonly number[]): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const day of sorted) {
    const run = runs.at(-1);
    if (run && run.at(-1) === day - 1) run.push(day);
    else runs.push([day]);
  }
  const weekday = (d: number) => WEEKDAY_LABELS[d] ?? String(d);
  return runs
    .map((run) => {
      const first = run[0] ?? 1;
      const last = run.at(-1) ?? first;
      if (run.length >= 3) return t('guide.daysThrough', { from: weekday(first), to: weekday(last) });
      return run.map(weekday).join(t('common.listSeparator'));
    })
    .join(t('common.listSeparator'));
}

/** Opening hours with the same days merged: ["星期一至星期五 09:00–12:00、13:30–17:30"]. */
export function formatHours(hours: readonly OpeningHours[]): string[] {
  const byDays = new Map<string, OpeningHours[]>();
  for (const h of hours) {
    const key = [...h.days].sort((a, b) => a - b).join(',');
    byDays.set(key, [...(byDays.get(key) ?? []), h]);
  }
  return [...byDays.values()].map((group) => {
    const first = group[0];
    const times = [...group]
      .sort((a, b) => a.start.localeCompare(b.start))
      .map((h) => t('guide.timeRange', { start: h.start, end: h.end }))
      .join(t('common.listSeparator'));
    return t('guide.hoursLine', { days: formatDays(first?.days ?? []), times });
  });
}

/** "原件 1 份、复印件 2 份"; an electronic-only material needs no paper copies. */
export function formatCounts(material: Material): string {
  const parts = [
    material.originals > 0 ? t('guide.material.originals', { n: material.originals }) : '',
    material.copies > 0 ? t('guide.material.copies', { n: material.copies }) : '',
    material.certifiedCopies > 0 ? t('guide.material.certifiedCopies', { n: material.certifiedCopies }) : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(t('common.listSeparator')) : t('guide.material.noPaper');
}

export function formatVisits(visits: number): string {
  return visits === 0 ? t('guide.visitsZero') : t('guide.visits', { n: visits });
}

export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString('zh-CN', { year: 'numeric', month: 'long', day: 'numeric' });
}
