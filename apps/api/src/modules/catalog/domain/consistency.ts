// 三级N同: seed 001 二(一)2 (不同层级同一政务服务 … 要素实现“三级N同”) and seed 001 二(一)3 (数据同源、动态
// 更新、联动管理); seed 002 附件 指标10: 同一政务服务事项名称、编码、依据、类型等基本要素在省、市、县三级
// 达到100%统一. Every implementation must carry the base item's name, code, type and basis. The other N同
// elements (受理条件、办事流程、申请材料 …) may differ by level within the base item and are not compared.
import type { Guide } from '@msb/contracts';
import { FIELD_LABELS, ITEM_TYPE_LABELS, labelOf } from '@msb/contracts';

/** The 基本目录 row the implementations claim. */
export type BaseItemRef = { code: string; name: string; itemType: string; basis: string };

export type ImplementationGuide = {
  implementationId: string;
  regionCode: string;
  orgName: string;
  guide: Guide;
};

export type DeviationField = 'name' | 'baseCode' | 'itemType' | 'basis';

export type Deviation = {
  implementationId: string;
  regionCode: string;
  orgName: string;
  /** the Guide field that differs */
  field: DeviationField;
  label: string;
  /** the base item's value, as stored */
  expected: string;
  /** the implementation's value, as stored */
  actual: string;
  message: string;
};

// Variants of one punctuation mark that NFKC leaves apart.
const PUNCTUATION_VARIANTS: readonly (readonly [RegExp, string])[] = [
  [/[“”„‟＂]/gu, '"'],
  [/[‘’‚‛]/gu, "'"],
  [/[〔【［]/gu, '['],
  [/[〕】］]/gu, ']'],
  [/[。｡]/gu, '.'],
  [/[—–‐‑−]/gu, '-'],
];

/**
 * Folds what does not change meaning: full-width and half-width forms (（）→(), ，→, via NFKC), curly
 * and straight quotes, 〔〕 and [], and all whitespace.
 */
export function normalizeElement(text: string): string {
  let folded = text.normalize('NFKC');
  for (const [pattern, replacement] of PUNCTUATION_VARIANTS) folded = folded.replace(pattern, replacement);
  return folded.replace(/\s+/gu, '');
}

type Comparison = { field: DeviationField; expected: string; actual: (guide: Guide) => string };

function comparisons(base: BaseItemRef): Comparison[] {
  return [
    { field: 'name', expected: base.name, actual: (guide) => guide.name },
    { field: 'baseCode', expected: base.code, actual: (guide) => guide.baseCode },
    { field: 'itemType', expected: base.itemType, actual: (guide) => guide.itemType },
    { field: 'basis', expected: base.basis, actual: (guide) => guide.basis },
  ];
}

function describe(field: DeviationField, expected: string, actual: string): string {
  const label = FIELD_LABELS[field] ?? field;
  if (field === 'basis') return `${label}与基本目录不一致`;
  const show = (value: string) => (field === 'itemType' ? labelOf(ITEM_TYPE_LABELS, value) : value);
  return `${label}与基本目录不一致：基本目录为“${show(expected)}”，实施清单为“${show(actual)}”`;
}

/** Every element where an implementation departs from its base item; an empty list means 三级N同. */
export function findLevelDeviations(base: BaseItemRef, impls: readonly ImplementationGuide[]): Deviation[] {
  const checks = comparisons(base);
  return impls.flatMap((impl) =>
    checks.flatMap(({ field, expected, actual }) => {
      const value = actual(impl.guide);
      if (normalizeElement(value) === normalizeElement(expected)) return [];
      return [
        {
          implementationId: impl.implementationId,
          regionCode: impl.regionCode,
          orgName: impl.orgName,
          field,
          label: FIELD_LABELS[field] ?? field,
          expected,
          actual: value,
          message: describe(field, expected, value),
        },
      ];
    }),
  );
}
