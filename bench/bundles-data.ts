// Setup for bench:bundles: ten published member items of one 一件事, each with its own department and its own
// application form (overlapping data elements under different limits, so the merge has real work), and a
// published ten-member bundle over them with dependencies — all through HTTP (app.inject), as catalogue staff
// would build it; then a window clerk and walk-in applicants.
import { type BundleDefinition, type Guide, idNumberCheckChar } from '@msb/contracts';
import { buildGuide } from '../apps/api/src/modules/catalog/domain/test-guide.ts';
import { persons } from '../apps/api/src/modules/identity/people.tables.ts';
import type { Actor } from '../apps/api/src/platform/access.ts';
import { publishBundle, REGION } from '../apps/api/test/bundle-fixtures.ts';
import { createItem, publishableGuide, submitAndPublish } from '../apps/api/test/catalog-fixtures.ts';
import { makeStaff, type TestContext } from '../apps/api/test/harness.ts';

export const MEMBERS = 10;
type Field = NonNullable<Guide['applicationForm']>['fields'][number];

const NAME_LIMITS = [20, 15, 30, 40, 25, 18, 50, 35, 22, 16];
const ALL_STATUSES = ['10', '20', '21', '22', '23', '30', '40'];
const MARRIED = ['20', '21', '22', '23'];

/**
 * Member k's own form (3–6 fields besides the basic block of name, ID number, mobile and address): every member asks the child's name under its own maximum length; the rest
 * overlap in turns, some required and some not, marital status under different allowed values, the
 * registration date only when married (a condition), the certificate number under two lengths.
 */
export function memberForm(k: number): Field[] {
  const fields: Field[] = [
    { key: 'child.name', required: true, overrides: { maxLength: NAME_LIMITS[k] ?? 20 } },
    { key: 'child.birthDate', required: k % 2 === 0 },
  ];
  if (k % 3 === 0) fields.push({ key: 'child.gender', required: true });
  if (k % 3 === 1) {
    fields.push({
      key: 'marriage.status',
      required: true,
      overrides: { enum: k % 2 ? MARRIED : ALL_STATUSES },
    });
    fields.push({
      key: 'marriage.registrationDate',
      required: true,
      when: { key: 'marriage.status', equals: '20' },
    });
  }
  if (k % 4 === 2) fields.push({ key: 'spouse.name', required: false, overrides: { maxLength: 30 + k } });
  if (k % 5 === 0) fields.push({ key: 'applicant.postalCode', required: true });
  if (k % 2 === 1) fields.push({ key: 'applicant.householdRegion', required: k % 4 === 1 });
  if (k % 3 === 2)
    fields.push({
      key: 'child.birthCertificateNumber',
      required: true,
      overrides: { maxLength: k % 2 ? 18 : 20 },
    });
  return fields;
}

/** Everything the merged form asks that the platform does not hold (name, ID number and mobile it does). */
export const BENCH_FORM = {
  'applicant.address': '示例路 1 号（示例）',
  'applicant.postalCode': '014030',
  'applicant.householdRegion': REGION,
  'child.name': '示例宝宝',
  'child.birthDate': '2026-11-01',
  'child.gender': '1',
  'child.birthCertificateNumber': 'O150203001',
  'marriage.status': '20',
  'marriage.registrationDate': '2020-05-20',
  'spouse.name': '示例配偶',
};

/** m09 and m10 apply when chosen; m03 waits for m01, m06 for m03, m08 for m02 and m05. */
const DEPENDS: Record<string, string[]> = { m03: ['m01'], m06: ['m03'], m08: ['m02', 'm05'] };
const WHEN: Record<string, string[]> = { m09: ['ins-yes'], m10: ['ins-yes'] };
const key = (k: number) => `m${String(k + 1).padStart(2, '0')}`;

/** Answers selecting all ten members; 由谁提交 (every member's situation) answered once, under the first. */
export const ANSWERS_ALL_TEN = {
  bundle: { insure: ['ins-yes'] },
  members: { m01: { 'who-applies': ['in-person'] } },
};

export interface BenchBundle {
  bundleId: string;
  clerk: Actor;
  applicants: { id: string; mobile: string | null }[];
  /** members that wait for another (drafts, no number at intake) */
  waiting: number;
}

export async function benchBundle(ctx: TestContext, applicantCount: number): Promise<BenchBundle> {
  const editor = await makeStaff(ctx, ['catalog_editor'], { regionCode: REGION });
  const reviewer = await makeStaff(ctx, ['catalog_reviewer'], { regionCode: REGION });
  const items: { id: string; orgId: string }[] = [];
  for (let k = 0; k < MEMBERS; k++) {
    const name = `一件事基准成员事项${k + 1}（示例）`;
    // each department's own application form (a member's own material), the other materials shared
    const materials = buildGuide().materials.map((m) =>
      m.id === 'application' ? { ...m, name: `${name}申请表` } : m,
    );
    const guide = await publishableGuide(ctx, editor.cookie, {
      maturity: 'IV',
      visits: 0,
      delivery: ['download', 'post', 'window'],
      channels: ['web', 'mobile', 'window'],
      acceptOnReceipt: false,
      audience: ['person'],
      instant: false,
      name,
      materials,
      applicationForm: { fields: memberForm(k) },
    });
    const item = await createItem(ctx, editor.cookie, { regionCode: REGION, guide });
    await submitAndPublish(ctx, editor.cookie, reviewer.cookie, item.versionId);
    items.push({ id: item.id, orgId: item.orgId });
  }
  const definition = {
    name: '新生儿出生一件事（基准，十个事项）',
    summary: '十个事项一次申请、一次受理',
    audience: 'person',
    lifeStage: 'birth',
    leadOrgId: items[0]?.orgId ?? '',
    questions: [
      {
        id: 'insure',
        question: '是否同时办理医保参保与待遇登记？',
        multiple: false,
        options: [
          { id: 'ins-yes', label: '办理' },
          { id: 'ins-no', label: '暂不办理' },
        ],
      },
    ],
    members: items.map((item, k) => ({
      key: key(k),
      implementationId: item.id,
      ...(WHEN[key(k)] ? { whenOptions: WHEN[key(k)] } : {}),
      dependsOn: DEPENDS[key(k)] ?? [],
    })),
    promisedLimit: { amount: 40, unit: 'workday' },
    outputWindow: '一件事综合窗口（统一出件）',
    outputModes: ['together', 'each', 'post'],
    basis: '国发〔2024〕3号',
  } satisfies BundleDefinition;
  const created = await ctx.app.inject({
    method: 'POST',
    url: '/api/admin/bundles',
    headers: { cookie: editor.cookie },
    payload: { code: `BENCH-TEN-${Date.now().toString(36)}`, regionCode: REGION, definition },
  });
  if (created.statusCode !== 201) throw new Error(`create bundle failed: ${created.body}`);
  const { bundleId, versionId } = created.json();
  await publishBundle(ctx, editor.cookie, reviewer.cookie, versionId);

  const window = await makeStaff(ctx, ['window_clerk'], { regionCode: REGION });
  const clerk: Actor = {
    userId: window.userId,
    username: window.username,
    displayName: '测试窗口',
    kind: 'staff',
    roles: ['window_clerk'],
    regionCode: REGION,
    orgId: null,
    personId: null,
    enterpriseId: null,
  };
  // walk-in applicants, as a window clerk records them
  const applicants = await ctx.deps.db
    .insert(persons)
    .values(
      Array.from({ length: applicantCount }, (_, k) => {
        const body = `150203${1970 + (k % 30)}0202${String(100 + k).padStart(3, '0')}`;
        return {
          name: `示例家长${k}`,
          idNumber: `${body}${idNumberCheckChar(body)}`,
          mobile: `136${String(k).padStart(8, '0')}`,
          realNameMode: 'checksum' as const,
        };
      }),
    )
    .returning({ id: persons.id, mobile: persons.mobile });
  return { bundleId, clerk, applicants, waiting: Object.keys(DEPENDS).length };
}
