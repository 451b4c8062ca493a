import type { Guide } from '@msb/contracts';
import { describe, expect, it } from 'vitest';
import { SEEDED_YEAR_SCHEDULES } from '../../calendar/domain/holiday-data.ts';
import { createWorkingCalendar } from '../../calendar/domain/working-calendar.ts';
import { buildGuide } from '../../catalog/domain/test-guide.ts';
import { computeDeadline } from './deadline.ts';
import {
  type EffectiveMissingRules,
  type MissingPlanInput,
  missingMaterialDue,
  missingMaterialRules,
  missingMaterialStage,
  planMissingMaterials,
} from './missing-materials.ts';

const counting = createWorkingCalendar({ schedules: SEEDED_YEAR_SCHEDULES });
const notCounting = createWorkingCalendar({ schedules: SEEDED_YEAR_SCHEDULES, countMakeUpDays: false });

describe('missingMaterialDue: working days through the calendar', () => {
  it.each([
    ['春节前受理，跨调休周六与春节', '2026-02-12', 5, '2026-02-26', '2026-02-27'],
    ['周五受理，1 个工作日', '2026-03-06', 1, '2026-03-09', '2026-03-09'],
    ['2025 国庆前受理', '2025-09-26', 5, '2025-10-10', '2025-10-13'],
    ['2026 中秋国庆', '2026-09-18', 10, '2026-10-09', '2026-10-12'],
  ])('%s: %s + %i = %s (调休计入) / %s (不计入)', (_, from, workdays, withMakeUp, without) => {
    expect(missingMaterialDue(counting, from, workdays)).toBe(withMakeUp);
    expect(missingMaterialDue(notCounting, from, workdays)).toBe(without);
  });

  it('is the deadline rule of the case clock, never its own arithmetic', () => {
    for (const from of ['2026-01-30', '2026-04-30', '2026-06-18', '2026-12-31']) {
      for (const workdays of [1, 3, 5, 10]) {
        expect(missingMaterialDue(counting, from, workdays)).toBe(
          computeDeadline(counting, { start: from, amount: workdays, unit: 'workday' }).due,
        );
      }
    }
  });
});

describe('missingMaterialStage: reminder and expiry', () => {
  const stage = (today: string, remindWorkdays = 2, calendar = counting) =>
    missingMaterialStage(calendar, { dueOn: '2026-02-26', today, remindWorkdays });

  it.each([
    ['受理当日，5 个工作日未到', '2026-02-12', 2, 'pending'],
    ['春节假期中：日历上 6 天，只剩 3 个工作日', '2026-02-20', 2, 'pending'],
    ['春节假期中，提前 3 个工作日提醒', '2026-02-20', 3, 'remind'],
    ['还剩 2 个工作日', '2026-02-24', 2, 'remind'],
    ['到期当日仍可补交', '2026-02-26', 2, 'remind'],
    ['到期次日逾期', '2026-02-27', 2, 'expired'],
    ['不提醒的设置', '2026-02-25', 0, 'pending'],
  ] as const)('%s (%s, 提前 %i 个工作日) → %s', (_, today, remind, expected) => {
    expect(stage(today, remind)).toBe(expected);
  });

  it('counts a make-up Saturday as a working day only when the calendar does', () => {
    // (2026-02-13, 2026-02-26]: 02-14 调休上班, 02-24, 02-25, 02-26 — four working days, or three
    expect(
      missingMaterialStage(counting, { dueOn: '2026-02-26', today: '2026-02-13', remindWorkdays: 3 }),
    ).toBe('pending');
    expect(
      missingMaterialStage(notCounting, { dueOn: '2026-02-26', today: '2026-02-13', remindWorkdays: 3 }),
    ).toBe('remind');
  });
});

describe('missingMaterialRules: the item’s settings, else the platform’s', () => {
  it('takes the guide’s rules', () => {
    const guide = buildGuide({
      missingMaterialRules: {
        dueWorkdays: 7,
        holdUntil: 'result',
        onExpiry: 'terminate',
        excludeBadCredit: true,
      },
    });
    expect(missingMaterialRules(guide, { dueWorkdays: 5 })).toEqual({
      dueWorkdays: 7,
      holdUntil: 'result',
      onExpiry: 'terminate',
      excludeBadCredit: true,
    });
  });

  it('falls back to the configured due period and the base rule when the guide has none', () => {
    expect(missingMaterialRules(buildGuide(), { dueWorkdays: 5 })).toEqual({
      dueWorkdays: 5,
      holdUntil: 'decision',
      onExpiry: 'suspend',
      excludeBadCredit: false,
    });
    const withoutPeriod = buildGuide({
      missingMaterialRules: { holdUntil: 'decision', onExpiry: 'suspend', excludeBadCredit: false },
    });
    expect(missingMaterialRules(withoutPeriod, { dueWorkdays: 4 }).dueWorkdays).toBe(4);
  });
});

describe('planMissingMaterials', () => {
  const RULES: EffectiveMissingRules = {
    dueWorkdays: 5,
    holdUntil: 'decision',
    onExpiry: 'suspend',
    excludeBadCredit: false,
  };
  // the example guide: safety-rules is required and 容缺; agent-papers applies only to 委托代理人
  const guide: Guide = {
    ...buildGuide(),
    materials: buildGuide().materials.map((m) =>
      m.id === 'agent-papers' ? { ...m, allowMissing: true } : m,
    ),
  };
  const plan = (patch: Partial<MissingPlanInput>) =>
    planMissingMaterials({
      guide,
      answers: { 'who-applies': ['in-person'] },
      rules: RULES,
      requested: [],
      present: new Set(),
      implied: [],
      committed: new Set(),
      ...patch,
    });

  it('records what the clerk lists, with the due period given or the item’s', () => {
    expect(plan({ requested: [{ materialId: 'safety-rules', dueWorkdays: 3 }] })).toEqual({
      errors: [],
      entries: [{ materialId: 'safety-rules', name: '食品安全管理制度文本', dueWorkdays: 3 }],
    });
    expect(plan({ requested: [{ materialId: 'safety-rules' }] }).entries[0]?.dueWorkdays).toBe(5);
  });

  it('adds required 容缺 materials the checklist leaves out, with the item’s due period', () => {
    expect(plan({ implied: ['safety-rules'] }).entries).toEqual([
      { materialId: 'safety-rules', name: '食品安全管理制度文本', dueWorkdays: 5 },
    ]);
    expect(plan({ implied: ['safety-rules'], committed: new Set(['safety-rules']) }).entries).toEqual([]);
  });

  it.each([
    [
      'a material not marked allowMissing',
      [{ materialId: 'layout' }],
      {},
      'missingMaterials.0.materialId',
      '不是可容缺受理的材料',
    ],
    [
      'a material the guide does not have',
      [{ materialId: 'x' }],
      {},
      'missingMaterials.0.materialId',
      '办事指南中没有材料',
    ],
    [
      'a material of a situation that does not apply',
      [{ materialId: 'agent-papers' }],
      {},
      'missingMaterials.0.materialId',
      '不适用于本申请的情形',
    ],
    [
      'a material the checklist marks present',
      [{ materialId: 'safety-rules' }],
      { present: new Set(['safety-rules']) },
      'missingMaterials.0.materialId',
      '已标为收到',
    ],
    [
      'a material a commitment stands in for',
      [{ materialId: 'safety-rules' }],
      { committed: new Set(['safety-rules']) },
      'missingMaterials.0.materialId',
      '告知承诺',
    ],
    [
      'the same material twice',
      [{ materialId: 'safety-rules' }, { materialId: 'safety-rules' }],
      {},
      'missingMaterials.1.materialId',
      '重复',
    ],
    [
      'a due period longer than the item allows',
      [{ materialId: 'safety-rules', dueWorkdays: 6 }],
      {},
      'missingMaterials.0.dueWorkdays',
      '1 至 5 个工作日',
    ],
  ] as const)('refuses %s, naming the field', (_, requested, patch, field, message) => {
    const { errors } = plan({ requested: [...requested], ...patch });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.field).toBe(field);
    expect(errors[0]?.message).toContain(message);
  });

  it('lets a conditional 容缺 material be missing when its situation applies', () => {
    const byAgent = plan({
      answers: { 'who-applies': ['by-agent'] },
      requested: [{ materialId: 'agent-papers' }],
    });
    expect(byAgent.errors).toEqual([]);
    expect(byAgent.entries.map((e) => e.materialId)).toEqual(['agent-papers']);
  });
});
