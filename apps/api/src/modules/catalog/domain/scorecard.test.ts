import type { Guide, Material, MaturityLevel } from '@msb/contracts';
import { describe, expect, it } from 'vitest';
import {
  evaluateIndicators,
  GUIDE_RULES,
  SCORECARD_RULES,
  type ScoreContext,
  type ScoreEntry,
  scoreGuides,
  scoreItem,
} from './scorecard.ts';
import { AGGREGATE_RULES } from './scorecard-aggregate-rules.ts';
import { buildEntry, buildGuide, invalid } from './test-guide.ts';

const base = buildGuide();

const instantGuide = (): Guide =>
  buildGuide({
    instant: true,
    promisedLimit: { amount: 0, unit: 'workday' as const },
    steps: base.steps.map((step) => ({ ...step, limit: { amount: 0, unit: 'workday' as const } })),
  });

/** `count` published entries of one org; `guideAt(i)` varies the guide. */
function entries(
  count: number,
  guideAt: (i: number) => Guide = () => buildGuide(),
  extra: Partial<ScoreEntry> = {},
): ScoreEntry[] {
  return Array.from({ length: count }, (_, i) =>
    buildEntry({ implementationId: `impl-${i}`, name: `事项${i + 1}`, guide: guideAt(i), ...extra }),
  );
}

const atLevel = (levels: readonly MaturityLevel[]) => (i: number) => {
  const maturity: MaturityLevel = levels[i] ?? 'I';
  return buildGuide({ maturity, visits: maturity === 'IV' ? 0 : 1 });
};

const levels = (iv: number, iii: number, ii: number, i: number): MaturityLevel[] => [
  ...Array<MaturityLevel>(iv).fill('IV'),
  ...Array<MaturityLevel>(iii).fill('III'),
  ...Array<MaturityLevel>(ii).fill('II'),
  ...Array<MaturityLevel>(i).fill('I'),
];

const withoutSituations = (): Guide =>
  buildGuide({ situations: [], materials: base.materials.filter((m) => m.requirement !== 'conditional') });

const publicServices = (count: number): ScoreEntry[] =>
  entries(count, () => buildGuide({ itemType: 'public_service', name: '老年人优待证办理' }));

describe('per-guide rules (指标12–24)', () => {
  const flaws: [number, Guide][] = [
    [12, buildGuide({ legalLimit: { amount: 20, unit: invalid('月') } })],
    [13, buildGuide({ promisedLimit: { amount: 25, unit: 'workday' as const } })],
    [14, buildGuide({ location: { ...base.location, window: '无' } })],
    [15, buildGuide({ hours: [{ days: [1, 2, 3, 4, 5], start: '17:00', end: '09:00' }] })],
    [16, buildGuide({ consultPhone: '请咨询窗口' })],
    [17, buildGuide({ intermediaries: [{ name: '消防安全评估', basis: '' }] })],
    [18, buildGuide({ materials: base.materials.map((m, i) => (i === 2 ? { ...m, issuer: '待定' } : m)) })],
    [19, buildGuide({ materials: base.materials.map((m, i) => (i === 2 ? { ...m, originals: 0 } : m)) })],
    [
      20,
      buildGuide({
        materials: base.materials.map((m, i) =>
          i === 2 ? { ...m, media: invalid<Material['media']>('光盘') } : m,
        ),
      }),
    ],
    [21, buildGuide({ steps: base.steps.map((s, i) => (i === 1 ? { ...s, standard: '' } : s)) })],
    [22, buildGuide({ visits: 2 })],
    [23, buildGuide({ materials: base.materials.map(({ blankForm: _, ...m }) => m) })],
    [24, buildGuide({ materials: base.materials.map(({ sampleForm: _, ...m }) => m) })],
  ];

  it('has one flaw per rule', () => {
    expect(flaws.map(([indicator]) => indicator)).toEqual(GUIDE_RULES.map((rule) => rule.indicator));
  });

  it.each(flaws)('指标%i passes for the good guide and fails for the flawed one', (indicator, flawed) => {
    const rule = GUIDE_RULES.find((r) => r.indicator === indicator);
    expect(rule?.kind).toBe('each');
    expect(rule?.evaluate(buildGuide())).toEqual([]);
    const findings = rule?.evaluate(flawed) ?? [];
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((finding) => finding.indicator === indicator)).toBe(true);
    // the flaw costs this rule (a limit flaw also costs the item's 指标1 time reduction)
    const failed = scoreItem(buildEntry({ guide: flawed })).failedIndicators;
    expect(failed[0]).toBe(indicator);
    expect(failed.filter((i) => i !== 1)).toEqual([indicator]);
  });
});

describe('item checks beyond 指标12–24', () => {
  it('shows on the item a time reduction under 50% (指标1), its 三级N同 deviation (指标10) and vague wording', () => {
    const guide = buildGuide({
      promisedLimit: { amount: 20, unit: 'workday' },
      materials: base.materials.map((m, i) => (i === 0 ? { ...m, name: '营业执照及其他相关材料' } : m)),
    });
    const item = scoreItem(buildEntry({ implementationId: 'x', guide }), {
      deviations: [{ implementationId: 'x', field: 'name', message: '事项名称与基本目录不一致' }],
    });
    expect(item.failedIndicators).toEqual(expect.arrayContaining([1, 10]));
    expect(item.findings.map((f) => f.field)).toEqual(
      expect.arrayContaining(['promisedLimit', 'name', 'materials.0.name']),
    );
    expect(item.score).toBeLessThan(100);
  });
});

describe('aggregate rules (指标1–11)', () => {
  const deviating: ScoreContext = { deviations: [{ implementationId: 'impl-0' }] };
  const table: [number, ScoreEntry[], ScoreEntry[], ScoreContext?][] = [
    // 1 减时间: 20 → 10 工作日 is 50%; 20 → 15 is 25%
    [
      1,
      entries(2),
      entries(2, () => buildGuide({ promisedLimit: { amount: 15, unit: 'workday' as const } })),
    ],
    // 2 即办程度 20%: 1 of 5 passes, 0 of 5 fails
    [2, entries(5, (i) => (i === 0 ? instantGuide() : buildGuide())), entries(5)],
    // 3 信息发布: every guide published
    [3, entries(3), [...entries(2), buildEntry({ implementationId: 'draft', published: false })]],
    // 4 II级及以上 90%
    [4, entries(10, atLevel(levels(0, 0, 9, 1))), entries(10, atLevel(levels(0, 0, 8, 2)))],
    // 5 III级及以上 60%
    [5, entries(10, atLevel(levels(0, 6, 4, 0))), entries(10, atLevel(levels(0, 5, 5, 0)))],
    // 6 IV级 50%
    [6, entries(10, atLevel(levels(5, 5, 0, 0))), entries(10, atLevel(levels(4, 6, 0, 0)))],
    // 7 依申请行政权力事项 100% 发布; an unpublished public service does not count against it
    [
      7,
      [
        ...entries(2),
        buildEntry({
          implementationId: 'ps',
          published: false,
          guide: buildGuide({ itemType: 'public_service' }),
        }),
      ],
      [
        ...entries(2),
        buildEntry({
          implementationId: 'filing',
          published: false,
          guide: buildGuide({ itemType: 'filing' }),
        }),
      ],
    ],
    // 8 每个部门 20 个以上公共服务事项指南
    [8, publicServices(20), publicServices(19)],
    // 10 要素规范统一
    [10, entries(2), entries(2), deviating],
    // 11 按情形分类展示 30%
    [
      11,
      entries(10, (i) => (i < 3 ? buildGuide() : withoutSituations())),
      entries(10, (i) => (i < 2 ? buildGuide() : withoutSituations())),
    ],
  ];

  it('covers every applicable aggregate rule', () => {
    const applicable = AGGREGATE_RULES.filter((rule) => rule.applicable).map((rule) => rule.indicator);
    expect(table.map(([indicator]) => indicator)).toEqual(applicable);
  });

  it.each(table)(
    '指标%i passes for the good set and fails for the flawed one',
    (indicator, good, bad, context) => {
      const result = (set: ScoreEntry[], ctx: ScoreContext) =>
        evaluateIndicators(set, ctx).find((r) => r.indicator === indicator);
      const passing = result(good, { deviations: [] });
      expect(passing?.kind).toBe('share');
      expect(passing?.passed).toBe(true);
      expect(passing?.drillDown.length).toBeLessThan(good.length);
      const failing = result(bad, context ?? { deviations: [] });
      expect(failing?.passed).toBe(false);
      expect(failing?.drillDown.length).toBeGreaterThan(0);
      expect(failing?.note).toMatch(/\p{Script=Han}/u);
    },
  );

  it.each([
    ['同单位', { amount: 20, unit: 'workday' as const }, { amount: 10, unit: 'workday' as const }, 0.5],
    [
      '28 个自然日 → 10 个工作日，按 7:5 折算',
      { amount: 28, unit: 'natural' as const },
      { amount: 10, unit: 'workday' as const },
      0.5,
    ],
    [
      '承诺超过法定按 0 计',
      { amount: 20, unit: 'workday' as const },
      { amount: 30, unit: 'workday' as const },
      0,
    ],
  ])('指标1 averages the cut per item: %s', (_, legalLimit, promisedLimit, value) => {
    const [result] = evaluateIndicators(entries(1, () => buildGuide({ legalLimit, promisedLimit })));
    expect(result?.indicator).toBe(1);
    expect(result?.value).toBeCloseTo(value);
  });

  it('指标1 leaves out items whose legal limit is 0', () => {
    const set = [
      ...entries(1),
      buildEntry({
        implementationId: 'zero',
        guide: { ...instantGuide(), legalLimit: { amount: 0, unit: 'workday' as const } },
      }),
    ];
    expect(evaluateIndicators(set)[0]?.value).toBeCloseTo(0.5);
  });

  it('指标10 is not computed without a 三级N同 comparison', () => {
    const result = evaluateIndicators(entries(2)).find((r) => r.indicator === 10);
    expect(result).toMatchObject({
      applicable: true,
      value: null,
      passed: null,
      note: '未提供三级N同比对结果',
    });
  });

  it('指标8 lists the departments short of 20', () => {
    const result = evaluateIndicators(publicServices(19)).find((r) => r.indicator === 8);
    expect(result?.drillDown).toEqual([
      { id: 'org-scjg', name: '呼伦贝尔市市场监督管理局', detail: '已发布公共服务事项办事指南 19 个' },
    ]);
  });

  it('counts only published guides for the maturity shares', () => {
    const set = [
      ...entries(1),
      buildEntry({
        implementationId: 'draft',
        published: false,
        guide: buildGuide({ maturity: 'I', visits: 1 }),
      }),
    ];
    expect(evaluateIndicators(set).find((r) => r.indicator === 6)?.value).toBe(1);
  });
});

describe('scoreGuides', () => {
  const flawed = buildGuide({ consultPhone: '无' });
  const set: ScoreEntry[] = [
    buildEntry({
      implementationId: 'a',
      orgId: 'org-1',
      orgName: '海拉尔区市场监督管理局',
      regionCode: '150702',
    }),
    buildEntry({
      implementationId: 'b',
      orgId: 'org-1',
      orgName: '海拉尔区市场监督管理局',
      regionCode: '150702',
      guide: flawed,
    }),
    buildEntry({
      implementationId: 'c',
      orgId: 'org-2',
      orgName: '满洲里市市场监督管理局',
      regionCode: '150781',
      published: false,
    }),
  ];
  const card = scoreGuides(set, { deviations: [] });

  it('reports all 24 indicators in annex order, 9 as not applicable', () => {
    expect(card.indicators.map((r) => r.indicator)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(SCORECARD_RULES).toHaveLength(24);
    expect(card.indicators[8]).toMatchObject({ indicator: 9, applicable: false, passed: null });
    expect(card.indicators[8]?.note).toContain('权责清单');
  });

  it('scores each item by the share of its checks passed (指标12–24, 1, 10 and wording)', () => {
    expect(card.items.map((item) => [item.implementationId, item.score, item.failedIndicators])).toEqual([
      ['a', 100, []],
      ['b', Math.round((100 * 15) / 16), [16]],
      ['c', 100, []],
    ]);
    expect(card.items[1]?.findings[0]).toMatchObject({ field: 'consultPhone', indicator: 16 });
  });

  it('totals each-rules over published guides with a drill-down', () => {
    const consult = card.indicators.find((r) => r.indicator === 16);
    expect(consult).toMatchObject({ kind: 'each', value: 0.5, threshold: 1, passed: false });
    expect(consult?.drillDown.map((row) => row.id)).toEqual(['b']);
  });

  it('groups by department and by region', () => {
    expect(
      card.orgs.map((org) => [org.id, org.name, org.itemCount, org.publishedCount, org.averageScore]),
    ).toEqual([
      ['org-1', '海拉尔区市场监督管理局', 2, 1 + 1, Math.round((100 + 94) / 2)],
      ['org-2', '满洲里市市场监督管理局', 1, 0, 100],
    ]);
    expect(card.regions.map((region) => region.id)).toEqual(['150702', '150781']);
    const unpublishedRegion = card.regions[1]?.indicators.find((r) => r.indicator === 3);
    expect(unpublishedRegion).toMatchObject({ value: 0, passed: false });
  });

  it('handles an empty catalogue', () => {
    const empty = scoreGuides([]);
    expect(empty.items).toEqual([]);
    expect(empty.indicators.every((r) => r.passed === null)).toBe(true);
  });
});
