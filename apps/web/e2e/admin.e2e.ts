// Staff journey through the admin workbench against a running platform (E2E_BASE_URL) with the demo data:
// an editor changes a published guide and submits it, a reviewer sees the diff and publishes it, the public
// guide page shows the change, and the scorecard shows a deliberately flawed demo item with its findings.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  axeViolations,
  type Browser,
  DEMO_PASSWORD,
  launchBrowser,
  signIn,
  screenshot as takeScreenshot,
} from './browser.ts';

const TIMEOUT = 60_000;

/** the published demo item the editor changes */
const item = { id: '', materialName: '' };
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = browser.page;
}, TIMEOUT);

afterAll(async () => {
  await browser?.close();
});

async function expectAccessible(name: string) {
  expect(await axeViolations(page), `${name} 的无障碍检查`).toEqual([]);
}

const screenshot = (name: string) => takeScreenshot(page, name);
const login = (username: string) => signIn(page, username);

test(
  '未登录访问工作台跳转到登录页，错误密码显示服务端提示，编辑登录后看到姓名和角色',
  async () => {
    await page.goto('/admin/catalog');
    await page.waitForURL(/\/admin\/login\?next=/);
    await page.getByRole('heading', { name: '蒙速办 · 事项管理工作台' }).waitFor();
    await expectAccessible('登录页');
    await screenshot('admin-login');

    await page.getByLabel('用户名').fill('editor');
    await page.getByLabel('密码').fill('wrong-password');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('alert').filter({ hasText: '用户名或密码错误' }).waitFor();

    await page.getByLabel('密码').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(/\/admin\/catalog$/);
    await page.getByText('呼伦贝尔市事项编辑（示例）').waitFor();
    await page.getByText('事项编辑', { exact: true }).waitFor();
  },
  TIMEOUT,
);

test(
  '实施清单按状态筛选，打开一个已发布的示例事项',
  async () => {
    await page.getByRole('heading', { name: '实施清单' }).waitFor();
    await page.getByRole('radiogroup', { name: '最新版本状态' }).getByText('已发布', { exact: true }).click();
    await page.waitForURL(/status=published/);
    await page.getByLabel('搜索', { exact: true }).fill('许可');
    await page.getByLabel('搜索', { exact: true }).press('Enter');
    await page.waitForURL(/q=/);
    // latest version published (an item still in review from an earlier run shows 审核中)
    const firstRow = page
      .getByRole('row')
      .filter({ hasText: '许可' })
      .filter({ has: page.getByRole('cell', { name: /^第 \d+ 版 已发布$/ }) })
      .first();
    await firstRow.waitFor();
    await expectAccessible('实施清单');
    await screenshot('admin-catalog-list');

    await firstRow.getByRole('link').click();
    await page.waitForURL(/\/admin\/catalog\/[0-9a-f-]{36}$/);
    item.id = new URL(page.url()).pathname.split('/').pop() ?? '';
    expect(item.id).toMatch(/^[0-9a-f-]{36}$/);
  },
  TIMEOUT,
);

test(
  '编辑修改申请材料名称，保存草稿并提交审核',
  async () => {
    await page.getByRole('tab', { name: '基本信息' }).waitFor();
    await expectAccessible('办事指南编辑页');

    await page.getByRole('tab', { name: '申请材料' }).click();
    const nameInput = page.getByLabel('材料名称', { exact: true }).first();
    const current = await nameInput.inputValue();
    item.materialName = `${current.replace(/（E2E\d+）$/, '')}（E2E${Date.now() % 1_000_000}）`;
    await nameInput.fill(item.materialName);

    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.getByText(/草稿已保存（第 \d+ 版）/).waitFor();
    await page.getByRole('button', { name: '提交审核' }).click();
    await page.getByText(/第 \d+ 版已提交审核/).waitFor();
    await page.getByText('该事项有版本正在审核，审核退回后才能继续修改。').waitFor();
    expect(await page.getByRole('button', { name: '提交审核' }).count()).toBe(0);
    await screenshot('admin-editor-submitted');
  },
  TIMEOUT,
);

test(
  '审核人员看到与上一版的差异并审核发布',
  async () => {
    await page.getByRole('button', { name: '退出' }).click();
    await page.waitForURL(/\/admin\/login/);
    await login('reviewer');
    await page.goto(`/admin/catalog/${item.id}`);

    const pending = page.getByRole('table').filter({ hasText: item.materialName });
    await pending
      .getByRole('cell', { name: /材料名称/ })
      .first()
      .waitFor();
    await pending.getByRole('cell', { name: item.materialName, exact: true }).waitFor();
    await screenshot('admin-review-diff');

    await page.getByRole('button', { name: '审核发布' }).click();
    const dialog = page.getByRole('dialog', { name: '审核发布' });
    await dialog.getByLabel('审核意见（可选）').fill('材料名称修改无误，同意发布');
    await dialog.getByRole('button', { name: '确认发布' }).click();
    await page.getByText(/第 \d+ 版已审核发布/).waitFor();
    await page.getByRole('button', { name: '审核发布' }).waitFor({ state: 'detached' });

    // the history diff of the new version against the one before it
    await page
      .getByRole('button', { name: /^第 \d+ 版与第 \d+ 版对比$/ })
      .first()
      .click();
    const drawer = page.getByRole('dialog').filter({ hasText: '的修改' });
    await drawer.getByRole('cell', { name: item.materialName, exact: true }).waitFor();
    await drawer
      .getByRole('button', { name: /关闭|Close/ })
      .first()
      .click();
  },
  TIMEOUT,
);

test(
  '公众办事指南页显示发布后的材料名称',
  async () => {
    expect(item.materialName).toMatch(/（E2E\d+）$/);
    await page.goto(`/items/${item.id}`);
    await page.getByText(item.materialName).first().waitFor();
    await screenshot('public-guide-after-publish');
  },
  TIMEOUT,
);

test(
  '质量评估页显示示例缺陷事项及其问题和整改方法，可导出 Excel',
  async () => {
    await page.goto('/admin/scorecard');
    await page.getByRole('heading', { name: '办事指南质量评估' }).waitFor();
    await page
      .getByRole('cell', { name: '指标' })
      .or(page.getByRole('columnheader', { name: '指标' }))
      .first()
      .waitFor();
    await page.getByRole('row').filter({ hasText: '达标' }).first().waitFor();
    const exportLink = page.getByRole('link', { name: /导出 Excel/ });
    expect(await exportLink.getAttribute('href')).toContain('/api/catalog/scorecard.xlsx');
    await expectAccessible('质量评估页');

    await page.getByRole('tab', { name: '事项明细' }).click();
    const panel = page.getByRole('tabpanel', { name: '事项明细' });
    const flawed = panel
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: /^示例缺陷：/ }) })
      .filter({ has: page.getByRole('button', { name: '展开行' }) })
      .first();
    await flawed.waitFor();
    await flawed.getByRole('button', { name: '展开行' }).click();
    const findings = panel
      .getByRole('table')
      .filter({ has: page.getByRole('columnheader', { name: '整改方法' }) })
      .first();
    await findings.waitFor();
    expect(await findings.getByRole('row').count()).toBeGreaterThan(1);
    await screenshot('admin-scorecard-flawed-item');
    await expectAccessible('质量评估页（展开问题）');
  },
  TIMEOUT,
);
