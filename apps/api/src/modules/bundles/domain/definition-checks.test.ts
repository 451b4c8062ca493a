import type { BundleDefinition, Guide } from '@msb/contracts';
import { describe, expect, it } from 'vitest';
import { buildGuide } from '../../catalog/domain/test-guide.ts';
import {
  type DefinitionProblem,
  definitionProblems,
  limitProblems,
  type MemberFacts,
} from './definition-checks.ts';

const REGION = '150700000000'; // 呼伦贝尔市
const IMPL = {
  birthCert: '00000000-0000-4000-8000-000000000001',
  hukou: '00000000-0000-4000-8000-000000000002',
  medical: '00000000-0000-4000-8000-000000000003',
  card: '00000000-0000-4000-8000-000000000004',
  vaccination: '00000000-0000-4000-8000-000000000005',
  elsewhere: '00000000-0000-4000-8000-000000000006',
};

const personGuide = (name: string, promised: number, overrides: Partial<Guide> = {}) =>
  buildGuide({
    name,
    audience: ['person'],
    promisedLimit: { amount: promised, unit: 'workday' },
    ...overrides,
  });

// Promises: 出生医学证明 5, 出生登记 10, 医保 5, 社保卡 15, 预防接种证 3 working days. The longest chain is
// 出生医学证明 → 出生登记 → 社保卡 = 5 + 10 + 15 = 30.
const FACTS: ReadonlyMap<string, MemberFacts> = new Map([
  [IMPL.birthCert, { guide: personGuide('出生医学证明首次签发', 5), regionCode: '150700000000' }],
  [IMPL.hukou, { guide: personGuide('出生登记', 10), regionCode: '150702000000' }],
  [IMPL.medical, { guide: personGuide('城乡居民医保参保登记', 5), regionCode: null }],
  [IMPL.card, { guide: personGuide('社会保障卡申领', 15), regionCode: '150700000000' }],
  [IMPL.vaccination, { guide: personGuide('预防接种证办理', 3), regionCode: '150702000000' }],
  [IMPL.elsewhere, { guide: personGuide('包头市出生登记', 10), regionCode: '150200000000' }],
]);

function definition(overrides: Partial<BundleDefinition> = {}): BundleDefinition {
  return {
    name: '新生儿出生一件事',
    summary: '出生医学证明、户口登记、医保参保、社保卡、预防接种证一次办',
    audience: 'person',
    lifeStage: 'birth',
    leadOrgId: '00000000-0000-4000-8000-0000000000aa',
    questions: [
      {
        id: 'hukou-place',
        question: '新生儿在哪里落户？',
        multiple: false,
        options: [
          { id: 'hukou-here', label: '在本地落户' },
          { id: 'hukou-elsewhere', label: '在外地落户' },
        ],
      },
      {
        id: 'insurance',
        question: '是否同时办理医保参保和社会保障卡？',
        multiple: true,
        options: [
          { id: 'want-medical', label: '医保参保' },
          { id: 'want-card', label: '社会保障卡' },
        ],
      },
    ],
    members: [
      { key: 'birth-cert', implementationId: IMPL.birthCert, dependsOn: [] },
      { key: 'hukou', implementationId: IMPL.hukou, whenOptions: ['hukou-here'], dependsOn: ['birth-cert'] },
      { key: 'medical', implementationId: IMPL.medical, whenOptions: ['want-medical'], dependsOn: ['hukou'] },
      { key: 'card', implementationId: IMPL.card, whenOptions: ['want-card'], dependsOn: ['hukou'] },
      { key: 'vaccination', implementationId: IMPL.vaccination, dependsOn: ['birth-cert'] },
    ],
    promisedLimit: { amount: 30, unit: 'workday' },
    outputWindow: '一件事综合窗口（出件）',
    outputModes: ['together', 'post'],
    basis: '国发〔2024〕3号',
    ...overrides,
  };
}

type Members = BundleDefinition['members'];
/** The base members with member `i` changed. */
const changeMember = (i: number, change: Partial<Members[number]>): Members =>
  definition().members.map((m, j) => (j === i ? { ...m, ...change } : m));
const withFacts = (implementationId: string, facts: MemberFacts) =>
  new Map([...FACTS, [implementationId, facts]]);

describe('definitionProblems', () => {
  it('accepts a valid definition, including a promise equal to the longest chain', () => {
    expect(definitionProblems(definition(), FACTS, REGION)).toEqual([]);
  });

  it.each<[string, BundleDefinition, ReadonlyMap<string, MemberFacts>, DefinitionProblem[]]>([
    [
      'duplicate member keys',
      definition({
        members: [...definition().members, { key: 'hukou', implementationId: IMPL.hukou, dependsOn: [] }],
      }),
      FACTS,
      [
        { field: 'members.5.key', message: '成员编号“hukou”重复' },
        { field: 'members.5.implementationId', message: '同一事项在本一件事中重复列为成员' },
      ],
    ],
    [
      'the same item listed twice under two keys',
      definition({
        members: [...definition().members, { key: 'hukou-2', implementationId: IMPL.hukou, dependsOn: [] }],
      }),
      FACTS,
      [{ field: 'members.5.implementationId', message: '同一事项在本一件事中重复列为成员' }],
    ],
    [
      'an option id under two questions',
      definition({
        questions: definition().questions.map((q, i) =>
          i === 1
            ? { ...q, options: q.options.map((o, j) => (j === 0 ? { ...o, id: 'hukou-here' } : o)) }
            : q,
        ),
        members: changeMember(2, { whenOptions: ['want-card'] }),
      }),
      FACTS,
      [{ field: 'questions.1.options.0.id', message: '选项编号“hukou-here”在多个问题中重复' }],
    ],
    [
      'duplicate question ids',
      definition({
        questions: definition().questions.map((q) => ({ ...q, id: 'hukou-place' })),
      }),
      FACTS,
      [{ field: 'questions.1.id', message: '问题编号“hukou-place”重复' }],
    ],
    [
      'a whenOptions that is no option of the questions',
      definition({ members: changeMember(1, { whenOptions: ['hukou-here', 'hukou-abroad'] }) }),
      FACTS,
      [{ field: 'members.1.whenOptions', message: '适用情形“hukou-abroad”不是情形引导中的选项' }],
    ],
    [
      'a question id is not an option',
      definition({ members: changeMember(3, { whenOptions: ['insurance'] }) }),
      FACTS,
      [{ field: 'members.3.whenOptions', message: '适用情形“insurance”不是情形引导中的选项' }],
    ],
    [
      'a dependency on an unknown member',
      definition({ members: changeMember(3, { dependsOn: ['hukou', 'passport'] }) }),
      FACTS,
      [{ field: 'members.3.dependsOn.1', message: '依赖的成员“passport”不存在' }],
    ],
    [
      'a self-dependency, which is also the shortest cycle',
      definition({ members: changeMember(4, { dependsOn: ['birth-cert', 'vaccination'] }) }),
      FACTS,
      [
        { field: 'members.4.dependsOn.1', message: '成员事项不能依赖自身' },
        { field: 'members', message: '成员事项之间存在循环依赖：vaccination → vaccination' },
      ],
    ],
    [
      'a cycle, named by its path',
      definition({ members: changeMember(0, { dependsOn: ['card'] }) }),
      FACTS,
      [{ field: 'members', message: '成员事项之间存在循环依赖：birth-cert → card → hukou → birth-cert' }],
    ],
    [
      'an unpublished member',
      definition(),
      withFacts(IMPL.card, { guide: null, regionCode: '150700000000' }),
      [{ field: 'members.3.implementationId', message: '成员事项不存在或尚未发布' }],
    ],
    [
      'a member the catalogue does not have',
      definition({ members: changeMember(2, { implementationId: '00000000-0000-4000-8000-00000000dead' }) }),
      FACTS,
      [{ field: 'members.2.implementationId', message: '成员事项不存在或尚未发布' }],
    ],
    [
      'a member for enterprises in a person bundle',
      definition(),
      withFacts(IMPL.medical, {
        guide: personGuide('企业职工参保登记', 5, { audience: ['legal_person'] }),
        regionCode: null,
      }),
      [{ field: 'members.2.implementationId', message: '“企业职工参保登记”不面向自然人办理' }],
    ],
    [
      'a member outside the bundle region',
      definition({ members: changeMember(1, { implementationId: IMPL.elsewhere }) }),
      FACTS,
      [{ field: 'members.1.implementationId', message: '成员事项不在本一件事所属区划内' }],
    ],
    [
      'a promise over 45 working days (行政许可法 第四十二条第二款)',
      definition({ promisedLimit: { amount: 46, unit: 'workday' } }),
      FACTS,
      [
        {
          field: 'promisedLimit.amount',
          message: '联合办理期限不得超过 45 个工作日（行政许可法 第四十二条第二款）',
        },
      ],
    ],
    [
      'a promise in natural days',
      definition({ promisedLimit: { amount: 30, unit: 'natural' } }),
      FACTS,
      [{ field: 'promisedLimit.unit', message: '一件事承诺时限按工作日计算（行政许可法 第八十二条）' }],
    ],
    [
      'a promise shorter than the longest chain of member promises',
      definition({ promisedLimit: { amount: 29, unit: 'workday' } }),
      FACTS,
      [
        {
          field: 'promisedLimit.amount',
          message:
            '承诺时限 29 个工作日短于前后衔接的成员事项承诺时限之和 30 个工作日（birth-cert → hukou → card）',
        },
      ],
    ],
  ])('%s', (_, given, facts, expected) => {
    expect(definitionProblems(given, facts, REGION)).toEqual(expected);
  });

  it('accepts 45 working days exactly', () => {
    expect(
      definitionProblems(definition({ promisedLimit: { amount: 45, unit: 'workday' } }), FACTS, REGION),
    ).toEqual([]);
  });

  it('checks the audience of an enterprise bundle too, and accepts a guide for both', () => {
    const both = personGuide('两类主体均可办理', 5, { audience: ['person', 'legal_person'] });
    const facts = new Map([...FACTS].map(([id, f]) => [id, id === IMPL.medical ? { ...f, guide: both } : f]));
    const problems = definitionProblems(
      definition({ audience: 'enterprise', lifeStage: 'opening' }),
      facts,
      REGION,
    );
    expect(problems.map((p) => p.field)).toEqual([
      'members.0.implementationId',
      'members.1.implementationId',
      'members.3.implementationId',
      'members.4.implementationId',
    ]);
    expect(problems[0]?.message).toBe('“出生医学证明首次签发”不面向法人办理');
  });

  it('reports every problem at once and never throws on a cycle', () => {
    const problems = definitionProblems(
      definition({
        members: [
          { key: 'a', implementationId: IMPL.birthCert, whenOptions: ['nope'], dependsOn: ['b'] },
          { key: 'b', implementationId: IMPL.elsewhere, dependsOn: ['a'] },
        ],
        promisedLimit: { amount: 60, unit: 'workday' },
      }),
      FACTS,
      REGION,
    );
    expect(problems.map((p) => p.field)).toEqual([
      'members.0.whenOptions',
      'members.1.implementationId',
      'members',
    ]);
  });
});

describe('limitProblems', () => {
  const members = definition().members;

  it.each<[string, number, ReadonlyMap<string, MemberFacts>, string[]]>([
    ['promise equals the chain', 30, FACTS, []],
    [
      'promise one day short',
      29,
      FACTS,
      ['承诺时限 29 个工作日短于前后衔接的成员事项承诺时限之和 30 个工作日（birth-cert → hukou → card）'],
    ],
    [
      // a natural-day member promise counts as that many working days (an upper bound)
      'a member promise in natural days',
      30,
      withFacts(IMPL.card, {
        guide: buildGuide({ audience: ['person'], promisedLimit: { amount: 20, unit: 'natural' } }),
        regionCode: null,
      }),
      ['承诺时限 30 个工作日短于前后衔接的成员事项承诺时限之和 35 个工作日（birth-cert → hukou → card）'],
    ],
    [
      // an unpublished member adds nothing (definitionProblems reports it on its own): 5 + 0 + 15
      'an unpublished member counts as zero',
      10,
      withFacts(IMPL.hukou, { guide: null, regionCode: null }),
      ['承诺时限 10 个工作日短于前后衔接的成员事项承诺时限之和 20 个工作日（birth-cert → hukou → card）'],
    ],
  ])('%s', (_, amount, facts, messages) => {
    const problems = limitProblems({ members, promisedLimit: { amount, unit: 'workday' } }, facts);
    expect(problems.map((p) => p.message)).toEqual(messages);
    for (const p of problems) expect(p.field).toBe('promisedLimit.amount');
  });
});
