// Loads the demo catalogue through the same use cases editors and reviewers use, so every published
// demo guide has passed the publishing checks. Blank and sample forms are generated as real PDFs.
import type { Guide, Material } from '@msb/contracts';
import { eq, sql } from 'drizzle-orm';
import {
  createBaseItem,
  createImplementation,
  publishVersion,
  submitForReview,
} from '../modules/catalog/catalog.service.ts';
import { renderFormPdf } from '../modules/catalog/catalog-pdf.ts';
import { saveFile } from '../modules/documents/documents.service.ts';
import { createUser } from '../modules/identity/identity.service.ts';
import { registerCitizen, registerEnterprise } from '../modules/identity/public-account.service.ts';
import { createRealNameVerifier } from '../modules/identity/real-name.ts';
import { createOrg } from '../modules/orgs/orgs.service.ts';
import { searchDocs } from '../modules/search/search.tables.ts';
import type { Actor } from '../platform/access.ts';
import type { Deps } from '../platform/deps.ts';
import { demoItems } from './demo/index.ts';
import { demoOrgs } from './demo/orgs.ts';
import { DEMO_PASSWORD, demoAccounts, demoCitizen, demoEnterprise } from './demo-accounts.ts';
import { loadDemoBundles } from './demo-bundles.ts';
import { loadDemoCases } from './demo-cases.ts';

const SYSTEM: Actor = {
  userId: '00000000-0000-0000-0000-000000000000',
  username: 'system',
  displayName: '系统初始化',
  kind: 'staff',
  roles: ['admin'],
  regionCode: '150000000000',
  orgId: null,
  personId: null,
  enterpriseId: null,
};

export async function loadDemoData(
  deps: Deps,
): Promise<{ orgs: number; implementations: number; bundles: number; cases: number }> {
  const orgIds = new Map<string, string>();
  for (const org of demoOrgs) {
    const row = await createOrg(deps, null, { ...org, isDemo: true });
    orgIds.set(org.key, row.id);
  }
  const accounts = await Promise.all(
    demoAccounts.map((a) =>
      createUser(deps, {
        username: a.username,
        password: DEMO_PASSWORD,
        displayName: a.displayName,
        kind: 'staff',
        roles: a.roles,
        regionCode: a.regionCode,
        orgId: a.orgKey ? (orgIds.get(a.orgKey) ?? null) : null,
        isDemo: true,
      }),
    ),
  );
  const people = { ...deps, realName: createRealNameVerifier(deps.config.realNameMode, { now: deps.now }) };
  await registerCitizen(people, { ...demoCitizen, password: DEMO_PASSWORD }, { isDemo: true });
  await registerEnterprise(people, { ...demoEnterprise, password: DEMO_PASSWORD }, { isDemo: true });
  const actor = { ...SYSTEM, userId: accounts[0]?.userId ?? SYSTEM.userId };
  const forms = new FormFiles(deps, actor.userId);
  let count = 0;
  const implementationIds = new Map<string, string>();
  for (const item of demoItems) {
    const base = await createBaseItem(deps, actor, {
      code: item.baseCode,
      name: item.baseName,
      itemType: item.itemType,
      basis: item.basis,
      competentDept: item.competentDept,
    });
    for (const impl of item.implementations) {
      const orgId = orgIds.get(impl.orgKey);
      if (!orgId) throw new Error(`示例数据引用了不存在的部门 ${impl.orgKey}`);
      const withoutForms = impl.flaw?.includes('表格') ?? false;
      const guide = withoutForms ? impl.guide : await forms.attach(impl.guide);
      const { implementation, version } = await createImplementation(deps, actor, {
        baseItemId: base.id,
        code: impl.code,
        regionCode: impl.regionCode,
        orgId,
        guide,
        isDemo: true,
        demoFlaw: impl.flaw ?? null,
      });
      implementationIds.set(`${item.baseCode}|${impl.orgKey}`, implementation.id);
      if ((impl.status ?? 'published') === 'published') {
        await submitForReview(deps, actor, version.id);
        await publishVersion(deps, actor, version.id, '示例数据初始化');
        await deps.db
          .update(searchDocs)
          .set({ popularity: impl.popularity, updatedAt: sql`clock_timestamp()` })
          .where(eq(searchDocs.implementationId, implementation.id));
      }
      count++;
    }
  }
  const bundles = await loadDemoBundles(deps, actor, orgIds, implementationIds);
  const cases = await loadDemoCases(deps);
  return { orgs: demoOrgs.length, implementations: count, bundles, cases };
}

/** Generates one blank and one sample PDF per form material name (content-addressed, so shared). */
class FormFiles {
  private readonly cache = new Map<string, { blank: string; sample: string }>();
  constructor(
    private readonly deps: Deps,
    private readonly userId: string,
  ) {}

  async attach(guide: Guide): Promise<Guide> {
    const materials: Material[] = [];
    for (const m of guide.materials) {
      if (!m.isForm || (m.blankForm && m.sampleForm)) {
        materials.push(m);
        continue;
      }
      const files = await this.forMaterial(m.name, guide.name);
      materials.push({ ...m, blankForm: files.blank, sampleForm: files.sample });
    }
    return { ...guide, materials };
  }

  private async forMaterial(name: string, itemName: string) {
    const hit = this.cache.get(name);
    if (hit) return hit;
    const fields = FORM_FIELDS.map((label) => ({ label, value: SAMPLE_VALUES[label] }));
    const blank = await renderFormPdf(name, fields, { sample: false, itemName });
    const sample = await renderFormPdf(name, fields, { sample: true, itemName });
    const b = await saveFile(this.deps, {
      bytes: blank,
      originalName: `${name}（空白表格）.pdf`,
      purpose: 'catalog_form',
      createdBy: this.userId,
    });
    const s = await saveFile(this.deps, {
      bytes: sample,
      originalName: `${name}（样表）.pdf`,
      purpose: 'catalog_form',
      createdBy: this.userId,
    });
    const entry = { blank: b.sha256, sample: s.sha256 };
    this.cache.set(name, entry);
    return entry;
  }
}

const FORM_FIELDS = [
  '申请人（单位）名称',
  '统一社会信用代码/身份证件号码',
  '联系人',
  '联系电话',
  '通讯地址',
  '申请事项',
  '申请理由',
  '申请人签字（盖章）',
  '申请日期',
];
const SAMPLE_VALUES: Record<string, string> = {
  '申请人（单位）名称': '示例科技有限公司（示例）',
  '统一社会信用代码/身份证件号码': '91150203D00000001（示例）',
  联系人: '张示例',
  联系电话: '0472-0000000（示例）',
  通讯地址: '内蒙古自治区包头市昆都仑区示例路 1 号',
  申请事项: '（按本事项名称填写）',
  申请理由: '按实际情况如实填写',
  '申请人签字（盖章）': '张示例',
  申请日期: '2026 年 1 月 5 日',
};
