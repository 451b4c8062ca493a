import type { BundleDefinition } from '@msb/contracts';
import { describe, expect, it } from 'vitest';
import {
  dependencyOptions,
  emptyBundleValues,
  lifeStageOptions,
  stageFitsAudience,
  toBundleDefinition,
  toBundleFormValues,
  whenOptionGroups,
} from './bundle-form-values.ts';

const LEAD = '11111111-1111-4111-8111-111111111111';
const IMPL_A = '22222222-2222-4222-8222-222222222222';
const IMPL_B = '33333333-3333-4333-8333-333333333333';

const definition: BundleDefinition = {
  name: '新生儿出生一件事',
  summary: '出生医学证明与出生登记一次办',
  audience: 'person',
  lifeStage: 'birth',
  leadOrgId: LEAD,
  questions: [
    {
      id: 'card',
      question: '是否申领社会保障卡？',
      multiple: false,
      options: [
        { id: 'card-yes', label: '申领' },
        { id: 'card-no', label: '暂不申领' },
      ],
    },
  ],
  members: [
    { key: 'birth-certificate', implementationId: IMPL_A, dependsOn: [] },
    {
      key: 'birth-registration',
      implementationId: IMPL_B,
      whenOptions: ['card-yes'],
      dependsOn: ['birth-certificate'],
    },
  ],
  promisedLimit: { amount: 5, unit: 'workday' },
  outputWindow: '一件事综合窗口（统一出件）',
  outputModes: ['together', 'post'],
  basis: '国发〔2024〕3号',
};

describe('bundle form values', () => {
  it('round-trips a definition through the form unchanged', () => {
    expect(toBundleDefinition(toBundleFormValues(definition))).toEqual(definition);
  });

  it('sends working days, trimmed text, canonical output modes and no empty 适用情形', () => {
    const values = toBundleFormValues(definition);
    values.name = '  新生儿出生一件事 ';
    values.outputModes = ['post', 'together', 'post'];
    values.members[0] = {
      key: ' birth-certificate ',
      implementationId: IMPL_A,
      whenOptions: [],
      dependsOn: [],
    };
    values.members[1] = {
      ...values.members[1],
      key: 'birth-registration',
      dependsOn: ['birth-certificate', 'birth-certificate'],
    };
    values.promisedLimit = { amount: 7 };
    const sent = toBundleDefinition(values);
    expect(sent.name).toBe('新生儿出生一件事');
    expect(sent.outputModes).toEqual(['together', 'post']);
    expect(sent.members[0]).toEqual({ key: 'birth-certificate', implementationId: IMPL_A, dependsOn: [] });
    expect(sent.members[1]?.dependsOn).toEqual(['birth-certificate']);
    expect(sent.promisedLimit).toEqual({ amount: 7, unit: 'workday' });
  });

  it('starts a new bundle with two members and the one output window', () => {
    const values = emptyBundleValues();
    expect(values.members).toHaveLength(2);
    expect(values.outputModes).toEqual(['together']);
    expect(values.audience).toBe('person');
  });

  it('offers the life stages of the audience only', () => {
    expect(lifeStageOptions('person').map((o) => o.label)).toEqual([
      '出生',
      '入学',
      '就业',
      '婚育',
      '住房',
      '退休',
      '身后',
    ]);
    expect(lifeStageOptions('enterprise')[0]).toEqual({ value: 'opening', label: '开办' });
    expect(stageFitsAudience('birth', 'person')).toBe(true);
    expect(stageFitsAudience('birth', 'enterprise')).toBe(false);
    expect(stageFitsAudience(undefined, 'person')).toBe(false);
  });

  it('offers the options of the questions for 适用情形, grouped by question', () => {
    const groups = whenOptionGroups(
      [...definition.questions, { question: '', options: [{ id: 'x', label: '' }] }, {}],
      (n) => `问题 ${n}`,
    );
    expect(groups).toEqual([
      {
        label: '是否申领社会保障卡？',
        options: [
          { value: 'card-yes', label: '申领（card-yes）' },
          { value: 'card-no', label: '暂不申领（card-no）' },
        ],
      },
      { label: '问题 2', options: [{ value: 'x', label: 'x（x）' }] },
    ]);
  });

  it('offers the other members (not the member itself, no blanks or repeats) as 前置成员', () => {
    const members = [
      { key: 'a', implementationId: IMPL_A },
      { key: 'b', implementationId: IMPL_B },
      { key: '' },
      { key: 'a' },
    ];
    const names: Record<string, string> = { [IMPL_A]: '出生医学证明（首次签发）' };
    expect(dependencyOptions(members, 1, (id) => names[id])).toEqual([
      { value: 'a', label: 'a（出生医学证明（首次签发））' },
    ]);
    expect(dependencyOptions(members, 0)).toEqual([{ value: 'b', label: 'b' }]);
  });
});
