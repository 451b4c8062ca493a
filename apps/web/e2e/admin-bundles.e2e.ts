// The 一件事 definition editor (issue 4 §1, "editing follows the catalogue's draft → review → publish
// versioning") against a running platform with the demo data: the 昆都仑区 catalogue editor creates a two-member
// person bundle from the district's published items (出生医学证明（首次签发）, 出生登记), first with each member
// waiting for the other — the server refuses the cycle on submission and the page says so, above the form and
// beside the member list — then fixes it and submits; the 昆都仑区 reviewer publishes it, and the portal's
// 一件事一次办 page offers it under 出生. Each new page gets a screenshot and an axe check (WCAG 2 A/AA). The
// bundle's code and name carry a run number, so the journey neither needs nor disturbs other data.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, type Browser, launchBrowser, screenshot, signIn } from './browser.ts';

const TIMEOUT = 180_000;
const KDL = '150203000000';
const RUN = String(Date.now() % 1_000_000).padStart(6, '0');
const CODE = `E2E-KDL-BIRTH-${RUN}`;
const NAME = `出生证明和落户联办（测试${RUN}）`;

let browser: Browser;
let page: Page;
const state = { versionUrl: '' };

beforeAll(async () => {
  browser = await launchBrowser();
  page = browser.page;
}, TIMEOUT);

afterAll(async () => {
  await browser?.close();
});

/** Once the short-lived notices and transitions are over, as the user sees the page: screenshot, axe. */
async function checkPage(name: string) {
  await page.waitForFunction(() => !document.querySelector('.ant-message-notice'));
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getTiming().iterations !== Number.POSITIVE_INFINITY)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  await screenshot(page, name);
  expect(await axeViolations(page), `axe on ${name}`).toEqual([]);
}

/** Opens an antd Select by its label, optionally types to narrow it, and picks the option. */
async function pick(scope: Page | Locator, label: string, option: RegExp, typed?: string) {
  const box = scope.getByLabel(label, { exact: true });
  await box.click();
  if (typed) await box.fill(typed);
  const choice = page.getByRole('option', { name: option });
  await choice.click();
  await box.press('Escape');
  await choice.waitFor({ state: 'hidden' });
}

const member = (n: number) => page.getByRole('group', { name: `成员事项 ${n}`, exact: true });

describe('一件事 definitions: draft → review → publish', () => {
  test(
    'the 昆都仑区 editor creates a two-member bundle, sees the dependency cycle refused, fixes it and submits',
    async () => {
      await page.goto('/admin/bundles');
      await page.waitForURL(/\/admin\/login\?next=/);
      await signIn(page, 'editor-kdl');
      await page.waitForURL(/\/admin\/bundles$/);
      await page.getByRole('heading', { level: 1, name: '一件事管理' }).waitFor();
      // the district's demo bundles, with the version the portal offers
      const demo = page.getByRole('row').filter({ hasText: '新生儿出生一件事' });
      await demo.getByText('第 1 版 已发布').waitFor();
      await page
        .getByRole('navigation', { name: '工作台导航' })
        .getByRole('link', { name: '一件事管理' })
        .waitFor();
      await checkPage('admin-bundles-list');

      await page.getByRole('button', { name: '新建一件事' }).click();
      await page.waitForURL(/\/admin\/bundles\/new$/);
      await page.getByRole('heading', { level: 1, name: '新建一件事' }).waitFor();
      await page.getByText('昆都仑区', { exact: true }).waitFor();
      await checkPage('admin-bundle-new');

      await page.getByLabel('一件事编码', { exact: true }).fill(CODE);
      await page.getByLabel('名称', { exact: true }).fill(NAME);
      await page
        .getByLabel('简介', { exact: true })
        .fill('新生儿出生后，一次申请出生医学证明首次签发和出生登记（落户）。（测试数据）');
      await page.getByRole('radiogroup', { name: '服务对象' }).getByText('个人', { exact: true }).waitFor();
      await pick(page, '所属阶段', /^出生$/);
      await pick(page, '牵头部门', /^包头市昆都仑区卫生健康委员会$/, '卫生健康');

      await member(1).getByLabel('成员编号', { exact: true }).fill('birth-certificate');
      await pick(member(1), '实施清单事项', /^出生医学证明（首次签发）（/, '出生医学证明');
      await member(2).getByLabel('成员编号', { exact: true }).fill('birth-registration');
      await pick(member(2), '实施清单事项', /^出生登记（包头市公安局昆都仑区分局）$/, '出生登记');
      // each waits for the other: a cycle the server refuses on submission
      await pick(member(1), '前置成员', /^birth-registration（出生登记）$/);
      await pick(member(2), '前置成员', /^birth-certificate（出生医学证明（首次签发））$/);

      await page.getByLabel('承诺办结时限', { exact: true }).fill('5');
      await page.getByLabel('设立依据', { exact: true }).fill('国发〔2024〕3号（测试数据）');
      // submitting creates the first draft; the refused submission is shown on the draft's own page
      await page.getByRole('button', { name: '提交审核' }).click();
      await page.waitForURL(/\/admin\/bundles\/[0-9a-f-]{36}\/versions\/[0-9a-f-]{36}$/);
      state.versionUrl = new URL(page.url()).pathname;
      await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
      const alert = page.getByRole('alert').filter({ hasText: '不能提交或发布' });
      await alert.getByText(/成员事项之间存在循环依赖：birth-(certificate|registration) → /).waitFor();
      // the same message next to the member list, which the summary leads to (keyboard)
      const list = page.locator('#bundle_members');
      await list.getByText(/^成员事项之间存在循环依赖：birth-(certificate|registration) → /).waitFor();
      await alert.getByRole('button', { name: '成员事项', exact: true }).press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('bundle_members');
      await page.getByText('第 1 版 草稿').first().waitFor();
      await expect
        .poll(() => member(1).getByLabel('成员编号', { exact: true }).inputValue())
        .toBe('birth-certificate');
      await checkPage('admin-bundle-cycle');

      // 出生医学证明 waits for nothing: removing its 前置成员 (keyboard) breaks the cycle
      const depends = member(1).getByLabel('前置成员', { exact: true });
      await depends.focus();
      await depends.press('Backspace');
      await expect.poll(() => member(1).getByText('birth-registration（出生登记）').count()).toBe(0);
      await page.getByRole('button', { name: '保存草稿' }).click();
      await page.getByText('草稿已保存（第 1 版）').waitFor();
      await page.getByRole('button', { name: '提交审核' }).click();
      await page.getByText('第 1 版已提交审核').waitFor();
      await page.getByText('本版本正在审核，审核退回后才能继续修改。').waitFor();
      await page.getByText('第 1 版 审核中').first().waitFor();
      expect(await page.getByRole('button', { name: '提交审核' }).count()).toBe(0);
      expect(await page.getByRole('alert').filter({ hasText: '循环依赖' }).count()).toBe(0);
    },
    TIMEOUT,
  );

  test(
    'the 昆都仑区 reviewer publishes it and the portal offers it under 出生',
    async () => {
      await page.getByRole('button', { name: '退出' }).click();
      await page.waitForURL(/\/admin\/login/);
      await signIn(page, 'reviewer-kdl');
      await page.goto('/admin/bundles');
      const row = page.getByRole('row').filter({ hasText: CODE });
      await row.getByText('第 1 版 审核中').waitFor();
      await row.getByText('未发布').waitFor();
      // reviewers do not create bundles
      expect(await page.getByRole('button', { name: '新建一件事' }).count()).toBe(0);
      await row.getByRole('link', { name: NAME }).click();
      await page.waitForURL((url) => url.pathname === state.versionUrl);
      await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
      // read only for the reviewer: what was submitted, as it was
      await expect.poll(() => member(1).getByLabel('成员编号', { exact: true }).isDisabled()).toBe(true);
      await member(2).getByText('birth-certificate（出生医学证明（首次签发））').waitFor();
      await checkPage('admin-bundle-review');

      await page.getByRole('button', { name: '审核发布' }).click();
      const dialog = page.getByRole('dialog', { name: '审核发布' });
      await dialog.getByText('确认发布第 1 版？', { exact: false }).waitFor();
      await dialog.getByRole('button', { name: '确认发布' }).click();
      await page.getByText('第 1 版已审核发布').waitFor();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText('第 1 版 已发布').first().waitFor();
      await page.getByText('本版本已发布，不能直接修改；如需调整，请在此基础上新建版本。').waitFor();
      expect(await page.getByRole('button', { name: '审核发布' }).count()).toBe(0);
      await checkPage('admin-bundle-published');

      await page.goto(`/bundles?region=${KDL}`);
      const birth = page.getByRole('region', { name: '出生' });
      await birth.getByRole('link', { name: NAME }).waitFor();
      await birth
        .getByText('牵头部门：包头市昆都仑区卫生健康委员会 · 包含 2 个事项', { exact: false })
        .first()
        .waitFor();
      await screenshot(page, 'admin-bundle-on-portal');
    },
    TIMEOUT,
  );
});
