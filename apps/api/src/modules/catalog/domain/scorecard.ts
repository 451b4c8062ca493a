// The guide-quality scorecard of seed 002 附件 (24 indicators): per indicator over all guides, per item
// (score = share of the item checks passed: 指标12–24, its 指标1 and 10, vague wording) and per department
// and region.
import { type Finding, makeFinding } from './finding.ts';
import { GUIDE_INDICATORS } from './guide-indicator-checks.ts';
import { AGGREGATE_RULES } from './scorecard-aggregate-rules.ts';
import type {
  GroupScore,
  GuideRule,
  IndicatorResult,
  ItemScore,
  RuleOutcome,
  ScoreContext,
  Scorecard,
  ScorecardRule,
  ScoreEntry,
} from './scorecard-types.ts';
import { reductionRatio } from './time-limit.ts';
import { checkGuideWording } from './vague-wording.ts';

export type * from './scorecard-types.ts';

export const GUIDE_RULES: readonly GuideRule[] = GUIDE_INDICATORS.map(
  ({ indicator, name, target, check }) => ({
    indicator,
    name,
    target,
    kind: 'each',
    applicable: true,
    evaluate: check,
  }),
);

/** All 24 indicators, in annex order. */
export const SCORECARD_RULES: readonly ScorecardRule[] = [...AGGREGATE_RULES, ...GUIDE_RULES].sort(
  (a, b) => a.indicator - b.indicator,
);

// Shares are fractions of small integers; compare with a little slack so 0.3 of 10 passes 0.3.
const EPSILON = 1e-9;

/** 'each' rule over a set: the share of published guides without findings. */
function evaluateEach(rule: GuideRule, entries: readonly ScoreEntry[]): RuleOutcome {
  const pool = entries.filter((entry) => entry.published);
  if (pool.length === 0) return { value: null, note: '无已发布的事项', drillDown: [] };
  const drillDown = pool.flatMap((entry) => {
    const findings = rule.evaluate(entry.guide);
    const first = findings[0];
    if (first === undefined) return [];
    const more = findings.length > 1 ? `（共 ${findings.length} 处）` : '';
    return [{ id: entry.implementationId, name: entry.name, detail: `${first.message}${more}` }];
  });
  const passing = pool.length - drillDown.length;
  return { value: passing / pool.length, note: `${passing} / ${pool.length} 个已发布事项达标`, drillDown };
}

function evaluateRule(
  rule: ScorecardRule,
  entries: readonly ScoreEntry[],
  context: ScoreContext,
): IndicatorResult {
  const base = { indicator: rule.indicator, name: rule.name, target: rule.target, kind: rule.kind };
  if (!rule.applicable) {
    return {
      ...base,
      applicable: false,
      value: null,
      threshold: null,
      passed: null,
      note: rule.reason,
      drillDown: [],
    };
  }
  const threshold = rule.kind === 'each' ? 1 : rule.threshold;
  const outcome = rule.kind === 'each' ? evaluateEach(rule, entries) : rule.evaluate(entries, context);
  const passed = outcome.value === null ? null : outcome.value + EPSILON >= threshold;
  return { ...base, applicable: true, threshold, passed, ...outcome };
}

/** Every indicator over one set of entries. */
export function evaluateIndicators(
  entries: readonly ScoreEntry[],
  context: ScoreContext = {},
): IndicatorResult[] {
  return SCORECARD_RULES.map((rule) => evaluateRule(rule, entries, context));
}

/**
 * Checks of one item beyond 指标12–24, so that every flaw an item carries shows on its own row:
 * 指标1 per item (承诺时限压缩 ≥ 50%), 指标10 (三级N同 deviations of this item, when given), and the
 * vague-wording check of seed 003 三(一)5 (消除"等材料""其他材料"等模糊性表述).
 */
function itemChecks(entry: ScoreEntry, context: ScoreContext): { indicator?: number; findings: Finding[] }[] {
  const { legalLimit, promisedLimit } = entry.guide;
  const ratio = reductionRatio(legalLimit, promisedLimit);
  const reduction =
    ratio !== undefined && ratio + EPSILON < 0.5
      ? [
          makeFinding(
            'promisedLimit',
            `承诺办结时限仅比法定时限压缩 ${Math.round(Math.max(ratio, 0) * 100)}%，未达到 50%`,
            '按实际办理能力把承诺时限压缩到法定时限的一半以内',
            1,
          ),
        ]
      : [];
  const deviations = (context.deviations ?? [])
    .filter((d) => d.implementationId === entry.implementationId)
    .map((d) =>
      makeFinding(
        d.field ?? 'name',
        d.message ?? '与基本目录不一致',
        '与基本目录保持名称、编码、类型、依据一致（三级N同）',
        10,
      ),
    );
  return [
    { indicator: 1, findings: reduction },
    { indicator: 10, findings: deviations },
    { findings: checkGuideWording(entry.guide) },
  ];
}

/** One item against the per-guide rules 12–24 and the item checks above, whether published or not. */
export function scoreItem(entry: ScoreEntry, context: ScoreContext = {}): ItemScore {
  const results = [
    ...GUIDE_RULES.map((rule) => ({
      indicator: rule.indicator as number | undefined,
      findings: rule.evaluate(entry.guide),
    })),
    ...itemChecks(entry, context),
  ];
  const failed = results.filter((result) => result.findings.length > 0);
  const { implementationId, name, orgId, orgName, regionCode, published } = entry;
  return {
    implementationId,
    name,
    orgId,
    orgName,
    regionCode,
    published,
    score: Math.round((100 * (results.length - failed.length)) / results.length),
    failedIndicators: failed.flatMap((result) => (result.indicator === undefined ? [] : [result.indicator])),
    findings: failed.flatMap((result) => result.findings),
  };
}

function groupBy(
  entries: readonly ScoreEntry[],
  key: (entry: ScoreEntry) => string,
): Map<string, ScoreEntry[]> {
  const groups = new Map<string, ScoreEntry[]>();
  for (const entry of entries) groups.set(key(entry), [...(groups.get(key(entry)) ?? []), entry]);
  return groups;
}

function scoreGroup(
  id: string,
  name: string,
  entries: readonly ScoreEntry[],
  items: ReadonlyMap<string, ItemScore>,
  context: ScoreContext,
): GroupScore {
  const scores = entries.flatMap((entry) => items.get(entry.implementationId)?.score ?? []);
  return {
    id,
    name,
    itemCount: entries.length,
    publishedCount: entries.filter((entry) => entry.published).length,
    averageScore:
      scores.length === 0 ? null : Math.round(scores.reduce((sum, s) => sum + s, 0) / scores.length),
    indicators: evaluateIndicators(entries, context),
  };
}

/**
 * The scorecard of a set of implementations. Regions are grouped by their exact code (a 盟市 total
 * that includes its 旗县区 is the caller's choice of entries).
 */
export function scoreGuides(entries: readonly ScoreEntry[], context: ScoreContext = {}): Scorecard {
  const items = entries.map((entry) => scoreItem(entry, context));
  const byId = new Map(items.map((item) => [item.implementationId, item]));
  const orgs = [...groupBy(entries, (entry) => entry.orgId)].map(([orgId, group]) =>
    scoreGroup(orgId, group[0]?.orgName ?? orgId, group, byId, context),
  );
  const regions = [...groupBy(entries, (entry) => entry.regionCode)].map(([code, group]) =>
    scoreGroup(code, code, group, byId, context),
  );
  return { indicators: evaluateIndicators(entries, context), items, orgs, regions };
}
