import { describe, expect, it } from 'vitest';
import type { CaseView } from './case-api.ts';
import {
  correctionItemsOf,
  correctionLine,
  decisionCompletesDelivery,
  formatDate,
  formatDateTime,
  hasRunningClock,
  resubmitChecklist,
  safeNext,
  stateTone,
  warningTone,
  withAddress,
} from './case-format.ts';

const event = (action: string, payload: Record<string, unknown>) => ({
  seq: 1,
  at: '2026-03-02T01:00:00Z',
  actorRole: 'window_clerk',
  actorLabel: '综合窗口',
  action,
  actionLabel: action,
  fromState: null,
  toState: 'awaiting_correction',
  toStateLabel: '待补正',
  comment: null,
  payload,
});

describe('display rules of a case', () => {
  it.each([
    ['draft', 'neutral'],
    ['submitted', 'progress'],
    ['awaiting_correction', 'attention'],
    ['closed', 'success'],
    ['denied', 'danger'],
    ['withdrawn', 'neutral'],
  ] as const)('state %s is shown as %s', (state, tone) => {
    expect(stateTone(state)).toBe(tone);
  });

  it('colours the clock warning and shows it only while the clock runs', () => {
    expect([warningTone('normal'), warningTone('yellow'), warningTone('red')]).toEqual([
      'success',
      'attention',
      'danger',
    ]);
    expect(hasRunningClock({ state: 'in_review' })).toBe(true);
    expect(hasRunningClock({ state: 'approved' })).toBe(false);
  });

  it('writes instants in China time and keeps calendar dates as they are', () => {
    expect(formatDateTime('2026-03-01T16:30:00Z')).toBe('2026-03-02 00:30');
    expect(formatDate('2026-03-01T16:30:00Z')).toBe('2026-03-02');
    expect(formatDate('2026-03-05')).toBe('2026-03-05');
    expect(formatDateTime(null)).toBe('');
  });

  it('reads the latest correction notice with material names', () => {
    const view = {
      events: [
        event('request_correction', { correctionItems: [{ materialId: 'old', problem: '旧' }] }),
        event('request_correction', {
          correctionItems: [
            { materialId: 'id-card', problem: '不清晰', requirement: '彩色扫描' },
            { problem: '缺少签名' },
            { nonsense: true },
          ],
        }),
      ],
      checklist: [{ materialId: 'id-card', name: '居民身份证' }],
      materials: [],
    } as unknown as Pick<CaseView, 'events' | 'checklist' | 'materials'>;
    expect(correctionItemsOf(view)).toEqual([
      { materialId: 'id-card', materialName: '居民身份证', problem: '不清晰', requirement: '彩色扫描' },
      { materialId: null, materialName: null, problem: '缺少签名', requirement: null },
    ]);
  });

  it('answers a correction with every material on file, once each, rejected ones left out', () => {
    const view = {
      materials: [
        { materialId: 'a', status: 'submitted' },
        { materialId: 'a', status: 'verified' },
        { materialId: 'b', status: 'rejected' },
      ],
    } as unknown as Pick<CaseView, 'materials'>;
    expect(resubmitChecklist(view)).toEqual([{ materialId: 'a', present: true }]);
  });

  it('knows when downloading the decision delivers it', () => {
    expect(decisionCompletesDelivery({ state: 'result_issued', deliveryPreference: 'download' })).toBe(true);
    expect(decisionCompletesDelivery({ state: 'result_issued', deliveryPreference: 'post' })).toBe(false);
    expect(decisionCompletesDelivery({ state: 'closed', deliveryPreference: 'download' })).toBe(false);
  });

  it('only returns to a path of this site after signing in', () => {
    expect(safeNext('/cases/1', '/my/cases')).toBe('/cases/1');
    expect(safeNext('//evil.example', '/my/cases')).toBe('/my/cases');
    expect(safeNext('https://evil.example', '/my/cases')).toBe('/my/cases');
    expect(safeNext(null, '/my/cases')).toBe('/my/cases');
  });

  it('writes a correction item and a delivery choice as one line', () => {
    expect(
      correctionLine({
        materialId: 'a',
        materialName: '居民身份证',
        problem: '不清晰',
        requirement: '彩色扫描',
      }),
    ).toBe('居民身份证：不清晰（要求：彩色扫描）');
    expect(
      correctionLine({ materialId: null, materialName: null, problem: '缺少签名', requirement: null }),
    ).toBe('其他：缺少签名');
    expect(withAddress('邮政寄递', '包头市')).toBe('邮政寄递：包头市');
    expect(withAddress('网上下载', null)).toBe('网上下载');
  });
});
