import { describe, expect, it } from 'vitest';
import type { CaseEventView, ChecklistEntryView } from '../../cases/case-api.ts';
import {
  blockingGaps,
  checklistGaps,
  checklistPayload,
  correctionDraft,
  correctionPayload,
  initialChecklist,
  missingPayload,
  resubmitPayload,
  setPresent,
} from './checklist.ts';

const entry = (id: string, extra: Partial<ChecklistEntryView> = {}): ChecklistEntryView => ({
  materialId: id,
  name: `材料${id}`,
  requirement: 'required',
  originals: 1,
  copies: 1,
  allowMissing: false,
  isForm: false,
  provided: false,
  ...extra,
});

const event = (action: string, payload: Record<string, unknown>): CaseEventView => ({
  seq: 1,
  at: '2026-11-22T06:00:00.000Z',
  actorRole: 'window_clerk',
  actorLabel: '综合窗口',
  action,
  actionLabel: action,
  fromState: null,
  toState: 'submitted',
  toStateLabel: '待受理',
  comment: null,
  payload,
});

const LIST = [entry('a'), entry('b', { originals: 0, copies: 2 }), entry('c', { requirement: 'optional' })];

describe('initialChecklist', () => {
  it('starts a fresh intake unticked, except materials already on file', () => {
    const rows = initialChecklist([...LIST.slice(0, 2), entry('d', { provided: true })], []);
    expect(rows.map((r) => [r.materialId, r.present, r.originalSeen, r.copies])).toEqual([
      ['a', false, false, 0],
      ['b', false, false, 0],
      ['d', true, true, 1],
    ]);
  });

  it('after a notice, takes what it did not ask for as received, and what a resubmission brought', () => {
    const notice = event('request_correction', { correctionItems: [{ materialId: 'a', problem: '未提交' }] });
    expect(initialChecklist(LIST, [notice]).map((r) => r.present)).toEqual([false, true, true]);
    const back = event('resubmit', { materialsChecklist: [{ materialId: 'a', present: true }] });
    expect(initialChecklist(LIST, [notice, back]).map((r) => r.present)).toEqual([true, true, true]);
  });
});

describe('checklist → payload', () => {
  it('sends every row; numbers only for received materials, originals only where the guide has them', () => {
    const rows = initialChecklist(LIST, []).map((r) => (r.materialId === 'c' ? r : setPresent(r, true)));
    rows[1] = { ...rows[1], note: '  复印件加盖公章 ' } as (typeof rows)[number];
    expect(checklistPayload(rows)).toEqual([
      { materialId: 'a', present: true, originalSeen: true, copies: 1 },
      { materialId: 'b', present: true, originalSeen: false, copies: 2, note: '复印件加盖公章' },
      { materialId: 'c', present: false },
    ]);
  });

  it('unticking clears originals and copies', () => {
    const row = setPresent(setPresent(initialChecklist(LIST, [])[0] as never, true), false);
    expect([row.present, row.originalSeen, row.copies]).toEqual([false, false, 0]);
  });

  it('a resubmission lists the materials the notice asked for when they came', () => {
    const notice = event('request_correction', { correctionItems: [{ materialId: 'a', problem: '未提交' }] });
    const rows = initialChecklist(LIST, [notice]).map((r) => setPresent(r, true));
    expect(resubmitPayload(rows, [notice]).map((e) => e.materialId)).toEqual(['a']);
    expect(resubmitPayload(rows, []).map((e) => e.materialId)).toEqual(['a', 'b', 'c']);
  });
});

describe('gaps and the correction notice', () => {
  it('names missing needed materials and unseen originals; optional ones never block; 容缺 defers', () => {
    const rows = initialChecklist(
      [entry('a'), entry('b'), entry('c', { requirement: 'optional' }), entry('d', { allowMissing: true })],
      [],
    );
    rows[1] = { ...setPresent(rows[1] as never, true), originalSeen: false };
    expect(checklistGaps(rows).map((g) => [g.materialId, g.kind])).toEqual([
      ['a', 'missing'],
      ['b', 'original'],
      ['d', 'deferred'],
    ]);
    expect(blockingGaps(rows).map((g) => g.materialId)).toEqual(['a', 'b']);
    expect(correctionDraft(rows)).toEqual([
      { materialId: 'a', problem: '未提交“材料a”', requirement: '请补交“材料a”原件，并附复印件 1 份' },
      { materialId: 'b', problem: '未出示“材料b”原件', requirement: '请携带原件到窗口核验' },
    ]);
  });

  it('lists 容缺 materials with the due period set, and leaves out what a commitment covers (告知承诺)', () => {
    const rows = initialChecklist(
      [entry('a'), entry('d', { allowMissing: true }), entry('e', { allowMissing: true }), entry('f')],
      [],
      ['f'],
    );
    const set = rows.map((r) => (r.materialId === 'a' ? setPresent(r, true) : r));
    const withDue = set.map((r) => (r.materialId === 'd' ? { ...r, dueWorkdays: 3 } : r));
    expect(checklistGaps(withDue).map((g) => [g.materialId, g.kind])).toEqual([
      ['d', 'deferred'],
      ['e', 'deferred'],
    ]);
    expect(missingPayload(withDue)).toEqual([{ materialId: 'd', dueWorkdays: 3 }, { materialId: 'e' }]);
    expect(blockingGaps(withDue)).toEqual([]);
  });

  it('drops blank entries and trims the rest', () => {
    expect(
      correctionPayload([
        { materialId: 'a', problem: ' 未提交 ', requirement: ' ' },
        { problem: '   ' },
        { problem: '申请表未签字', requirement: '请本人签字' },
      ]),
    ).toEqual([
      { materialId: 'a', problem: '未提交' },
      { problem: '申请表未签字', requirement: '请本人签字' },
    ]);
  });
});
