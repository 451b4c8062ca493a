import { describe, expect, it } from 'vitest';
import type { CaseEventView } from '../../cases/case-api.ts';
import { actionBody, panelActions } from './case-actions.ts';
import {
  eventDetails,
  formEntries,
  itemInScope,
  materialRows,
  regionPrefix,
  stateTone,
  warningTag,
} from './case-format.ts';

describe('warning tags: colour with words', () => {
  it.each([
    ['normal', 5, 'green', '正常 · 剩余 5 个工作日'],
    ['normal', null, 'green', '正常'],
    ['yellow', 2, 'orange', '临近到期 · 剩余 2 个工作日'],
    ['yellow', 0, 'orange', '今日到期'],
    ['red', -3, 'red', '已超期 3 个工作日'],
    ['red', 0, 'red', '已超期'],
  ] as const)('%s with %s days left → %s “%s”', (warning, days, tone, label) => {
    expect(warningTag(warning, days)).toEqual({ tone, label });
  });

  it('colours states by where they stand', () => {
    expect(stateTone('submitted')).toBe('orange');
    expect(stateTone('in_review')).toBe('blue');
    expect(stateTone('closed')).toBe('green');
    expect(stateTone('refused')).toBe('red');
  });
});

describe('form data under its titles', () => {
  it('keeps the schema order, shows enum labels and skips empty values', () => {
    const schema = {
      properties: {
        'applicant.name': { title: '申请人姓名' },
        'applicant.gender': { title: '性别', oneOf: [{ const: 'F', title: '女' }] },
        'applicant.address': { title: '现住址' },
      },
    };
    expect(
      formEntries(schema, {
        'applicant.gender': 'F',
        'applicant.name': '张三',
        'applicant.address': '',
        x: 1,
      }),
    ).toEqual([
      { key: 'applicant.name', label: '申请人姓名', value: '张三' },
      { key: 'applicant.gender', label: '性别', value: '女' },
      { key: 'x', label: 'x', value: '1' },
    ]);
  });
});

describe('history entries', () => {
  const event = (action: string, payload: Record<string, unknown>, comment: string | null = null) =>
    ({ action, payload, comment }) as CaseEventView;

  it('lists every correction item of a notice', () => {
    expect(
      eventDetails(
        event('request_correction', {
          correctionItems: [{ problem: '未提交照片', requirement: '请补交' }, { problem: '申请表未签字' }],
        }),
      ),
    ).toEqual(['补正 1：未提交照片（要求：请补交）', '补正 2：申请表未签字']);
  });

  it('shows opinions with their step, reasons, extensions and hand-over details once', () => {
    expect(eventDetails(event('record_opinion', { opinion: '材料齐全', stepName: '审查' }))).toEqual([
      '审查意见（审查）：材料齐全',
    ]);
    expect(
      eventDetails(
        event('extend', { extension: { amount: 10, unit: 'workday' }, reason: '需补充核查' }, '需补充核查'),
      ),
    ).toEqual(['理由：需补充核查', '延长 10 个工作日']);
    expect(eventDetails(event('deliver', { deliveryMethod: 'window', signedReceipt: '张三' }))).toEqual([
      '签收：张三',
    ]);
  });
});

describe('scope of the items a window may take in', () => {
  it('uses the significant prefix of the region, or the department of org-bound accounts', () => {
    expect(regionPrefix('150203000000')).toBe('150203');
    expect(regionPrefix('150000000000')).toBe('15');
    const item = { regionCode: '150203000000', orgId: 'o1' };
    expect(itemInScope(item, { regionCode: '150203000000', orgId: null })).toBe(true);
    expect(itemInScope(item, { regionCode: '150200000000', orgId: null })).toBe(true);
    expect(itemInScope(item, { regionCode: '150204000000', orgId: null })).toBe(false);
    expect(itemInScope(item, { regionCode: '150203000000', orgId: 'o2' })).toBe(false);
  });
});

describe('decision panel', () => {
  const a = (action: string) => ({ action, label: action, to: 'in_review', requires: [] }) as never;
  const AVAILABLE = [
    'terminate',
    'approve',
    'record_opinion',
    'transfer',
    'start_special_procedure',
    'deny',
  ].map(a);

  it('offers the assignee their steps in working order, intake actions never', () => {
    const { offered, heldByOthers } = panelActions([...AVAILABLE, a('accept')], {
      isAssignee: true,
      isChief: false,
    });
    expect(offered.map((x) => x.action)).toEqual([
      'record_opinion',
      'approve',
      'deny',
      'transfer',
      'start_special_procedure',
      'terminate',
    ]);
    expect(heldByOthers).toBe(false);
  });

  it('keeps assignee-only steps from other approvers and says the case is held', () => {
    const { offered, heldByOthers } = panelActions(AVAILABLE, { isAssignee: false, isChief: false });
    expect(offered.map((x) => x.action)).toEqual(['start_special_procedure', 'terminate']);
    expect(heldByOthers).toBe(true);
  });

  it('turns each form into the inputs its transition requires', () => {
    expect(
      actionBody('deliver', { deliveryMethod: 'window', signedReceipt: ' 张三 ', trackingNumber: 'x' }),
    ).toEqual({
      deliveryMethod: 'window',
      signedReceipt: '张三',
    });
    expect(actionBody('deliver', { deliveryMethod: 'post', trackingNumber: 'EMS123' })).toEqual({
      deliveryMethod: 'post',
      trackingNumber: 'EMS123',
    });
    expect(actionBody('extend', { amount: 10, unit: 'workday', reason: '需现场核查' })).toEqual({
      extension: { amount: 10, unit: 'workday' },
      reason: '需现场核查',
    });
    expect(
      actionBody('start_special_procedure', { procedureName: '专家评审', amount: 5, unit: 'natural' }),
    ).toEqual({
      procedure: { name: '专家评审', duration: { amount: 5, unit: 'natural' } },
    });
    expect(actionBody('transfer', { assignee: 'u2', reason: '回避' })).toEqual({
      assignee: 'u2',
      reason: '回避',
    });
    expect(actionBody('claim', {})).toEqual({});
  });
});

describe('materials of a case', () => {
  it('lists each material that applies with its files, then files the checklist does not name', () => {
    const entry = (materialId: string) =>
      ({ materialId, name: materialId, requirement: 'required' }) as never;
    const file = (id: string, materialId: string) => ({ id, materialId, name: materialId }) as never;
    const rows = materialRows({
      checklist: [entry('a'), entry('b')],
      materials: [file('1', 'a'), file('2', 'a'), file('3', 'x')],
    });
    expect(rows.map((r) => [r.key, r.files.length])).toEqual([
      ['a', 2],
      ['b', 0],
      ['extra-3', 1],
    ]);
  });
});
