// Indicators 1–11 of seed 002 附件, computed over a set of guides (a department, a region, everything).
//
// Which guides count: what the public sees, so the published ones — except 指标3 and 指标7, which
// measure publication itself and so count every implementation, published or not.
import {
  formatTimeLimit,
  type ItemType,
  labelOf,
  MATURITY_LABELS,
  MATURITY_LEVELS,
  type MaturityLevel,
} from '@msb/contracts';
import type {
  AggregateRule,
  DrillDownRow,
  InapplicableRule,
  RuleOutcome,
  ScoreEntry,
} from './scorecard-types.ts';
import { isOneOf } from './text-checks.ts';
import { reductionRatio } from './time-limit.ts';

const percent = (value: number): string => `${Math.round(value * 1000) / 10}%`;

const published = (entries: readonly ScoreEntry[]): ScoreEntry[] =>
  entries.filter((entry) => entry.published);

const row = (entry: ScoreEntry, detail: string): DrillDownRow => ({
  id: entry.implementationId,
  name: entry.name,
  detail,
});

/** Share of `pool` that passes; the rest is the drill-down. */
function shareOf(
  pool: readonly ScoreEntry[],
  passes: (entry: ScoreEntry) => boolean,
  detail: (entry: ScoreEntry) => string,
): RuleOutcome {
  if (pool.length === 0) return { value: null, note: '无可统计的事项', drillDown: [] };
  const failing = pool.filter((entry) => !passes(entry));
  const passing = pool.length - failing.length;
  return {
    value: passing / pool.length,
    note: `${passing} / ${pool.length} 个事项，占 ${percent(passing / pool.length)}`,
    drillDown: failing.map((entry) => row(entry, detail(entry))),
  };
}

// 指标1 减时间: "承诺时限在法定时限基础上缩减的比例达到50%". We read it as the average cut per item,
// (法定 − 承诺) / 法定, each item weighing the same so one 365-day item does not swamp the rest. Items
// with a legal limit of 0 have nothing to cut and are left out; a promised limit above the legal one
// (an error that 指标13 reports) counts as 0% rather than dragging the average below zero. Different
// units are compared at 7 natural days = 5 working days (time-limit.ts).
const timeReduction: AggregateRule = {
  indicator: 1,
  name: '减时间',
  target: '承诺时限在法定时限基础上平均缩减 50% 以上',
  kind: 'share',
  applicable: true,
  threshold: 0.5,
  evaluate: (entries) => {
    const measured = published(entries).flatMap((entry) => {
      const ratio = reductionRatio(entry.guide.legalLimit, entry.guide.promisedLimit);
      return ratio === undefined ? [] : [{ entry, ratio: Math.max(0, ratio) }];
    });
    if (measured.length === 0) return { value: null, note: '无法定时限大于 0 的已发布事项', drillDown: [] };
    const average = measured.reduce((sum, { ratio }) => sum + ratio, 0) / measured.length;
    const mixed = measured.some(
      ({ entry }) => entry.guide.legalLimit.unit !== entry.guide.promisedLimit.unit,
    );
    return {
      value: average,
      note: `${measured.length} 个事项平均缩减 ${percent(average)}${mixed ? '（工作日与自然日按 5:7 折算）' : ''}`,
      drillDown: measured
        .filter(({ ratio }) => ratio < 0.5)
        .map(({ entry, ratio }) =>
          row(
            entry,
            `法定${formatTimeLimit(entry.guide.legalLimit)}，承诺${formatTimeLimit(entry.guide.promisedLimit)}，缩减 ${percent(ratio)}`,
          ),
        ),
    };
  },
};

// 指标2 即办程度: 即办件的数量占比达到20%.
const instantShare: AggregateRule = {
  indicator: 2,
  name: '即办程度',
  target: '即办件数量占比 20% 以上',
  kind: 'share',
  applicable: true,
  threshold: 0.2,
  evaluate: (entries) =>
    shareOf(
      published(entries),
      (entry) => entry.guide.instant,
      (entry) => `承诺件，承诺${formatTimeLimit(entry.guide.promisedLimit)}`,
    ),
};

// 指标3 信息发布(I级): 全部事项办事指南等信息在内蒙古政务服务网上发布.
const allPublished: AggregateRule = {
  indicator: 3,
  name: '信息发布（I级）',
  target: '全部事项办事指南发布',
  kind: 'share',
  applicable: true,
  threshold: 1,
  evaluate: (entries) =>
    shareOf(
      entries,
      (entry) => entry.published,
      () => '办事指南未发布',
    ),
};

function maturityRule(
  indicator: number,
  name: string,
  target: string,
  from: MaturityLevel,
  threshold: number,
): AggregateRule {
  const levels = MATURITY_LEVELS.slice(MATURITY_LEVELS.indexOf(from));
  return {
    indicator,
    name,
    target,
    kind: 'share',
    applicable: true,
    threshold,
    evaluate: (entries) =>
      shareOf(
        published(entries),
        (entry) => isOneOf(levels, entry.guide.maturity),
        (entry) => `现为${labelOf(MATURITY_LABELS, entry.guide.maturity)}`,
      ),
  };
}

// 指标7: 权责清单中依申请六类行政权力事项办事指南 100% 发布. 国发〔2022〕5号 adds 行政备案 to the
// 依申请 power items, so it counts here too.
const POWER_TYPES: readonly ItemType[] = [
  'licensing',
  'benefit',
  'confirmation',
  'reward',
  'adjudication',
  'other_power',
  'filing',
];

const powerItemsPublished: AggregateRule = {
  indicator: 7,
  name: '依申请事项办事指南发布数量',
  target: '依申请六类行政权力事项办事指南 100% 发布',
  kind: 'share',
  applicable: true,
  threshold: 1,
  evaluate: (entries) =>
    shareOf(
      entries.filter((entry) => isOneOf(POWER_TYPES, entry.guide.itemType)),
      (entry) => entry.published,
      () => '办事指南未发布',
    ),
};

// 指标8: 各部门及所属单位公共服务事项办事指南发布数量 20 个以上. The value is the share of
// departments (those with any item in the set) that reach 20.
const PUBLIC_SERVICE_MINIMUM = 20;

const publicServicesPerOrg: AggregateRule = {
  indicator: 8,
  name: '公共服务事项办事指南发布数量',
  target: `各部门公共服务事项办事指南发布 ${PUBLIC_SERVICE_MINIMUM} 个以上`,
  kind: 'share',
  applicable: true,
  threshold: 1,
  evaluate: (entries) => {
    const orgs = new Map<string, { name: string; count: number }>();
    for (const entry of entries) {
      const org = orgs.get(entry.orgId) ?? { name: entry.orgName, count: 0 };
      if (entry.published && entry.guide.itemType === 'public_service') org.count += 1;
      orgs.set(entry.orgId, org);
    }
    if (orgs.size === 0) return { value: null, note: '无可统计的部门', drillDown: [] };
    const failing = [...orgs].filter(([, org]) => org.count < PUBLIC_SERVICE_MINIMUM);
    const passing = orgs.size - failing.length;
    return {
      value: passing / orgs.size,
      note: `${passing} / ${orgs.size} 个部门达到 ${PUBLIC_SERVICE_MINIMUM} 个`,
      drillDown: failing.map(([id, org]) => ({
        id,
        name: org.name,
        detail: `已发布公共服务事项办事指南 ${org.count} 个`,
      })),
    };
  },
};

// 指标9 needs the 权责清单 and its links to guides, which the catalogue does not hold.
const responsibilityListLinks: InapplicableRule = {
  indicator: 9,
  name: '办事指南与权责清单关联度',
  target: '依申请六类行政权力事项与办事指南关联度 90% 以上',
  kind: 'share',
  applicable: false,
  reason: '需要政府公开的权责清单及其与办事指南的关联数据，事项库中没有权责清单，无法计算',
};

// 指标10 要素规范统一: 同一政务服务事项名称、编码、依据、类型等基本要素在省、市、县三级达到 100% 统一.
const levelConsistency: AggregateRule = {
  indicator: 10,
  name: '要素规范统一',
  target: '名称、编码、依据、类型三级 100% 统一',
  kind: 'share',
  applicable: true,
  threshold: 1,
  evaluate: (entries, context) => {
    if (context.deviations === undefined)
      return { value: null, note: '未提供三级N同比对结果', drillDown: [] };
    const deviating = new Map<string, number>();
    for (const { implementationId } of context.deviations) {
      deviating.set(implementationId, (deviating.get(implementationId) ?? 0) + 1);
    }
    return shareOf(
      published(entries),
      (entry) => !deviating.has(entry.implementationId),
      (entry) => `与基本目录不一致的要素 ${deviating.get(entry.implementationId) ?? 0} 项`,
    );
  },
};

// 指标11: 根据提交情形分类展示申报材料的办事指南占比 30% 以上.
const situationMaterials: AggregateRule = {
  indicator: 11,
  name: '精细化梳理成果推广复用',
  target: '按情形分类展示申报材料的办事指南占比 30% 以上',
  kind: 'share',
  applicable: true,
  threshold: 0.3,
  evaluate: (entries) =>
    shareOf(
      published(entries),
      ({ guide }) =>
        guide.situations.length > 0 &&
        guide.materials.some(
          (material) => material.requirement === 'conditional' && (material.whenOptions ?? []).length > 0,
        ),
      () => '申请材料未按情形分类',
    ),
};

export const AGGREGATE_RULES: readonly (AggregateRule | InapplicableRule)[] = [
  timeReduction,
  instantShare,
  allPublished,
  maturityRule(4, '材料预审（II级）', 'II级及以上事项占比 90% 以上', 'II', 0.9),
  maturityRule(5, '材料核验（III级）', 'III级及以上事项占比 60% 以上', 'III', 0.6),
  maturityRule(6, '全程网办（IV级）', 'IV级事项占比 50% 以上', 'IV', 0.5),
  powerItemsPublished,
  publicServicesPerOrg,
  responsibilityListLinks,
  levelConsistency,
  situationMaterials,
];
