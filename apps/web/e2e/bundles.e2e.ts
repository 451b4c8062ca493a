// 一件事一次办 (issue 4) in Debian Chromium against a running platform with the demo data (示例): a parent
// (demo citizen) finds 新生儿出生一件事 under 出生, answers the questionnaire, reads the personalised 一次告知单
// (and its PDF), fills ONE form, uploads each shared material once, is refused once by the server (the
// materials missing, each naming the members that need it) and submits — every member of the demo 新生儿出生 is
// 收件即受理, so the submission is the one acceptance. At the 一件事 window the clerk files a second bundle for the
// same parent through 一件事收件 (applicant, bundle, questionnaire and notice, the one form without what the register
// supplies); it gets the materials checked once, one correction notice (answered once by the parent online) and
// one acceptance. The
// lead department (卫健委) follows every member while the departments approve in their order (出生医学证明 →
// 出生登记 → 社会保障卡、医保参保); the parent follows one progress view; the output window hands everything
// over at once; the parent sees everything delivered, in 我的办件 too, and on the phone. Every new page gets a
// screenshot and an axe check (WCAG 2 A/AA) with no violation. No sleeps: each step waits for what a user sees.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { signIn } from './browser.ts';
import {
  APPROVER,
  BUNDLE,
  bundleCaseOf,
  demoParentIdNumber,
  KDL,
  signInCitizen,
  signOutCitizen,
  TIMEOUT,
} from './bundle-steps.ts';
import {
  browserPerSuite,
  CASE_NUMBER,
  CITIZEN,
  checkPage,
  expectHeading,
  type Json,
  staff,
  TINY_PDF,
} from './journey-steps.ts';

const state = { bundleId: '', caseId: '', caseNumber: '' };

/**
 * The form the 一件事 window fills for the demo parent's second child (社会保障卡 only, each member's first
 * situation): the plan's merged form as the API gives it, and the keys the page leaves out — the facts the
 * platform takes from the register and the contact mobile, which the window asks on its own.
 */
async function windowForm(): Promise<{
  schema: { properties?: Record<string, Json>; required?: string[] };
  leftOut: string[];
}> {
  const clerk = await staff('window');
  const detail = await clerk<{
    members: {
      key: string;
      whenOptions: string[];
      situations: { id: string; options: { id: string }[] }[];
    }[];
  }>('GET', `/api/bundles/${state.bundleId}`);
  const chosen = ['card-yes', 'insurance-no'];
  const answers = {
    bundle: { 'social-security-card': ['card-yes'], 'medical-insurance': ['insurance-no'] },
    members: Object.fromEntries(
      detail.members
        .filter((m) => m.whenOptions.length === 0 || m.whenOptions.some((o) => chosen.includes(o)))
        .filter((m) => m.situations.length > 0)
        .map((m) => [m.key, Object.fromEntries(m.situations.map((x) => [x.id, [x.options[0]?.id ?? '']]))]),
    ),
  };
  const plan = await clerk<{
    form: { schema: { properties?: Record<string, Json>; required?: string[] }; readOnly: string[] };
  }>('POST', `/api/bundles/${state.bundleId}/plan`, { answers });
  return { schema: plan.form.schema, leftOut: [...plan.form.readOnly, 'applicant.mobile'] };
}

/** The 新生儿出生 questions: the social security card applied for; the medical insurance as given. */
async function answerBirthQuestions(p: Page, insurance: '办理' | '暂不办理'): Promise<void> {
  await p
    .getByRole('group', { name: '是否为新生儿申领社会保障卡？' })
    .getByRole('radio', { name: '申领', exact: true })
    .check();
  await p
    .getByRole('group', { name: '是否为新生儿办理城乡居民基本医疗保险参保登记？' })
    .getByRole('radio', { name: insurance, exact: true })
    .check();
}

/**
 * Fills every required field of the merged form (rjsf, antd theme) that is still blank, as the parent would
 * write it: the first choice of a list, a date, the district, the parent's mobile, else a 示例 text.
 */
async function fillRequired(
  p: Page,
  schema: { properties?: Record<string, Json>; required?: string[] },
  filled: (key: string) => boolean,
): Promise<void> {
  const properties = schema.properties ?? {};
  for (const key of schema.required ?? []) {
    if (filled(key)) continue;
    const field = properties[key] ?? {};
    const label = String(field.title ?? key);
    const input = p.getByLabel(label, { exact: true });
    if (Array.isArray(field.oneOf)) {
      const first = (field.oneOf as { title?: string }[])[0]?.title ?? '';
      await input.click();
      await p
        .locator('.ant-select-dropdown:visible .ant-select-item-option')
        .filter({ hasText: first })
        .click();
    } else if (field.format === 'date') {
      await input.fill('2026-03-01');
      await input.press('Enter');
    } else if (field['x-format'] === 'regionCode') {
      await input.fill(KDL);
    } else if (field['x-format'] === 'mobile' || /手机/.test(label)) {
      await input.fill(CITIZEN.mobile);
    } else {
      await input.fill(`示例${label}`);
    }
  }
}

describe('一件事一次办 on the PC portal and the workbench', () => {
  const page = browserPerSuite({ viewport: { width: 1366, height: 900 } }, TIMEOUT);

  test(
    'the parent finds the bundle by life stage, answers the questionnaire and reads the one-time notice',
    async () => {
      const p = page();
      await p.goto(`/bundles?region=${KDL}`);
      await expectHeading(p, '一件事一次办');
      await p.getByRole('heading', { level: 3, name: '出生' }).waitFor();
      await checkPage(p, 'bundles-list');
      await p.getByRole('tab', { name: '企业一件事' }).click();
      await p.getByRole('heading', { level: 3, name: '开办' }).waitFor();
      await p.getByRole('tab', { name: '个人一件事' }).click();
      await p.getByRole('link', { name: BUNDLE }).click();
      await p.waitForURL(/\/bundles\/[0-9a-f-]{36}$/);
      state.bundleId = new URL(p.url()).pathname.split('/').pop() ?? '';
      await expectHeading(p, new RegExp(`^${BUNDLE}`));
      await p.getByRole('heading', { level: 2, name: '第 1 步，共 3 步：回答情形问题' }).waitFor();
      await checkPage(p, 'bundle-questions');

      // not answering is said plainly
      await p.getByRole('button', { name: '下一步' }).click();
      await p.getByRole('alert').filter({ hasText: '请回答本步骤的全部问题后继续' }).waitFor();
      await answerBirthQuestions(p, '办理');
      await p.getByText(/^根据您的回答，将一并办理 4 个事项：/).waitFor();
      await p.getByRole('button', { name: '下一步' }).click();

      await p.getByRole('heading', { level: 2, name: '第 2 步，共 3 步：确认事项情形' }).waitFor();
      for (const group of await p.locator('fieldset.case-fieldset').all())
        await group.getByRole('radio').first().check();
      await checkPage(p, 'bundle-member-situations');
      await p.getByRole('button', { name: '下一步' }).click();

      await p.getByRole('heading', { level: 2, name: '第 3 步，共 3 步：查看一次告知单' }).waitFor();
      await p.getByRole('heading', { name: '一次告知单', exact: true }).waitFor();
      await p.getByText('第 1 环节：出生医学证明（首次签发）').waitFor();
      await p.getByText(/^第 3 环节（并联办理）：/).waitFor();
      // a material used by several members is listed once, with the members that use it
      const shared = p.getByRole('row').filter({ hasText: /、/ });
      expect(await shared.count()).toBeGreaterThan(0);
      await checkPage(p, 'bundle-notice');
      const pdf = await p.getByRole('link', { name: '下载一次告知单（PDF）' }).getAttribute('href');
      expect(pdf).toMatch(
        new RegExp(`/api/bundles/${state.bundleId}/notice\\.pdf\\?answers=[A-Za-z0-9_-]+$`),
      );
      const notice = await p.request.get(pdf ?? '');
      expect(notice.headers()['content-type']).toContain('application/pdf');
      expect((await notice.body()).subarray(0, 4).toString('latin1')).toBe('%PDF');

      // signing in on the way keeps the answers
      await p.getByRole('button', { name: '登录后在线申请' }).click();
      await p.waitForURL(/\/login\?next=/);
      await p.getByLabel('手机号码').fill(CITIZEN.mobile);
      await p.getByLabel('密码').fill(CITIZEN.password);
      await p.getByRole('button', { name: '登录', exact: true }).click();
      await p.waitForURL(/\/bundles\/[0-9a-f-]{36}\?answers=/);
      await p.getByRole('heading', { name: '一次告知单', exact: true }).waitFor();
    },
    TIMEOUT,
  );

  test(
    'applies with one form and one set of materials: refused once with the members named, then submitted',
    async () => {
      const p = page();
      await p.getByRole('button', { name: '在线申请一件事' }).click();
      await p.waitForURL(/\/bundle-cases\/[0-9a-f-]{36}$/);
      state.caseId = new URL(p.url()).pathname.split('/').pop() ?? '';
      await expectHeading(p, new RegExp(`^${BUNDLE}`));
      await p.getByRole('heading', { level: 2, name: '第 1 步，共 4 步：填写申请表' }).waitFor();
      await p.getByText(/^本表合并了 4 个事项的申请表/).waitFor();

      // the one form: every required field the platform has not filled yet
      const view = await bundleCaseOf(p, state.caseId);
      await fillRequired(p, view.plan.form.schema, (key) => {
        const value = view.formData[key];
        return value !== undefined && value !== '';
      });
      await checkPage(p, 'bundle-apply-form');
      await p.getByRole('button', { name: '下一步' }).click();

      await p.getByRole('heading', { level: 2, name: '第 2 步，共 4 步：上传材料' }).waitFor();
      await p.locator('li.case-material').first().waitFor();
      await checkPage(p, 'bundle-apply-materials');
      // straight on to submit without materials: the API's 422 comes back onto the rows, naming the members
      await p.getByRole('button', { name: '下一步' }).click();
      await p.getByRole('heading', { level: 2, name: '第 3 步，共 4 步：选择出件方式' }).waitFor();
      await p.getByRole('radio', { name: '全部办结后在出件窗口一次领取' }).check();
      await checkPage(p, 'bundle-apply-output');
      await p.getByRole('button', { name: '下一步' }).click();
      await p.getByRole('heading', { level: 2, name: '第 4 步，共 4 步：提交' }).waitFor();
      await checkPage(p, 'bundle-apply-review');
      await p.getByRole('button', { name: '提交申请' }).click();
      await p.getByRole('heading', { level: 2, name: '第 2 步，共 4 步：上传材料' }).waitFor();
      const needed = view.plan.materials.filter((m) => m.requiredBy.length > 0);
      expect(needed.length).toBeGreaterThan(0);
      const names = (keys: string[]) =>
        keys.map((k) => view.plan.members.find((m) => m.key === k)?.itemName ?? k).join('、');
      const first = needed[0];
      if (!first) throw new Error('no material to upload');
      await p
        .getByRole('alert')
        .filter({ hasText: `（${names(first.members)}需要）` })
        .first()
        .waitFor();
      await checkPage(p, 'bundle-apply-refused');

      // each material once, however many members use it (two with one name say whose they are)
      for (const [i, material] of needed.entries()) {
        const twin = view.plan.materials.filter((m) => m.name === material.name).length > 1;
        const label = twin ? `${material.name}（${names(material.members)}）` : material.name;
        const row = p
          .locator('li.case-material')
          .filter({ has: p.getByRole('heading', { name: label, exact: true }) });
        const [chooser] = await Promise.all([
          p.waitForEvent('filechooser'),
          row.getByRole('button', { name: `上传文件：《${label}》` }).click(),
        ]);
        await chooser.setFiles({
          name: `bundle-${i + 1}.pdf`,
          mimeType: 'application/pdf',
          buffer: TINY_PDF,
        });
        await row.getByText(`bundle-${i + 1}.pdf`).waitFor();
      }
      const uploaded = await bundleCaseOf(p, state.caseId);
      expect(uploaded.materials.filter((m) => m.files.length > 0).length).toBe(needed.length);

      await p.getByRole('button', { name: '下一步' }).click();
      await p.getByRole('heading', { level: 2, name: '第 3 步，共 4 步：选择出件方式' }).waitFor();
      await p.getByRole('button', { name: '下一步' }).click();
      await p.getByRole('heading', { level: 2, name: '第 4 步，共 4 步：提交' }).waitFor();
      await p.getByRole('button', { name: '提交申请' }).click();
      await p.waitForURL(/\?submitted=1$/);
      await p.getByRole('heading', { name: '一件事申请已提交' }).waitFor();
      const line = await p
        .getByText(/^办件编号：/)
        .first()
        .innerText();
      state.caseNumber = CASE_NUMBER.exec(line)?.[0] ?? '';
      expect(state.caseNumber).toMatch(CASE_NUMBER);
      await p.getByRole('heading', { level: 2, name: '各事项办理情况（4 项）' }).waitFor();
      await checkPage(p, 'bundle-submitted');
    },
    TIMEOUT,
  );

  test(
    'at the window: one correction notice for the bundle, answered once by the parent, then one acceptance',
    async () => {
      const p = page();
      // the parent's own: every member of 新生儿出生 is 收件即受理 (demo guides), so the online submission was the
      // one acceptance
      await p.getByRole('link', { name: '下载受理凭证' }).waitFor();
      await p.getByText('办理中').first().waitFor();
      await signOutCitizen(p);

      // the parent brings another application (a second child, 社会保障卡 only) to the 一件事 window, and the
      // clerk files it there: applicant, bundle, the questionnaire with the parent, the one form
      // the mother's ID card, of 出生医学证明 (received now; the members after it wait, held)
      const MISSING = '新生儿母亲居民身份证';
      await p.goto('/admin/login');
      await signIn(p, 'window');
      await p
        .getByRole('navigation', { name: '工作台导航' })
        .getByRole('link', { name: '一件事窗口' })
        .click();
      await expectHeading(p, '一件事窗口');
      await p.getByRole('table', { name: '一件事窗口' }).waitFor();
      expect(await p.getByRole('row').filter({ hasText: state.caseNumber }).count()).toBe(0);
      await p.getByRole('button', { name: '一件事收件' }).click();
      await p.waitForURL(/\/admin\/work\/bundle-window\/intake$/);
      await expectHeading(p, '一件事收件');
      await p.getByLabel('身份证号码', { exact: true }).fill(demoParentIdNumber());
      await p.getByRole('button', { name: '查询' }).click();
      await p.getByRole('button', { name: '选择此申请人' }).click();
      await p.getByText(/^申请人：示例/).waitFor();
      await p.getByRole('button', { name: '下一步' }).click();
      // only the bundles of this window's district for natural persons are offered
      const offered = p.getByRole('radiogroup', { name: '选择一件事' });
      await offered.getByRole('radio', { name: new RegExp(`^${BUNDLE}（出生，`) }).check();
      expect(await offered.getByRole('radio', { name: /^企业开办一件事/ }).count()).toBe(0);
      await checkPage(p, 'workbench-bundle-file-choose');
      await p.getByRole('button', { name: '下一步' }).click();
      await p.getByRole('heading', { level: 2, name: '第 1 步，共 3 步：回答情形问题' }).waitFor();
      await answerBirthQuestions(p, '暂不办理');
      await p.getByText(/^根据您的回答，将一并办理 3 个事项：/).waitFor();
      await p.getByRole('button', { name: '下一步', exact: true }).click();
      await p.getByRole('heading', { level: 2, name: '第 2 步，共 3 步：确认事项情形' }).waitFor();
      for (const group of await p.locator('fieldset.case-fieldset').all())
        await group.getByRole('radio').first().check();
      await p.getByRole('button', { name: '下一步', exact: true }).click();
      await p.getByRole('heading', { name: '一次告知单', exact: true }).waitFor();
      await p.getByRole('link', { name: '下载一次告知单（PDF）' }).waitFor();
      await checkPage(p, 'workbench-bundle-file-notice');
      await p.getByRole('button', { name: '下一步：填写申请表' }).click();

      await p.getByRole('heading', { level: 2, name: '一件事申请表' }).waitFor();
      await p.getByText(/^本表合并了 3 个事项的申请表/).waitFor();
      // the register supplies the parent's name and ID number: not asked again
      const form = await windowForm();
      for (const key of form.leftOut) {
        const title = form.schema.properties?.[key]?.title;
        if (typeof title === 'string') expect(await p.getByLabel(title, { exact: true }).count()).toBe(0);
      }
      // a blank form is stopped on the page, before anything is filed
      await p.getByRole('button', { name: '登记收件' }).click();
      await p.getByText('申请表中有需要修改的内容，请按提示修改').waitFor();
      expect(p.url()).toMatch(/\/bundle-window\/intake$/);
      await fillRequired(p, form.schema, (key) => form.leftOut.includes(key));
      // the contact mobile may stay blank: the one the parent registered (shown masked) is used
      expect(await p.getByLabel('联系手机号码').inputValue()).toBe('');
      await p.getByText(/^留空则使用申请人登记的手机号码 138\*{4}0001/).waitFor();
      expect(await p.getByRole('radio', { name: '全部办结后在出件窗口一次领取' }).isChecked()).toBe(true);
      await checkPage(p, 'workbench-bundle-file-form');
      await p.getByRole('button', { name: '登记收件' }).click();
      await p.waitForURL(/\/admin\/work\/bundle-cases\/[0-9a-f-]{36}$/);
      const filedView = await bundleCaseOf(p, new URL(p.url()).pathname.split('/').pop() ?? '');
      expect(filedView.intakeState).toBe('submitted');
      const filed = filedView.caseNumber ?? '';
      expect(filed).toMatch(CASE_NUMBER);

      // it waits in the window's list for the one acceptance
      await p
        .getByRole('navigation', { name: '工作台导航' })
        .getByRole('link', { name: '一件事窗口' })
        .click();
      const row = p.getByRole('row').filter({ hasText: filed });
      await row.getByText('待受理').waitFor();
      await checkPage(p, 'workbench-bundle-window');
      await row.getByRole('link', { name: filed }).click();
      await p.waitForURL(/\/admin\/work\/bundle-cases\/[0-9a-f-]{36}$/);
      const intakeUrl = p.url();
      await p.getByRole('heading', { level: 2, name: '材料核验与受理（全部事项一次）' }).waitFor();
      await p.getByRole('heading', { level: 2, name: '申请表（合并，只读）' }).waitFor();
      await p.getByRole('heading', { level: 2, name: '成员事项（3 项）' }).waitFor();
      // the materials once for all members: everything but the mother's ID card is at the counter
      for (const box of await p.getByRole('checkbox', { name: /：已收取$/ }).all()) await box.check();
      await p.getByRole('checkbox', { name: `${MISSING}：已收取` }).uncheck();
      await checkPage(p, 'workbench-bundle-intake');
      await p.getByRole('button', { name: '一次性告知补正' }).click();
      const dialog = p.getByRole('dialog', { name: '一次性告知补正' });
      expect(await dialog.getByLabel('补正事项 1 存在的问题').inputValue()).toBe(`未提交“${MISSING}”`);
      await dialog.getByRole('button', { name: '出具一次性告知书' }).click();
      await dialog.waitFor({ state: 'detached' });
      await p.getByRole('heading', { level: 1 }).getByText('待补正', { exact: true }).waitFor();
      await p.getByText(`出生医学证明（首次签发）：未提交“${MISSING}”`).first().waitFor();
      await checkPage(p, 'workbench-bundle-correction');
      await p.getByRole('button', { name: '退出' }).click();
      await p.waitForURL(/\/admin\/login/);

      // the parent answers the one notice once: the ID card, then 提交补正
      await signInCitizen(p, '/my/cases');
      await p.getByRole('row').filter({ hasText: filed }).getByRole('link', { name: BUNDLE }).click();
      await p.getByRole('heading', { level: 2, name: '补正材料' }).waitFor();
      await p.getByText(new RegExp(`^出生医学证明（首次签发）：未提交“${MISSING}”`)).waitFor();
      const missing = p
        .locator('li.case-material')
        .filter({ has: p.getByRole('heading', { name: MISSING, exact: true }) });
      const [chooser] = await Promise.all([
        p.waitForEvent('filechooser'),
        missing.getByRole('button', { name: `上传文件：《${MISSING}》` }).click(),
      ]);
      await chooser.setFiles({ name: 'mother-id.pdf', mimeType: 'application/pdf', buffer: TINY_PDF });
      await missing.getByText('mother-id.pdf').waitFor();
      await checkPage(p, 'bundle-correction');
      await p.getByRole('button', { name: '提交补正' }).click();
      await p.getByRole('heading', { level: 2, name: '补正材料' }).waitFor({ state: 'detached' });
      await p.getByText('待受理').first().waitFor();
      await signOutCitizen(p);

      // the clerk takes it in and accepts every member at once
      await p.goto('/admin/login');
      await signIn(p, 'window');
      await p.goto(intakeUrl);
      await p.getByRole('heading', { level: 2, name: '材料核验与受理（全部事项一次）' }).waitFor();
      expect(await p.getByRole('checkbox', { name: `${MISSING}：已收取` }).isChecked()).toBe(true);
      for (const box of await p.getByRole('checkbox', { name: /：已收取$/ }).all()) await box.check();
      await p.getByRole('button', { name: '一次受理全部事项' }).click();
      await p.getByRole('heading', { level: 1 }).getByText('办理中', { exact: true }).waitFor();
      await p.getByRole('link', { name: '打印一件事受理凭证' }).waitFor();
      await checkPage(p, 'workbench-bundle-accepted');

      await p.getByRole('button', { name: '退出' }).click();
      await p.waitForURL(/\/admin\/login/);
    },
    TIMEOUT,
  );

  test(
    'the lead department follows every member while the departments approve in their order',
    async () => {
      const p = page();
      // the lead 卫健委's chief representative sees every member with its state and due date
      await signIn(p, 'chief-wjw');
      await p
        .getByRole('navigation', { name: '工作台导航' })
        .getByRole('link', { name: '一件事牵头' })
        .click();
      await expectHeading(p, '一件事牵头');
      const row = p.getByRole('row').filter({ hasText: state.caseNumber });
      await row.getByText('等待出生登记办结').first().waitFor();
      await checkPage(p, 'workbench-bundle-lead');

      // 第四十二条第二款: the chief representative records an approved extension; the applicant is told
      await row.getByRole('link', { name: state.caseNumber }).click();
      await p.waitForURL(new RegExp(`/admin/work/bundle-cases/${state.caseId}$`));
      const dueBefore = (await bundleCaseOf(p, state.caseId)).promisedDue;
      await p.getByRole('button', { name: '登记延长办理期限' }).click();
      const extend = p.getByRole('dialog', { name: '延长办理期限' });
      await extend.getByText('尚可延长 15 个工作日').waitFor();
      await extend.getByLabel('延长工作日数').fill('5');
      await extend.getByLabel('延长理由').fill('需到现场核查（示例）');
      await extend.getByLabel('批准情况').fill('区政府分管负责人批准（示例〔2026〕1号）');
      await checkPage(p, 'workbench-bundle-extend');
      await extend.getByRole('button', { name: '确认延长' }).click();
      await extend.waitFor({ state: 'detached' });
      await p.getByText(/延长 5 个工作日：需到现场核查（示例）/).waitFor();
      const extended = await bundleCaseOf(p, state.caseId);
      expect(extended.promisedDue && dueBefore && extended.promisedDue > dueBefore).toBe(true);
      await p
        .getByRole('navigation', { name: '工作台导航' })
        .getByRole('link', { name: '一件事牵头' })
        .click();
      await expectHeading(p, '一件事牵头');

      // each department approves its member once the members it depends on are approved
      for (let round = 0; round < 6; round += 1) {
        const view = await bundleCaseOf(p, state.caseId);
        const open = view.members.filter((m) => m.decision === null && !m.held);
        if (open.length === 0) break;
        for (const m of open) {
          const approver = await staff(APPROVER[m.key] ?? 'approver');
          const current = await approver<{ state: string; actions: { action: string }[] }>(
            'GET',
            `/api/cases/${m.caseId}`,
          );
          if (current.actions.some((a) => a.action === 'claim'))
            await approver('POST', `/api/cases/${m.caseId}/actions/claim`, {});
          await approver('POST', `/api/cases/${m.caseId}/actions/approve`, {
            decisionReasons: '符合法定条件，准予办理（示例）',
          });
        }
      }
      const decided = await bundleCaseOf(p, state.caseId);
      expect(decided.members.map((m) => m.decision)).toEqual([
        'approved',
        'approved',
        'approved',
        'approved',
      ]);

      // a member's own case page leads back to its bundle
      await p.reload();
      await p
        .getByRole('row')
        .filter({ hasText: state.caseNumber })
        .getByRole('link', { name: '出生医学证明（首次签发）' })
        .click();
      await p.waitForURL(/\/admin\/work\/cases\/[0-9a-f-]{36}$/);
      await p.getByRole('link', { name: '查看一件事' }).click();
      await p.waitForURL(new RegExp(`/admin/work/bundle-cases/${state.caseId}$`));
      await p.getByRole('heading', { level: 2, name: '成员事项（4 项）' }).waitFor();
      await checkPage(p, 'workbench-bundle-lead-case');
      await p.getByRole('button', { name: '退出' }).click();
      await p.waitForURL(/\/admin\/login/);
    },
    TIMEOUT,
  );

  test(
    'the parent follows one progress view; the output window hands everything over at once',
    async () => {
      const p = page();
      await signInCitizen(p, `/bundle-cases/${state.caseId}`);
      await expectHeading(p, new RegExp(`^${BUNDLE}`));
      await p.getByRole('heading', { level: 2, name: '统一出件' }).waitFor();
      await p.getByText('4 个事项中，已办结 4 个，已送达 0 个。').waitFor();
      await checkPage(p, 'bundle-progress-decided');
      await signOutCitizen(p);

      await p.goto('/admin/login');
      await signIn(p, 'output');
      await p
        .getByRole('navigation', { name: '工作台导航' })
        .getByRole('link', { name: '一件事出件' })
        .click();
      await expectHeading(p, '一件事出件');
      const row = p.getByRole('row').filter({ hasText: state.caseNumber });
      await checkPage(p, 'workbench-bundle-output');
      await row.getByRole('button', { name: `一次领取/邮寄：${state.caseNumber}` }).click();
      const dialog = p.getByRole('dialog', { name: '统一出件' });
      await dialog.getByText('以下 4 个事项的结果将一次交付：').waitFor();
      await dialog.getByRole('button', { name: '确认交付' }).click();
      await dialog.getByText('请填写签收人姓名').waitFor();
      await dialog.getByLabel('签收人姓名').fill('示例居民（本人）');
      await checkPage(p, 'workbench-bundle-deliver');
      await dialog.getByRole('button', { name: '确认交付' }).click();
      await dialog.waitFor({ state: 'detached' });
      await row.waitFor({ state: 'detached' });
      await p.getByRole('button', { name: '退出' }).click();
      await p.waitForURL(/\/admin\/login/);
    },
    TIMEOUT,
  );

  test(
    'the parent sees everything delivered, and the bundle among 我的办件',
    async () => {
      const p = page();
      await signInCitizen(p, `/bundle-cases/${state.caseId}`);
      await p.getByText('已办结').first().waitFor();
      await p.getByText('4 个事项中，已办结 4 个，已送达 4 个。').waitFor();
      expect(await p.getByRole('cell', { name: '已送达' }).count()).toBe(4);
      await checkPage(p, 'bundle-progress-delivered');
      await p.goto('/my/cases');
      await p.getByRole('heading', { level: 2, name: '我的一件事' }).waitFor();
      await p.getByRole('row').filter({ hasText: state.caseNumber }).getByText('已办结').waitFor();
      await checkPage(p, 'bundle-my-cases');
    },
    TIMEOUT,
  );
});

describe('一件事一次办 on the phone', () => {
  const page = browserPerSuite({ viewport: { width: 390, height: 844 }, isMobile: true }, TIMEOUT);

  test(
    'the list by life stage, the questionnaire with the notice, and the one progress view',
    async () => {
      const p = page();
      await p.goto(`/m/bundles?region=${KDL}`);
      await expectHeading(p, '一件事一次办');
      await p.getByRole('heading', { level: 3, name: '出生' }).waitFor();
      await checkPage(p, 'm-bundles-list');
      await p.getByRole('link', { name: new RegExp(`^${BUNDLE}`) }).click();
      await expectHeading(p, new RegExp(`^${BUNDLE}`));
      await p.getByText('申领', { exact: true }).click();
      await p.getByText('暂不办理', { exact: true }).click();
      await p.getByText(/^根据您的回答，将一并办理 3 个事项：/).waitFor();
      await checkPage(p, 'm-bundle-questions');
      await p.getByRole('button', { name: '下一步' }).click();
      await p.getByRole('heading', { level: 2, name: '第 2 步，共 3 步：确认事项情形' }).waitFor();
      for (const legend of await p.locator('fieldset.m-situation').all()) {
        await legend.locator('.adm-radio').first().click();
      }
      await p.getByRole('button', { name: '下一步' }).click();
      await p.getByRole('heading', { name: '一次告知单', exact: true }).waitFor();
      await p.getByRole('link', { name: '下载一次告知单（PDF）' }).waitFor();
      await checkPage(p, 'm-bundle-notice');

      await p.goto(`/m/login?next=${encodeURIComponent(`/m/bundle-cases/${state.caseId}`)}`);
      await p.getByLabel('手机号码').fill(CITIZEN.mobile);
      await p.getByLabel('密码').fill(CITIZEN.password);
      await p.getByRole('button', { name: '登录', exact: true }).click();
      await p.waitForURL(new RegExp(`/m/bundle-cases/${state.caseId}$`));
      await expectHeading(p, BUNDLE);
      await p.getByText('4 个事项中，已办结 4 个，已送达 4 个。').waitFor();
      await checkPage(p, 'm-bundle-progress');
      await p.goto('/m/my/cases');
      await p.getByRole('heading', { level: 2, name: '我的一件事' }).waitFor();
      await checkPage(p, 'm-bundle-my-cases');
    },
    TIMEOUT,
  );
});
