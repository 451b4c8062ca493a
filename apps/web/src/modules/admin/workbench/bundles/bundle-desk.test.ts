import { describe, expect, test } from 'vitest';
import { checklistPayload } from '../checklist.ts';
import {
  adminTone,
  bundleChecklist,
  bundleCorrectionItems,
  windowBundleForm,
  windowBundles,
} from './bundle-desk.ts';

const material = (
  materialId: string,
  originals: number,
  copies: number,
  requirement = 'required' as const,
) => ({
  materialId,
  name: `材料${materialId}`,
  requirement,
  members: ['a', 'b'],
  requiredBy: ['a'],
  originals,
  copies,
  media: 'paper' as const,
  allowMissing: false,
  commitmentAllowed: false,
});

const view = {
  plan: {
    members: [],
    skipped: [],
    stages: [],
    form: { schema: {}, provenance: [], conflicts: [], readOnly: [] },
    promisedLimit: { amount: 10, unit: 'workday' as const },
    materials: [material('id', 1, 1), material('photo', 0, 0), material('proof', 1, 2)],
  },
  materials: [
    {
      materialId: 'id',
      name: '',
      members: ['a'],
      requiredBy: [],
      files: [{ fileName: 'id.pdf', source: 'upload' }],
    },
    {
      materialId: 'photo',
      name: '',
      members: ['b'],
      requiredBy: [],
      files: [{ fileName: 'p.jpg', source: 'upload' }],
    },
    { materialId: 'proof', name: '', members: ['a'], requiredBy: [], files: [] },
  ],
};

describe('the one checklist of a bundle', () => {
  test('uploaded materials are received, with originals seen and the copies asked for', () => {
    const rows = bundleChecklist(view);
    expect(rows.map((r) => [r.materialId, r.present, r.originalSeen, r.copies])).toEqual([
      ['id', true, true, 1],
      ['photo', true, false, 0],
      ['proof', false, false, 0],
    ]);
    expect(checklistPayload(rows)).toEqual([
      { materialId: 'id', present: true, originalSeen: true, copies: 1 },
      { materialId: 'photo', present: true, originalSeen: false, copies: 0 },
      { materialId: 'proof', present: false },
    ]);
  });

  test('correction items carry the requirement in the problem, blanks dropped', () => {
    expect(
      bundleCorrectionItems([
        { materialId: 'proof', problem: ' 未提交“证明” ', requirement: '请补交原件' },
        { problem: '   ' },
        { problem: '申请表签名不全' },
      ]),
    ).toEqual([
      { materialId: 'proof', problem: '未提交“证明”（请补交原件）' },
      { problem: '申请表签名不全' },
    ]);
  });

  test.each([
    ['neutral', 'grey'],
    ['progress', 'blue'],
    ['attention', 'orange'],
    ['success', 'green'],
    ['danger', 'red'],
  ] as const)('tone %s is %s in the workbench', (shared, admin) => expect(adminTone(shared)).toBe(admin));
});

describe('filing at the 一件事 window', () => {
  const bundle = (id: string, regionCode: string, audience: 'person' | 'enterprise') => ({
    id,
    code: id,
    name: id,
    summary: '',
    audience,
    lifeStage: 'birth' as const,
    lifeStageLabel: '出生',
    regionCode,
    leadOrg: { id: 'o', name: '示例部门' },
    memberCount: 2,
    promisedLimit: { amount: 10, unit: 'workday' as const },
    isDemo: true,
  });
  test('offers the bundles of the window region and below, for the applicant kind', () => {
    const all = [
      bundle('kdl', '150203000000', 'person'),
      bundle('kdl-street', '150203001000', 'person'),
      bundle('kdl-firm', '150203000000', 'enterprise'),
      bundle('city', '150200000000', 'person'),
      bundle('other', '150204000000', 'person'),
    ];
    expect(windowBundles(all, { regionCode: '150203000000' }, 'person').map((b) => b.id)).toEqual([
      'kdl',
      'kdl-street',
    ]);
    expect(windowBundles(all, { regionCode: '150203000000' }, 'enterprise').map((b) => b.id)).toEqual([
      'kdl-firm',
    ]);
    expect(windowBundles(all, { regionCode: null }, 'person')).toEqual([]);
  });

  test('the merged form leaves out what the register supplies and the contact mobile', () => {
    const plan = {
      form: {
        schema: {
          type: 'object',
          properties: {
            'applicant.name': { type: 'string' },
            'applicant.idNumber': { type: 'string' },
            'applicant.mobile': { type: 'string' },
            'child.name': { type: 'string' },
          },
          required: ['applicant.name', 'applicant.idNumber', 'applicant.mobile', 'child.name'],
        },
        readOnly: ['applicant.name', 'applicant.idNumber'],
      },
    };
    const { form } = windowBundleForm(plan, 'person');
    expect(Object.keys(form.schema.properties as object)).toEqual(['child.name']);
    expect(form.schema.required).toEqual(['child.name']);
    expect(form.readOnly).toEqual([]);
    // an enterprise keeps a field named like a person's mobile: only its own contact mobile goes
    expect(Object.keys(windowBundleForm(plan, 'enterprise').form.schema.properties as object)).toEqual([
      'applicant.mobile',
      'child.name',
    ]);
  });
});
