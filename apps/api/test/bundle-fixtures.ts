// Factories for bundle tests: three published member items in 昆都仑区, each with its own department and staff,
// and a published bundle over them — 出生证明 (cert), 户口登记 (hukou, after cert), 医保参保 (insurance, when chosen)
// — all through HTTP, as catalogue staff would build it.
import type { BundleDefinition, Guide } from '@msb/contracts';
import type { Desk } from './case-fixtures.ts';
import { publishedItemWithStaff } from './case-fixtures.ts';
import { makeStaff, type TestContext } from './harness.ts';

export const REGION = '150203000000';

const form = (fields: NonNullable<Guide['applicationForm']>['fields']): Partial<Guide> => ({
  applicationForm: { fields },
});

export interface BundleDesk {
  bundleId: string;
  versionId: string;
  members: { cert: Desk; hukou: Desk; insurance: Desk };
  editor: { cookie: string };
  reviewer: { cookie: string };
}

export function bundleDefinition(members: BundleDesk['members'], overrides: Partial<BundleDefinition> = {}) {
  return {
    name: '新生儿出生一件事（测试）',
    summary: '出生医学证明、户口登记、医保参保一次办',
    audience: 'person',
    lifeStage: 'birth',
    leadOrgId: members.cert.item.orgId,
    questions: [
      {
        id: 'insure',
        question: '是否为新生儿办理城乡居民医保参保登记？',
        multiple: false,
        options: [
          { id: 'ins-yes', label: '办理' },
          { id: 'ins-no', label: '暂不办理' },
        ],
      },
    ],
    members: [
      { key: 'cert', implementationId: members.cert.item.id, dependsOn: [] },
      { key: 'hukou', implementationId: members.hukou.item.id, dependsOn: ['cert'] },
      {
        key: 'insurance',
        implementationId: members.insurance.item.id,
        whenOptions: ['ins-yes'],
        dependsOn: [],
      },
    ],
    promisedLimit: { amount: 30, unit: 'workday' },
    outputWindow: '一件事综合窗口（统一出件）',
    outputModes: ['together', 'each', 'post'],
    basis: '国发〔2024〕3号',
    ...overrides,
  } satisfies BundleDefinition;
}

export async function publishedBundle(ctx: TestContext): Promise<BundleDesk> {
  const person = { audience: ['person'] as Guide['audience'] };
  const cert = await publishedItemWithStaff(ctx, {
    ...person,
    name: '出生医学证明（测试）',
    ...form([
      { key: 'child.name', required: true, overrides: { maxLength: 20 } },
      { key: 'child.birthDate', required: true },
    ]),
  });
  const hukou = await publishedItemWithStaff(ctx, {
    ...person,
    name: '出生登记（测试）',
    ...form([
      { key: 'child.name', required: true, overrides: { maxLength: 15 } },
      { key: 'marriage.status', required: true },
    ]),
  });
  const insurance = await publishedItemWithStaff(ctx, {
    ...person,
    name: '医保参保登记（测试）',
    ...form([{ key: 'child.name', required: true }]),
  });
  const members = { cert, hukou, insurance };
  const editor = await makeStaff(ctx, ['catalog_editor'], { regionCode: REGION });
  const reviewer = await makeStaff(ctx, ['catalog_reviewer'], { regionCode: REGION });
  const created = await ctx.app.inject({
    method: 'POST',
    url: '/api/admin/bundles',
    headers: { cookie: editor.cookie },
    payload: {
      code: `T-BIRTH-${Math.random().toString(36).slice(2, 8)}`,
      regionCode: REGION,
      definition: bundleDefinition(members),
    },
  });
  if (created.statusCode !== 201) throw new Error(`create bundle failed: ${created.body}`);
  const { bundleId, versionId } = created.json();
  await publishBundle(ctx, editor.cookie, reviewer.cookie, versionId);
  return { bundleId, versionId, members, editor, reviewer };
}

export async function publishBundle(
  ctx: TestContext,
  editorCookie: string,
  reviewerCookie: string,
  versionId: string,
) {
  const s = await ctx.app.inject({
    method: 'POST',
    url: `/api/admin/bundle-versions/${versionId}/submit`,
    headers: { cookie: editorCookie },
    payload: {},
  });
  if (s.statusCode !== 200) throw new Error(`submit bundle failed: ${s.body}`);
  const p = await ctx.app.inject({
    method: 'POST',
    url: `/api/admin/bundle-versions/${versionId}/publish`,
    headers: { cookie: reviewerCookie },
    payload: { comment: '测试发布' },
  });
  if (p.statusCode !== 200) throw new Error(`publish bundle failed: ${p.body}`);
}

/** 由谁提交 is asked by every member (the test guide's situation): answered once, under the first member */
export const ANSWERS_ALL = {
  bundle: { insure: ['ins-yes'] },
  members: { cert: { 'who-applies': ['in-person'] } },
};
export const ANSWERS_NO_INSURANCE = {
  bundle: { insure: ['ins-no'] },
  members: { cert: { 'who-applies': ['in-person'] } },
};
export const CHILD_FORM = {
  'applicant.address': '示例路 1 号（示例）',
  'child.name': '示例宝宝',
  'child.birthDate': '2026-11-01',
  'marriage.status': '20',
};
