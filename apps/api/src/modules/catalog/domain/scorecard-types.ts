// Types of the guide-quality scorecard (seed 002 附件: 政务服务事项标准化建设重点工作任务清单).
import type { Guide } from '@msb/contracts';
import type { Finding } from './finding.ts';

/** One implementation (实施清单 row) with the guide it shows: its published version, or its draft. */
export type ScoreEntry = {
  implementationId: string;
  name: string;
  orgId: string;
  orgName: string;
  regionCode: string;
  published: boolean;
  guide: Guide;
};

/** What the catalogue cannot compute from the guides alone. */
export type ScoreContext = {
  /** 三级N同 comparison (consistency.ts); indicator 10 is not computed without it */
  deviations?: readonly { implementationId: string; field?: string; message?: string }[];
};

/** An item or a department that keeps an indicator from its target. */
export type DrillDownRow = { id: string; name: string; detail: string };

export type RuleOutcome = {
  /** 0–1; null when there is nothing to count */
  value: number | null;
  /** how the value came about, in Chinese */
  note: string;
  drillDown: DrillDownRow[];
};

type RuleBase = {
  indicator: number;
  /** 三级指标 */
  name: string;
  /** 重点任务 */
  target: string;
};

/** 'each': every guide must pass (指标12–24); the total is the share of guides that do. */
export type GuideRule = RuleBase & {
  kind: 'each';
  applicable: true;
  evaluate: (guide: Guide) => Finding[];
};

/** 'share': a figure over a set of guides compared with a threshold (指标1–11). */
export type AggregateRule = RuleBase & {
  kind: 'share';
  applicable: true;
  threshold: number;
  evaluate: (entries: readonly ScoreEntry[], context: ScoreContext) => RuleOutcome;
};

/** An indicator the catalogue cannot answer, kept in the list with the reason. */
export type InapplicableRule = RuleBase & { kind: 'share'; applicable: false; reason: string };

export type ScorecardRule = GuideRule | AggregateRule | InapplicableRule;

export type IndicatorResult = {
  indicator: number;
  name: string;
  target: string;
  kind: 'share' | 'each';
  applicable: boolean;
  value: number | null;
  threshold: number | null;
  /** null when not applicable or nothing to count */
  passed: boolean | null;
  note: string;
  drillDown: DrillDownRow[];
};

export type ItemScore = {
  implementationId: string;
  name: string;
  orgId: string;
  orgName: string;
  regionCode: string;
  published: boolean;
  /** 0–100: share of the item checks passed (指标12–24, the item's 指标1 and 10, and vague wording) */
  score: number;
  failedIndicators: number[];
  /** findings of the failed per-guide rules */
  findings: Finding[];
};

export type GroupScore = {
  /** orgId or regionCode */
  id: string;
  name: string;
  itemCount: number;
  publishedCount: number;
  /** mean item score; null for an empty group */
  averageScore: number | null;
  indicators: IndicatorResult[];
};

export type Scorecard = {
  indicators: IndicatorResult[];
  items: ItemScore[];
  orgs: GroupScore[];
  regions: GroupScore[];
};
