// The guide-quality scorecard of seed 002 附件 (24 indicators): per indicator over all guides, per item
// (score = share of the per-guide rules 指标12–24 passed) and per department and region.
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

/** One item against the per-guide rules 12–24, whether published or not. */
export function scoreItem(entry: ScoreEntry): ItemScore {
  const results = GUIDE_RULES.map((rule) => ({
    indicator: rule.indicator,
    findings: rule.evaluate(entry.guide),
  }));
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
    failedIndicators: failed.map((result) => result.indicator),
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
  const items = entries.map(scoreItem);
  const byId = new Map(items.map((item) => [item.implementationId, item]));
  const orgs = [...groupBy(entries, (entry) => entry.orgId)].map(([orgId, group]) =>
    scoreGroup(orgId, group[0]?.orgName ?? orgId, group, byId, context),
  );
  const regions = [...groupBy(entries, (entry) => entry.regionCode)].map(([code, group]) =>
    scoreGroup(code, code, group, byId, context),
  );
  return { indicators: evaluateIndicators(entries, context), items, orgs, regions };
}
