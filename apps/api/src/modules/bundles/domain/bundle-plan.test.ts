// A small 新生儿出生一件事: 出生医学证明 and 预防接种证 always; 出生登记 when the child is registered here; 医保参保
// and 社保卡 when chosen, both after 出生登记. Guides start from the catalogue's test guide and replace what matters.
import type { ApplicationFormField, BundleAnswers, Guide, Situation } from '@msb/contracts';
import { describe, expect, it } from 'vitest';
import { buildGuide, buildMaterial } from '../../catalog/domain/test-guide.ts';
import {
  answerProblems,
  bundleForm,
  bundleFormErrors,
  bundleMaterials,
  planBundle,
  type ResolvedMember,
  selectMembers,
} from './bundle-plan.ts';

const NOW = new Date('2026-03-02T09:00:00+08:00');

const HUKOU_QUESTION = '新生儿在哪里落户？';
const INSURANCE_QUESTION = '是否同时为新生儿办理医保参保和社会保障卡？';
const QUESTIONS: Situation[] = [
  {
    id: 'hukou-place',
    question: HUKOU_QUESTION,
    multiple: false,
    options: [
      { id: 'hukou-here', label: '在本地落户' },
      { id: 'hukou-elsewhere', label: '在外地落户' },
    ],
  },
  {
    id: 'insurance',
    question: INSURANCE_QUESTION,
    multiple: true,
    options: [
      { id: 'want-medical', label: '城乡居民医保参保' },
      { id: 'want-card', label: '社会保障卡' },
    ],
  },
];
const DEFINITION = { questions: QUESTIONS, audience: 'person' as const };

const field = (
  key: string,
  required: boolean,
  extra: Partial<ApplicationFormField> = {},
): ApplicationFormField => ({
  key,
  required,
  ...extra,
});
const MARRIED = { key: 'marriage.status', equals: '20' };

function member(
  key: string,
  itemName: string,
  orgName: string,
  guide: Partial<Guide>,
  links: { whenOptions?: string[]; dependsOn?: string[] } = {},
): ResolvedMember {
  return {
    key,
    itemName,
    orgName,
    dependsOn: links.dependsOn ?? [],
    ...(links.whenOptions ? { whenOptions: links.whenOptions } : {}),
    guide: buildGuide({ name: itemName, audience: ['person'], situations: [], ...guide }),
  };
}

const BIRTH_CERT = member('birth-cert', '出生医学证明首次签发', '市卫生健康委员会', {
  situations: [
    {
      id: 'birth-place',
      question: '新生儿在哪里出生？',
      multiple: false,
      options: [
        { id: 'in-hospital', label: '在具有助产资质的医疗机构内出生' },
        { id: 'out-of-hospital', label: '在医疗机构外出生' },
      ],
    },
  ],
  materials: [
    buildMaterial({
      id: 'mother-id',
      name: '新生儿母亲居民身份证',
      originals: 1,
      copies: 0,
      allowMissing: true,
      commitmentAllowed: true,
      requirements: '原件核验',
    }),
    buildMaterial({
      id: 'paternity-test',
      name: '亲子鉴定证明',
      requirement: 'conditional',
      whenOptions: ['out-of-hospital'],
    }),
  ],
  applicationForm: {
    fields: [
      field('child.name', true, { overrides: { maxLength: 30 } }),
      field('child.birthDate', true),
      field('child.gender', true),
    ],
  },
});

const HUKOU = member(
  'hukou',
  '出生登记',
  '市公安局',
  {
    situations: [
      {
        id: 'parents-marriage',
        question: '新生儿父母的婚姻状况？',
        multiple: false,
        options: [
          { id: 'married', label: '婚内生育' },
          { id: 'unmarried', label: '非婚生育' },
        ],
      },
    ],
    materials: [
      buildMaterial({
        id: 'mother-id',
        name: '新生儿母亲居民身份证',
        originals: 1,
        copies: 1,
        allowMissing: false,
        commitmentAllowed: true,
      }),
      buildMaterial({ id: 'birth-certificate', name: '出生医学证明', source: 'government', originals: 1 }),
      buildMaterial({ id: 'household-book', name: '居民户口簿', originals: 1, copies: 0, media: 'paper' }),
      buildMaterial({
        id: 'marriage-cert',
        name: '结婚证',
        requirement: 'conditional',
        whenOptions: ['married'],
      }),
      buildMaterial({
        id: 'unmarried-statement',
        name: '非婚生育说明',
        requirement: 'conditional',
        whenOptions: ['unmarried'],
      }),
    ],
    applicationForm: {
      fields: [
        field('child.name', true, { overrides: { maxLength: 20 } }),
        field('child.birthCertificateNumber', true),
        field('marriage.status', true),
        field('spouse.name', true, { when: MARRIED }),
      ],
    },
  },
  { whenOptions: ['hukou-here'], dependsOn: ['birth-cert'] },
);

const MEDICAL = member(
  'medical',
  '城乡居民基本医疗保险参保登记',
  '市医疗保障局',
  {
    materials: [
      buildMaterial({
        id: 'household-book',
        name: '居民户口簿',
        requirement: 'optional',
        originals: 0,
        copies: 1,
        media: 'electronic',
        allowMissing: true,
        commitmentAllowed: true,
      }),
    ],
    applicationForm: { fields: [field('child.name', true), field('child.birthDate', true)] },
  },
  { whenOptions: ['want-medical'], dependsOn: ['hukou'] },
);

const CARD = member(
  'card',
  '社会保障卡申领',
  '市人力资源和社会保障局',
  {
    materials: [buildMaterial({ id: 'photo', name: '近期免冠白底彩色电子照片', media: 'electronic' })],
    applicationForm: { fields: [field('child.name', true)] },
  },
  { whenOptions: ['want-card'], dependsOn: ['hukou'] },
);

const VACCINATION = member(
  'vaccination',
  '预防接种证办理',
  '市疾病预防控制中心',
  { materials: [], applicationForm: { fields: [field('child.name', true)] } },
  { dependsOn: ['birth-cert'] },
);

/** In definition order, which is not the handling order. */
const MEMBERS = [BIRTH_CERT, HUKOU, MEDICAL, CARD, VACCINATION];
const keys = (list: readonly { key: string }[]) => list.map((m) => m.key);
const answers = (bundle: BundleAnswers['bundle'], members: BundleAnswers['members'] = {}): BundleAnswers => ({
  bundle,
  members,
});

const NOT_NEEDED = '根据您选择的情形，无需办理此事项';
const ANSWER_INSURANCE = `请先回答：${INSURANCE_QUESTION}`;
const ANSWER_HUKOU = `请先回答：${HUKOU_QUESTION}`;

describe('selectMembers', () => {
  it.each<[string, BundleAnswers['bundle'], string[], [string, string][]]>([
    [
      'everything chosen',
      { 'hukou-place': ['hukou-here'], insurance: ['want-medical', 'want-card'] },
      ['birth-cert', 'hukou', 'medical', 'card', 'vaccination'],
      [],
    ],
    [
      'one insurance option chosen: the other member is not needed',
      { 'hukou-place': ['hukou-here'], insurance: ['want-medical'] },
      ['birth-cert', 'hukou', 'medical', 'vaccination'],
      [['card', NOT_NEEDED]],
    ],
    [
      'registered elsewhere: 出生登记 is not needed, 社保卡 still is',
      { 'hukou-place': ['hukou-elsewhere'], insurance: ['want-card'] },
      ['birth-cert', 'card', 'vaccination'],
      [
        ['hukou', NOT_NEEDED],
        ['medical', NOT_NEEDED],
      ],
    ],
    [
      'insurance question unanswered: its members wait for the answer, naming the question',
      { 'hukou-place': ['hukou-here'] },
      ['birth-cert', 'hukou', 'vaccination'],
      [
        ['medical', ANSWER_INSURANCE],
        ['card', ANSWER_INSURANCE],
      ],
    ],
    [
      'an empty answer is unanswered',
      { 'hukou-place': ['hukou-here'], insurance: [] },
      ['birth-cert', 'hukou', 'vaccination'],
      [
        ['medical', ANSWER_INSURANCE],
        ['card', ANSWER_INSURANCE],
      ],
    ],
    [
      'nothing answered: only the members that always apply',
      {},
      ['birth-cert', 'vaccination'],
      [
        ['hukou', ANSWER_HUKOU],
        ['medical', ANSWER_INSURANCE],
        ['card', ANSWER_INSURANCE],
      ],
    ],
  ])('%s', (_, bundle, selected, skipped) => {
    const result = selectMembers(DEFINITION, MEMBERS, bundle);
    expect(keys(result.selected)).toEqual(selected);
    expect(result.skipped.map((s) => [s.key, s.reason])).toEqual(skipped);
  });

  it('names the item of a skipped member', () => {
    const { skipped } = selectMembers(DEFINITION, MEMBERS, { 'hukou-place': ['hukou-elsewhere'] });
    expect(skipped[0]).toEqual({ key: 'hukou', itemName: '出生登记', reason: NOT_NEEDED });
  });

  it('a member whose options span two questions waits only for the unanswered one', () => {
    const either = member(
      'either',
      '任一情形',
      '某局',
      {},
      { whenOptions: ['hukou-elsewhere', 'want-card'] },
    );
    const { skipped } = selectMembers(DEFINITION, [either], { 'hukou-place': ['hukou-here'] });
    expect(skipped).toEqual([{ key: 'either', itemName: '任一情形', reason: ANSWER_INSURANCE }]);
  });
});

describe('planBundle', () => {
  it('everything chosen: members in handling order, stages, dependencies', () => {
    const plan = planBundle(
      DEFINITION,
      MEMBERS,
      answers({ 'hukou-place': ['hukou-here'], insurance: ['want-medical', 'want-card'] }),
    );
    expect(plan.stages).toEqual([['birth-cert'], ['hukou', 'vaccination'], ['medical', 'card']]);
    // BUNDLES.md: "the members that apply, in handling order" (the definition lists 预防接种证 last)
    expect(plan.members).toEqual([
      { key: 'birth-cert', itemName: '出生医学证明首次签发', orgName: '市卫生健康委员会', dependsOn: [] },
      { key: 'hukou', itemName: '出生登记', orgName: '市公安局', dependsOn: ['birth-cert'] },
      {
        key: 'vaccination',
        itemName: '预防接种证办理',
        orgName: '市疾病预防控制中心',
        dependsOn: ['birth-cert'],
      },
      {
        key: 'medical',
        itemName: '城乡居民基本医疗保险参保登记',
        orgName: '市医疗保障局',
        dependsOn: ['hukou'],
      },
      { key: 'card', itemName: '社会保障卡申领', orgName: '市人力资源和社会保障局', dependsOn: ['hukou'] },
    ]);
    expect(plan.skipped).toEqual([]);
  });

  it('stages and dependencies only among the selected members', () => {
    const plan = planBundle(
      DEFINITION,
      MEMBERS,
      answers({ 'hukou-place': ['hukou-elsewhere'], insurance: ['want-card'] }),
    );
    expect(plan.stages).toEqual([['birth-cert', 'card'], ['vaccination']]);
    // 社保卡 depends on 出生登记, which is not selected: nothing to wait for
    expect(plan.members.map((m) => [m.key, m.dependsOn])).toEqual([
      ['birth-cert', []],
      ['card', []],
      ['vaccination', ['birth-cert']],
    ]);
    expect(keys(plan.skipped)).toEqual(['hukou', 'medical']);
  });

  it('materials and form come from the selected members only', () => {
    const plan = planBundle(
      DEFINITION,
      MEMBERS,
      answers({ 'hukou-place': ['hukou-elsewhere'], insurance: ['want-card'] }),
    );
    expect(plan.materials.map((m) => [m.materialId, m.members])).toEqual([
      ['mother-id', ['birth-cert']],
      ['paternity-test', ['birth-cert']],
      ['photo', ['card']],
    ]);
    const formKeys = plan.form.definition.fields.map((f) => f.key);
    expect(formKeys).not.toContain('child.birthCertificateNumber'); // only 出生登记 asks it
    expect(plan.form.provenance.find((p) => p.key === 'child.name')?.members).toEqual([
      'birth-cert',
      'card',
      'vaccination',
    ]);
  });
});

describe('answerProblems', () => {
  const COMPLETE = answers(
    { 'hukou-place': ['hukou-here'], insurance: ['want-medical', 'want-card'] },
    { 'birth-cert': { 'birth-place': ['in-hospital'] }, hukou: { 'parents-marriage': ['married'] } },
  );

  it.each<[string, BundleAnswers, boolean, { field: string; message: string }[]]>([
    ['complete and valid', COMPLETE, true, []],
    ['nothing answered, not yet submitting', answers({}), false, []],
    [
      'an unknown question',
      answers({ 'hukou-place': ['hukou-here'], pets: ['cat'] }),
      false,
      [{ field: 'answers.bundle.pets', message: '没有编号为“pets”的问题' }],
    ],
    [
      'an unknown option',
      answers({ 'hukou-place': ['hukou-abroad'] }),
      false,
      [{ field: 'answers.bundle.hukou-place', message: `“${HUKOU_QUESTION}”没有选项 hukou-abroad` }],
    ],
    [
      'two options on a single-choice question',
      answers({ 'hukou-place': ['hukou-here', 'hukou-elsewhere'] }),
      false,
      [{ field: 'answers.bundle.hukou-place', message: `“${HUKOU_QUESTION}”只能选择一项` }],
    ],
    [
      'two options on a multiple-choice question',
      answers({ insurance: ['want-medical', 'want-card'] }),
      false,
      [],
    ],
    [
      'unanswered questions are reported only when submitting',
      answers({ 'hukou-place': ['hukou-here'], insurance: [] }, COMPLETE.members),
      true,
      [{ field: 'answers.bundle.insurance', message: `请回答：${INSURANCE_QUESTION}` }],
    ],
    [
      'an unknown member key',
      answers(COMPLETE.bundle, { ...COMPLETE.members, passport: { x: ['y'] } }),
      true,
      [{ field: 'answers.members.passport', message: '本一件事没有成员事项“passport”' }],
    ],
    [
      'a member situation is checked against that member guide',
      answers(COMPLETE.bundle, { ...COMPLETE.members, hukou: { 'parents-marriage': ['divorced'] } }),
      false,
      [
        {
          field: 'answers.members.hukou.parents-marriage',
          message: '“新生儿父母的婚姻状况？”没有选项 divorced',
        },
      ],
    ],
    [
      "another member's situation is unknown to this member",
      answers(COMPLETE.bundle, { ...COMPLETE.members, hukou: { 'birth-place': ['in-hospital'] } }),
      false,
      [{ field: 'answers.members.hukou.birth-place', message: '没有编号为“birth-place”的问题' }],
    ],
    [
      "a member's unanswered situation is reported when submitting",
      answers(COMPLETE.bundle, { 'birth-cert': { 'birth-place': ['in-hospital'] } }),
      true,
      [{ field: 'answers.members.hukou.parents-marriage', message: '请回答：新生儿父母的婚姻状况？' }],
    ],
  ])('%s', (_, given, complete, expected) => {
    expect(answerProblems(DEFINITION, MEMBERS, given, { complete })).toEqual(expected);
  });

  it('reports every question when nothing is answered and the application is submitted', () => {
    expect(answerProblems(DEFINITION, MEMBERS, answers({}), { complete: true }).map((p) => p.field)).toEqual([
      'answers.bundle.hukou-place',
      'answers.bundle.insurance',
      'answers.members.birth-cert.birth-place',
      'answers.members.hukou.parents-marriage',
    ]);
  });
});

describe('bundleMaterials', () => {
  const ALL = [BIRTH_CERT, HUKOU, MEDICAL, CARD];
  const byId = (list: ReturnType<typeof bundleMaterials>) => new Map(list.map((m) => [m.materialId, m]));

  it('lists a shared material once, with the strongest requirement and the most originals and copies', () => {
    const mine = byId(bundleMaterials(ALL, answers({}, { hukou: { 'parents-marriage': ['married'] } })));
    expect(mine.get('mother-id')).toEqual({
      materialId: 'mother-id',
      guideMaterialId: 'mother-id',
      name: '新生儿母亲居民身份证',
      requirement: 'required',
      members: ['birth-cert', 'hukou'],
      requiredBy: ['birth-cert', 'hukou'],
      originals: 1,
      copies: 1, // 出生登记 keeps a copy, 出生医学证明 none
      media: 'paper',
      allowMissing: false, // 出生医学证明 allows 容缺, 出生登记 does not
      commitmentAllowed: true, // both allow 告知承诺
      requirements: '原件核验',
    });
    // required by 出生登记, optional for 医保参保: required, but only 出生登记 must have it to submit
    expect(mine.get('household-book')).toMatchObject({
      requirement: 'required',
      members: ['hukou', 'medical'],
      requiredBy: ['hukou'],
      originals: 1,
      copies: 1,
      media: 'both',
      allowMissing: false,
      commitmentAllowed: false,
    });
  });

  it('takes the strongest requirement whichever member comes first', () => {
    const list = bundleMaterials([MEDICAL, HUKOU], answers({}));
    expect(list.find((m) => m.materialId === 'household-book')).toMatchObject({
      requirement: 'required',
      members: ['medical', 'hukou'],
      requiredBy: ['hukou'],
      originals: 1,
      copies: 1,
    });
  });

  it('allows 容缺 and 告知承诺 when every member needing it allows them', () => {
    const name = MEDICAL.guide.materials.find((m) => m.id === 'household-book')?.name ?? '';
    const both = member('medical-2', '另一参保事项', '某局', {
      materials: [buildMaterial({ id: 'household-book', name, allowMissing: true, commitmentAllowed: true })],
    });
    expect(bundleMaterials([MEDICAL, both], answers({}))[0]).toMatchObject({
      members: ['medical', 'medical-2'],
      allowMissing: true,
      commitmentAllowed: true,
    });
  });

  it("keeps a member's own document apart when another member uses the same id for a different one", () => {
    // each department's own application form: same id 'application', different documents
    const a = member('food', '食品经营许可', '市场监管局', {
      materials: [buildMaterial({ id: 'application', name: '食品经营许可申请书' })],
    });
    const b = member('fire', '消防安全检查', '消防救援大队', {
      materials: [buildMaterial({ id: 'application', name: '消防安全检查申报表' })],
    });
    const c = member('sign', '户外招牌设置', '城管局', {
      materials: [buildMaterial({ id: 'application', name: '消防安全检查申报表' })],
    });
    const list = bundleMaterials([a, b, c], answers({}));
    // a third member asking the second member's document shares it, under the second member's key
    expect(list.map((m) => [m.materialId, m.guideMaterialId, m.members])).toEqual([
      ['application', 'application', ['food']],
      ['application.fire', 'application', ['fire', 'sign']],
    ]);
  });

  it.each<[string, BundleAnswers['members'], string[], string[]]>([
    ['married: 结婚证', { hukou: { 'parents-marriage': ['married'] } }, ['marriage-cert'], ['marriage-cert']],
    [
      'unmarried: 非婚生育说明',
      { hukou: { 'parents-marriage': ['unmarried'] } },
      ['unmarried-statement'],
      ['unmarried-statement'],
    ],
    // still unanswered: both are listed so the applicant sees them, neither is required yet
    ['unanswered', {}, ['marriage-cert', 'unmarried-statement'], []],
    [
      "an option chosen in another member's answers does not count",
      { hukou: { 'parents-marriage': ['unmarried'] }, medical: { 'parents-marriage': ['married'] } },
      ['unmarried-statement'],
      ['unmarried-statement'],
    ],
  ])('a conditional material follows its member answers: %s', (_, memberAnswers, listed, required) => {
    const list = bundleMaterials([HUKOU, MEDICAL], answers({}, memberAnswers));
    const conditional = list.filter(
      (m) => m.materialId === 'marriage-cert' || m.materialId === 'unmarried-statement',
    );
    expect(conditional.map((m) => m.materialId)).toEqual(listed);
    expect(conditional.filter((m) => m.requiredBy.length > 0).map((m) => m.materialId)).toEqual(required);
    for (const m of conditional) expect(m.members).toEqual(['hukou']);
  });

  it('a conditional material of the first member is required once chosen', () => {
    const list = bundleMaterials(
      [BIRTH_CERT],
      answers({}, { 'birth-cert': { 'birth-place': ['out-of-hospital'] } }),
    );
    expect(list.map((m) => [m.materialId, m.requirement, m.requiredBy])).toEqual([
      ['mother-id', 'required', ['birth-cert']],
      ['paternity-test', 'conditional', ['birth-cert']],
    ]);
    const inHospital = bundleMaterials(
      [BIRTH_CERT],
      answers({}, { 'birth-cert': { 'birth-place': ['in-hospital'] } }),
    );
    expect(inHospital.map((m) => m.materialId)).toEqual(['mother-id']);
  });
});

describe('bundleForm', () => {
  const form = bundleForm([BIRTH_CERT, HUKOU, MEDICAL, CARD], 'person');
  const provenance = (key: string) => form.provenance.find((p) => p.key === key);

  it("puts a person bundle's basic fields first, asked once for every member", () => {
    expect(form.definition.fields.map((f) => f.key)).toEqual([
      'applicant.name',
      'applicant.idNumber',
      'applicant.mobile',
      'applicant.address',
      'child.name',
      'child.birthDate',
      'child.gender',
      'child.birthCertificateNumber',
      'marriage.status',
      'spouse.name',
    ]);
    expect(provenance('applicant.name')?.members).toEqual(['birth-cert', 'hukou', 'medical', 'card']);
  });

  it("an enterprise bundle's basic fields come first", () => {
    const enterprise = bundleForm([CARD, MEDICAL], 'enterprise');
    expect(enterprise.definition.fields.slice(0, 6).map((f) => f.key)).toEqual([
      'enterprise.name',
      'enterprise.creditCode',
      'enterprise.legalRepresentative.name',
      'enterprise.contactMobile',
      'enterprise.registeredAddress',
      'child.name',
    ]);
  });

  it('asks a shared element once, with every member in its provenance and the stricter maxLength', () => {
    expect(form.definition.fields.filter((f) => f.key === 'child.name')).toEqual([
      { key: 'child.name', required: true, overrides: { maxLength: 20 } },
    ]);
    expect(provenance('child.name')).toEqual({
      key: 'child.name',
      members: ['birth-cert', 'hukou', 'medical', 'card'],
      rule: 'birth-cert、hukou、medical、card要求必填，合并后必填；最大长度取较严的 20（hukou）',
    });
    expect(provenance('child.birthDate')?.members).toEqual(['birth-cert', 'medical']);
    expect(form.schema).toMatchObject({ properties: { 'child.name': { maxLength: 20 } } });
  });

  it('keeps a conditional field under its condition', () => {
    expect(form.definition.fields.find((f) => f.key === 'spouse.name')).toEqual({
      key: 'spouse.name',
      required: true,
      when: MARRIED,
    });
    expect(provenance('spouse.name')?.rule).toBe(
      '各事项在同一条件下询问，合并后保留该条件，必填（hukou要求）',
    );
    expect(form.schema.allOf).toEqual([
      {
        if: { properties: { 'marriage.status': { const: '20' } }, required: ['marriage.status'] },
        // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword
        then: { required: ['spouse.name'] },
        else: { not: { required: ['spouse.name'] } },
      },
    ]);
    expect(form.conflicts).toEqual([]);
  });

  it('records a conflict, and why, when members require a field under different conditions', () => {
    const first = member('first', '甲', '甲局', {
      applicationForm: { fields: [field('spouse.idNumber', true, { when: MARRIED })] },
    });
    const second = member('second', '乙', '乙局', {
      applicationForm: {
        fields: [field('spouse.idNumber', true, { when: { key: 'marriage.status', equals: '22' } })],
      },
    });
    const merged = bundleForm([first, second], 'person');
    expect(merged.definition.fields.find((f) => f.key === 'spouse.idNumber')).toEqual({
      key: 'spouse.idNumber',
      required: false,
    });
    expect(merged.conflicts).toEqual([
      {
        key: 'spouse.idNumber',
        members: ['first', 'second'],
        resolution: '各事项要求必填的条件不同，合并表单暂按选填处理；请统一各事项的填写条件后再发布',
      },
    ]);
  });
});

describe('bundleFormErrors', () => {
  const form = bundleForm([BIRTH_CERT, HUKOU, MEDICAL, CARD], 'person');
  const VALID = {
    'applicant.name': '其木格',
    'applicant.idNumber': '11010519491231002X',
    'applicant.mobile': '13800138000',
    'child.name': '巴特尔',
    'child.birthDate': '2026-02-20',
    'child.gender': '1',
    'child.birthCertificateNumber': 'R150700123',
    'marriage.status': '20',
    'spouse.name': '巴图',
  };

  it.each<[string, Record<string, unknown>, { field: string; members: string[]; message?: string }[]]>([
    ['valid', VALID, []],
    ['unmarried without a spouse', { ...VALID, 'marriage.status': '10', 'spouse.name': undefined }, []],
    [
      'a shared field missing names every member asking it',
      { ...VALID, 'child.name': '' },
      [
        {
          field: 'formData.child.name',
          members: ['birth-cert', 'hukou', 'medical', 'card'],
          message: '请填写子女姓名',
        },
      ],
    ],
    [
      'too long for the stricter member',
      { ...VALID, 'child.name': '一二三四五六七八九十一二三四五六七八九十一' },
      [
        {
          field: 'formData.child.name',
          members: ['birth-cert', 'hukou', 'medical', 'card'],
          message: '子女姓名不能超过 20 个字',
        },
      ],
    ],
    [
      'a field one member asks',
      { ...VALID, 'child.birthCertificateNumber': undefined },
      [{ field: 'formData.child.birthCertificateNumber', members: ['hukou'] }],
    ],
    [
      'a conditional field required when its condition holds',
      { ...VALID, 'spouse.name': ' ' },
      [{ field: 'formData.spouse.name', members: ['hukou'], message: '请填写配偶姓名' }],
    ],
    [
      'a conditional field refused when its condition does not hold',
      { ...VALID, 'marriage.status': '10' },
      [{ field: 'formData.spouse.name', members: ['hukou'], message: '配偶姓名仅在婚姻状况为“已婚”时填写' }],
    ],
    [
      'a value the form does not ask belongs to no member',
      { ...VALID, 'deceased.name': '某某' },
      [{ field: 'formData.deceased.name', members: [] }],
    ],
    [
      'several failures, in form order',
      { ...VALID, 'applicant.mobile': '12345', 'child.birthDate': undefined },
      [
        { field: 'formData.applicant.mobile', members: ['birth-cert', 'hukou', 'medical', 'card'] },
        { field: 'formData.child.birthDate', members: ['birth-cert', 'medical'] },
      ],
    ],
  ])('%s', (_, data, expected) => {
    // toMatchObject on an array also checks its length
    expect(bundleFormErrors(form, data, NOW)).toMatchObject(expected);
  });
});
