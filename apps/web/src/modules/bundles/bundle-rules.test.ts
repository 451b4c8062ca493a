import type { BundleAnswers, BundleDetailView, BundleSummaryView } from '@msb/contracts';
import { describe, expect, test } from 'vitest';
import { answersFromParam, answersParam } from './bundle-answers.ts';
import {
  answersToSend,
  bundleFieldProblemsOf,
  bundleForm,
  correctionLines,
  deliverableMembers,
  guideComplete,
  materialLabels,
  materialRows,
  memberNames,
  memberTone,
  provenanceHelp,
  selectedMembers,
  withMembers,
} from './bundle-rules.ts';
import {
  bundleFormIntro,
  itemNames,
  memberStatus,
  noticeLines,
  outputNote,
  outputSummary,
} from './bundle-texts.ts';
import { groupByLifeStage } from './life-stages.ts';

const situation = (id: string, options: string[], multiple = false) => ({
  id,
  question: `问题${id}`,
  multiple,
  options: options.map((o) => ({ id: o, label: `选项${o}` })),
});

const member = (
  key: string,
  whenOptions: string[] = [],
  situations = [] as ReturnType<typeof situation>[],
) => ({
  key,
  implementationId: `impl-${key}`,
  itemName: `事项${key}`,
  orgName: `部门${key}`,
  whenOptions,
  dependsOn: [],
  promisedLimit: { amount: 5, unit: 'workday' as const },
  situations,
});

const detail: Pick<BundleDetailView, 'members' | 'questions'> = {
  questions: [situation('insured', ['yes', 'no']), situation('extra', ['card', 'none'], true)],
  members: [
    member('cert'),
    member('hukou', [], [situation('where', ['local', 'other'])]),
    member('card', ['card']),
    member('insurance', ['yes'], [situation('pay', ['now', 'later'])]),
  ],
};

describe('answers in the address', () => {
  test.each<BundleAnswers>([
    { bundle: {}, members: {} },
    { bundle: { insured: ['yes'], extra: ['card', 'none'] }, members: { hukou: { where: ['local'] } } },
    { bundle: { 问题: ['中文选项'] }, members: {} },
  ])('round-trips %j as base64url', (answers) => {
    const param = answersParam(answers);
    expect(param).toMatch(/^[A-Za-z0-9_-]*$/);
    expect(answersFromParam(param)).toEqual(answers);
  });

  test.each([null, '', '!!!', answersParam({ bundle: { a: 'x' } } as unknown as BundleAnswers), 'bnVsbA'])(
    'refuses a damaged parameter %j',
    (param) => expect(answersFromParam(param)).toBeNull(),
  );
});

describe('selectedMembers', () => {
  test.each([
    [{}, ['cert', 'hukou']],
    [{ insured: ['no'] }, ['cert', 'hukou']],
    [{ insured: ['yes'] }, ['cert', 'hukou', 'insurance']],
    [{ insured: ['yes'], extra: ['card'] }, ['cert', 'hukou', 'card', 'insurance']],
  ])('answers %j select %j', (bundle, keys) => {
    expect(selectedMembers(detail, { bundle, members: {} }).map((m) => m.key)).toEqual(keys);
  });
});

describe('answersToSend and guideComplete', () => {
  const answers: BundleAnswers = {
    bundle: { insured: ['no'], extra: [], gone: ['x'] },
    members: { hukou: { where: ['local'], old: ['x'] }, insurance: { pay: ['now'] } },
  };
  test('keeps only asked questions and selected members', () => {
    expect(answersToSend(detail, answers)).toEqual({
      bundle: { insured: ['no'] },
      members: { hukou: { where: ['local'] } },
    });
  });
  test('complete only when the bundle and every selected member are answered', () => {
    expect(guideComplete(detail, answers)).toBe(false); // extra unanswered
    const full = { ...answers, bundle: { insured: ['yes'], extra: ['none'] } };
    expect(guideComplete(detail, full)).toBe(true);
    expect(guideComplete(detail, { ...full, members: { hukou: { where: ['local'] } } })).toBe(false);
  });
});

test('groupByLifeStage keeps the order of a life and the audience', () => {
  const summary = (id: string, audience: 'person' | 'enterprise', lifeStage: string) =>
    ({ id, audience, lifeStage }) as unknown as BundleSummaryView;
  const list = [
    summary('a', 'person', 'after_death'),
    summary('b', 'person', 'birth'),
    summary('c', 'enterprise', 'opening'),
    summary('d', 'person', 'birth'),
  ];
  expect(groupByLifeStage(list, 'person').map((g) => [g.label, g.bundles.map((b) => b.id)])).toEqual([
    ['出生', ['b', 'd']],
    ['身后', ['a']],
  ]);
  expect(groupByLifeStage(list, 'enterprise').map((g) => g.label)).toEqual(['开办']);
});

const plan = {
  members: [
    { key: 'cert', itemName: '出生医学证明', orgName: '', dependsOn: [] },
    { key: 'hukou', itemName: '出生登记', orgName: '', dependsOn: ['cert'] },
  ],
  form: {
    schema: {},
    provenance: [{ key: 'applicant.name', members: ['cert', 'hukou'], rule: '' }],
    conflicts: [],
    readOnly: [],
  },
  materials: [
    {
      materialId: 'id-card',
      name: '身份证',
      requirement: 'required' as const,
      members: ['hukou'],
      requiredBy: ['hukou'],
      originals: 1,
      copies: 1,
      media: 'paper' as const,
      allowMissing: false,
      commitmentAllowed: false,
    },
  ],
};

describe('problems name the members that ask', () => {
  test('from the entry, from the provenance, or not at all', () => {
    const details = {
      fields: [
        { field: 'formData.applicant.name', message: '请填写姓名', members: ['hukou'] },
        { field: 'formData.applicant.name', message: '姓名过长' },
        { field: 'materials.id-card', message: '请上传身份证' },
        { field: 'outputMode', message: '请选择出件方式' },
        { field: 1, message: 'x' },
      ],
    };
    const raw = bundleFieldProblemsOf(details);
    expect(raw).toHaveLength(4);
    expect(withMembers(raw, plan).map((p) => p.message)).toEqual([
      '请填写姓名（出生登记需要）',
      '姓名过长（出生医学证明、出生登记需要）',
      '请上传身份证（出生登记需要）',
      '请选择出件方式',
    ]);
  });
  test('no details, no problems', () => expect(bundleFieldProblemsOf(undefined)).toEqual([]));
});

test('memberNames and provenanceHelp', () => {
  expect(memberNames(['hukou', 'gone'], plan.members)).toBe('出生登记、gone');
  expect(provenanceHelp(plan)).toEqual({ 'applicant.name': '出生医学证明、出生登记需要' });
});

test('member tones, deliverable members and the correction lines', () => {
  expect(memberTone({ state: 'in_review', held: false })).toBe('progress');
  expect(memberTone({ state: 'draft', held: true })).toBe('neutral');
  // a decision revoked after a false commitment (告知承诺) shows as such, not as an unknown state
  expect(memberTone({ state: 'revoked', held: false })).toBe('danger');
  expect(memberTone({ state: 'no-such-state', held: false })).toBe('neutral');
  expect(memberTone({ state: 'approved', held: false })).toBe('success');
  expect(memberTone({ state: 'unknown', held: false })).toBe('neutral');
  const members = [
    { key: 'a', itemName: 'A', decision: 'approved', delivered: false },
    { key: 'b', itemName: 'B', decision: null, delivered: false },
    { key: 'c', itemName: 'C', decision: 'denied', delivered: true },
  ] as unknown as Parameters<typeof deliverableMembers>[0]['members'];
  expect(deliverableMembers({ members }).map((m) => m.key)).toEqual(['a']);
  expect(correctionLines({ members, correctionItems: [{ memberKey: 'b', items: ['缺少照片'] }] })).toEqual([
    { memberKey: 'b', itemName: 'B', items: ['缺少照片'] },
  ]);
  expect(correctionLines({ members, correctionItems: null })).toEqual([]);
});

test("bundleForm keeps the platform's facts read-only as the server lists them", () => {
  const schema = { properties: { 'applicant.name': {}, 'applicant.idNumber': {}, 'child.name': {} } };
  const readOnly = ['applicant.name', 'applicant.idNumber'];
  expect(bundleForm({ form: { schema, provenance: [], conflicts: [], readOnly } }).form).toEqual({
    schema,
    readOnly,
  });
});

test('materialLabels names the members only where two materials share a name', () => {
  const [base] = plan.materials;
  if (!base) throw new Error('no material');
  const twin = (materialId: string, members: string[]) => ({ ...base, materialId, members, name: '户口簿' });
  const labels = materialLabels({
    members: plan.members,
    materials: [...plan.materials, twin('a', ['cert']), twin('b', ['hukou'])],
  });
  expect([...labels.values()]).toEqual(['身份证', '户口簿（出生医学证明）', '户口簿（出生登记）']);
});

test('member states, the output summary and note, the item names and the form intro', () => {
  const members = [
    {
      key: 'a',
      itemName: 'A',
      held: false,
      waitingFor: [],
      stateLabel: '审查中',
      decision: 'approved',
      delivered: true,
    },
    {
      key: 'b',
      itemName: 'B',
      held: true,
      waitingFor: ['a'],
      stateLabel: '待提交',
      decision: null,
      delivered: false,
    },
  ];
  expect(memberStatus(members[0] as (typeof members)[number], members)).toBe('审查中');
  expect(memberStatus(members[1] as (typeof members)[number], members)).toBe('等待A办结');
  expect(outputSummary({ members } as unknown as Parameters<typeof outputSummary>[0])).toBe(
    '2 个事项中，已办结 1 个，已送达 1 个。',
  );
  const output = { postalAddress: '某路 1 号', outputWindow: '综合窗口' };
  expect(outputNote({ ...output, outputMode: 'post' })).toBe('全部办结后一次邮寄至：某路 1 号');
  expect(outputNote({ ...output, outputMode: 'each' })).toBe('逐项办结后可在“综合窗口”领取或在线下载。');
  expect(outputNote({ ...output, outputMode: 'together' })).toBe('全部办结后在“综合窗口”一次领取。');
  expect(itemNames(plan.members)).toBe('出生医学证明、出生登记');
  expect(bundleFormIntro(plan)).toBe(
    '本表合并了 2 个事项的申请表（出生医学证明、出生登记），同一信息只需填写一次。',
  );
});

test('the notice lines: members with what they wait for, those left out, the stages', () => {
  const lines = noticeLines({
    members: plan.members,
    skipped: [{ key: 'card', itemName: '社会保障卡申领', reason: '未选择' }],
    stages: [['cert'], ['hukou', 'gone']],
  } as unknown as Parameters<typeof noticeLines>[0]);
  expect(lines.members.map((m) => m.after)).toEqual([null, '（在出生医学证明办结后办理）']);
  expect(lines.skipped).toEqual([{ key: 'card', text: '社会保障卡申领（未选择）' }]);
  expect(lines.stages).toEqual([
    { key: 'cert', text: '第 1 环节：出生医学证明' },
    { key: 'hukou,gone', text: '第 2 环节（并联办理）：出生登记、gone' },
  ]);
});

test('materialRows: each material with its label and files, its problems only while it has none', () => {
  const view = {
    plan,
    materials: [{ materialId: 'id-card', files: [{ fileName: 'a.pdf', source: 'upload' }] }],
  };
  const problems = { 'id-card': ['请上传身份证'] };
  const [row] = materialRows(view as unknown as Parameters<typeof materialRows>[0], problems);
  expect(row).toMatchObject({ label: '身份证', problems: [] });
  expect(row?.files).toHaveLength(1);
  const [missing] = materialRows(
    { ...view, materials: [] } as unknown as Parameters<typeof materialRows>[0],
    problems,
  );
  expect(missing).toMatchObject({ files: [], problems: ['请上传身份证'] });
});
