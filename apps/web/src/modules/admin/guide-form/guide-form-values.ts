// Guide ⇄ form values. The form differs from the stored guide only where people think differently:
// fee amounts are typed in 元 (stored in integer 分, CONVENTIONS.md "Data"), a fee is either a fixed amount
// or a rate, and optional elements left empty are dropped instead of being sent as "".
import type { Guide } from '@msb/contracts';

type FeeItem = Guide['fees']['items'][number];
export type FeeMode = 'amount' | 'rate';

export interface FeeFormItem {
  name: string;
  basis: string;
  mode: FeeMode;
  amountYuan?: number | null;
  rateBasisPoints?: number | null;
  rateOf?: string;
}

export type GuideFormValues = Omit<Guide, 'fees'> & { fees: { free: boolean; items: FeeFormItem[] } };

export const fenToYuan = (fen: number) => fen / 100;
/** 12.345 元 → 1235 分: money is whole fen, rounded half away from zero on the third decimal. */
export const yuanToFen = (yuan: number) => Math.round(yuan * 100);

function toFeeFormItem(item: FeeItem): FeeFormItem {
  const mode: FeeMode =
    item.rateBasisPoints !== undefined && item.amountFen === undefined ? 'rate' : 'amount';
  return {
    name: item.name,
    basis: item.basis,
    mode,
    amountYuan: item.amountFen === undefined ? null : fenToYuan(item.amountFen),
    rateBasisPoints: item.rateBasisPoints ?? null,
    rateOf: item.rateOf ?? '',
  };
}

function toFeeItem(item: FeeFormItem): FeeItem {
  const base = { name: item.name, basis: item.basis ?? '' };
  if (item.mode === 'rate') {
    return dropEmpty({ ...base, rateBasisPoints: item.rateBasisPoints ?? undefined, rateOf: item.rateOf });
  }
  return dropEmpty({ ...base, amountFen: item.amountYuan == null ? undefined : yuanToFen(item.amountYuan) });
}

export function toFormValues(guide: Guide): GuideFormValues {
  return { ...guide, fees: { free: guide.fees.free, items: guide.fees.items.map(toFeeFormItem) } };
}

/** Removes keys whose value is undefined, null, '' or [] (used only on optional elements). */
function dropEmpty<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined || v === null) continue;
    if (typeof v === 'string' && v.trim() === '') continue;
    if (Array.isArray(v) && v.length === 0) continue;
    out[key] = v;
  }
  return out as T;
}

/** Keeps the required keys as they are and drops only the optional ones that are empty. */
function cleanOptional<T extends object>(value: T, optional: readonly (keyof T)[]): T {
  const out = { ...value };
  for (const key of optional) {
    const v: unknown = out[key];
    if (
      v === undefined ||
      v === null ||
      (typeof v === 'string' && v.trim() === '') ||
      (Array.isArray(v) && v.length === 0)
    ) {
      delete out[key];
    }
  }
  return out;
}

const orEmpty = <T>(list: T[] | undefined | null): T[] => list ?? [];

export function toGuide(values: GuideFormValues): Guide {
  const { fees, ...rest } = values;
  const guide: Guide = {
    ...rest,
    hours: orEmpty(rest.hours).map((h) => ({ ...h, days: [...orEmpty(h.days)].sort((a, b) => a - b) })),
    materials: orEmpty(rest.materials).map((m) =>
      cleanOptional(m, [
        'whenOptions',
        'condition',
        'blankForm',
        'sampleForm',
        'licenceType',
        'requirements',
        'basis',
      ]),
    ),
    situations: orEmpty(rest.situations).map((s) => ({ ...s, options: orEmpty(s.options) })),
    steps: orEmpty(rest.steps).map((s) => cleanOptional(s, ['waitMinutes', 'counterMinutes'])),
    fees: { free: fees.free, items: fees.free ? [] : orEmpty(fees.items).map(toFeeItem) },
    specialProcedures: orEmpty(rest.specialProcedures),
    intermediaries: orEmpty(rest.intermediaries),
    result: cleanOptional(rest.result, ['sample']),
    channels: orEmpty(rest.channels),
    delivery: orEmpty(rest.delivery),
    audience: orEmpty(rest.audience),
    themes: orEmpty(rest.themes),
    faqs: orEmpty(rest.faqs),
    keywords: orEmpty(rest.keywords),
  };
  const settled = { ...guide, ...obligationSettings(rest) };
  if (!settled.commitment) delete settled.commitment;
  if (!settled.missingMaterialRules) delete settled.missingMaterialRules;
  return cleanOptional(settled, ['businessKind', 'hoursNote']);
}

/**
 * 告知承诺 and 容缺 settings are optional elements: a commitment without text, or 容缺 rules without what they
 * hold back and what expiry does, are left out rather than sent half-filled.
 */
function obligationSettings(values: Partial<Guide>): Pick<Guide, 'commitment' | 'missingMaterialRules'> {
  const c = values.commitment;
  const r = values.missingMaterialRules;
  return {
    commitment:
      c?.text?.trim() && c.verifyWithinWorkdays
        ? {
            text: c.text.trim(),
            verifyWithinWorkdays: c.verifyWithinWorkdays,
            excludeBrokenCommitment: c.excludeBrokenCommitment ?? false,
          }
        : undefined,
    missingMaterialRules:
      r?.holdUntil && r.onExpiry
        ? {
            ...(r.dueWorkdays ? { dueWorkdays: r.dueWorkdays } : {}),
            holdUntil: r.holdUntil,
            onExpiry: r.onExpiry,
            excludeBadCredit: r.excludeBadCredit ?? false,
          }
        : undefined,
  };
}

/** The form path of a guide path: fee amounts live in 元 under another name. */
export function formNamePath(path: string): (string | number)[] {
  const parts = path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  const last = parts[parts.length - 1];
  if (parts[0] === 'fees' && last === 'amountFen') parts[parts.length - 1] = 'amountYuan';
  return parts;
}
