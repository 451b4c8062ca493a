// Workbench management journeys against a running platform (E2E_BASE_URL) with the demo data: an editor
// claims a base item for a 呼伦贝尔市 department and lands in the guide editor with the copied guide; the
// administrator creates a department (the credit code checked in the page, the server's field message shown),
// adds a 社区 under a 海拉尔区 street, and creates a window clerk's account.
import { completeCreditCode } from '@msb/contracts';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  axeViolations,
  type Browser,
  launchBrowser,
  signIn,
  screenshot as takeScreenshot,
} from './browser.ts';

const TIMEOUT = 90_000;
/** keeps names unique when the journeys run twice against the same data */
const RUN = String(Date.now() % 1_000_000).padStart(6, '0');

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

async function switchUser(username: string) {
  await page.getByRole('button', { name: '退出' }).click();
  await page.waitForURL(/\/admin\/login/);
  await login(username);
}

/** Opens an antd Select by its label, types to narrow it and picks the option with that name. */
async function pick(scope: Page | Locator, label: string, typed: string, option: RegExp) {
  const box = scope.getByLabel(label, { exact: true });
  await box.click();
  await box.fill(typed);
  const choice = page.getByRole('option', { name: option });
  await choice.click();
  // the list closes once the choice is made
  await choice.waitFor({ state: 'hidden' });
}

test(
  '事项编辑认领「居住证核发」为呼伦贝尔市政务服务中心的实施清单，进入编辑页看到复制的办事指南',
  async () => {
    await page.goto('/admin/catalog/new');
    await page.waitForURL(/\/admin\/login\?next=/);
    await login('editor');
    await page.waitForURL(/\/admin\/catalog\/new$/);
    await page.getByRole('heading', { name: '认领/新建事项' }).waitFor();
    // editors see the claim page but not the administrator's pages
    const nav = page.getByRole('navigation', { name: '工作台导航' });
    await nav.getByRole('link', { name: '认领/新建事项' }).waitFor();
    expect(await nav.getByRole('link', { name: '部门与单位' }).count()).toBe(0);
    await expectAccessible('认领/新建事项');

    await pick(page, '基本目录事项', '居住证', /^居住证核发（/);
    await page.getByText(/^将复制「.+」第 \d+ 版办事指南作为第 1 版草稿/).waitFor();
    await pick(page, '实施部门', '政务服务中心', /^呼伦贝尔市政务服务中心$/);
    await expect.poll(() => page.getByLabel('实施区划').inputValue()).toBe('150700000000');
    const codeInput = page.getByLabel('实施编码');
    await expect.poll(() => codeInput.inputValue()).toMatch(/^[0-9A-Z]{18}-0700301000-001$/);
    // the suggestion is editable: a run number keeps the code free when the journey runs again
    await codeInput.fill((await codeInput.inputValue()).replace(/001$/, RUN));
    await page.getByText('呼伦贝尔市', { exact: true }).waitFor();
    await expectAccessible('认领/新建事项（已填写）');
    await screenshot('admin-claim-filled');

    await page.getByRole('button', { name: '认领并开始编辑' }).click();
    await page.waitForURL(/\/admin\/catalog\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: '居住证核发' }).waitFor();
    await page.getByText('呼伦贝尔市政务服务中心').first().waitFor();
    await page
      .getByText(/第 1 版 草稿/)
      .first()
      .waitFor();

    // the template's materials are copied; its place and phones are left for this department to fill
    await page.getByRole('tab', { name: '申请材料' }).click();
    await expect
      .poll(() => page.getByLabel('材料名称', { exact: true }).first().inputValue())
      .toBe('居住证申领登记表');
    await page.getByRole('tab', { name: '办理地点与时间' }).click();
    expect(await page.getByLabel('街道名称', { exact: true }).inputValue()).toBe('');
    expect(await page.getByLabel('咨询电话', { exact: true }).inputValue()).toBe('');
    await screenshot('admin-claim-editor');
  },
  TIMEOUT,
);

test(
  '系统管理员新建部门：统一社会信用代码有误时显示中文提示，区划不存在时显示服务端提示，改正后在列表中看到',
  async () => {
    await switchUser('admin');
    await page.goto('/admin/orgs');
    await page.getByRole('heading', { name: '部门与单位' }).waitFor();
    await page
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: '政府部门', exact: true }) })
      .first()
      .waitFor();
    await expectAccessible('部门与单位');
    await screenshot('admin-orgs');

    const name = `呼伦贝尔市E2E测试局${RUN}`;
    const good = completeCreditCode(`11150700E2E${RUN}`);
    const bad = `${good.slice(0, 17)}${good.endsWith('0') ? '1' : '0'}`;

    await page.getByRole('button', { name: '新建部门或单位' }).click();
    const drawer = page.getByRole('dialog', { name: '新建部门或单位' });
    await drawer.getByLabel('名称', { exact: true }).fill(name);
    await drawer.getByLabel('标识', { exact: true }).fill(`e2e-dept-${RUN}`);
    await drawer.getByLabel('区划代码', { exact: true }).fill('150799000000');
    await drawer.getByLabel('统一社会信用代码', { exact: true }).fill(bad);
    await drawer.getByRole('button', { name: '保存' }).click();
    await drawer.getByText('统一社会信用代码校验位不正确，请核对后重新输入').waitFor();
    await expectAccessible('新建部门（信用代码有误）');
    await screenshot('admin-org-invalid-credit-code');

    // the code is right now; the region does not exist, which only the server knows
    await drawer.getByLabel('统一社会信用代码', { exact: true }).fill(good);
    await drawer.getByRole('button', { name: '保存' }).click();
    await drawer.getByText('区划代码 150799000000 不存在').first().waitFor();
    await drawer.getByLabel('区划代码', { exact: true }).fill('150700000000');
    await drawer.getByRole('button', { name: '保存' }).click();
    await drawer.waitFor({ state: 'hidden' });

    await page.getByLabel('搜索部门与单位').fill(name);
    await page.getByLabel('搜索部门与单位').press('Enter');
    const row = page.getByRole('row').filter({ hasText: name });
    await row.getByRole('cell', { name: good }).waitFor();
    await row.getByRole('cell', { name: '150700000000' }).waitFor();
    await screenshot('admin-org-created');
  },
  TIMEOUT,
);

test(
  '系统管理员在海拉尔区正阳街道下添加社区，重复的代码显示服务端提示',
  async () => {
    await page.goto('/admin/regions');
    await page.getByRole('heading', { name: '区划', exact: true }).waitFor();
    const tree = page.getByRole('tree', { name: '区划树' });
    const open = async (name: string) => {
      await tree.getByRole('treeitem', { name, exact: true }).getByText(name, { exact: true }).click();
    };
    await open('呼伦贝尔市');
    await open('海拉尔区');
    await open('正阳街道');
    const form = page.getByRole('form', { name: '在「正阳街道」下添加嘎查村/社区' });
    await form.waitFor();
    await expect.poll(() => form.getByLabel('区划代码').inputValue()).toMatch(/^150702001\d{3}$/);
    await expectAccessible('区划');

    const code = await form.getByLabel('区划代码').inputValue();
    const community = `E2E测试社区${RUN}`;
    await form.getByLabel('名称').fill(community);
    await form.getByRole('button', { name: '添加' }).click();
    await tree.getByRole('treeitem', { name: community, exact: true }).waitFor();
    await page.getByText(`已添加「${community}」（${code}）`).waitFor();
    await screenshot('admin-region-village-added');

    // the same code again: the server refuses it and says why
    await form.getByLabel('区划代码').fill(code);
    await form.getByLabel('名称').fill(`${community}二`);
    await form.getByRole('button', { name: '添加' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: `区划代码 ${code} 已存在` })
      .waitFor();
  },
  TIMEOUT,
);

test(
  '系统管理员为海拉尔区新建综合窗口人员账号',
  async () => {
    await page.goto('/admin/users');
    await page.getByRole('heading', { name: '工作人员账号' }).waitFor();
    await page.getByRole('cell', { name: 'editor', exact: true }).waitFor();
    await expectAccessible('工作人员账号');
    await screenshot('admin-users');

    const username = `clerk-e2e-${RUN}`;
    await page.getByRole('button', { name: '新建账号' }).click();
    const drawer = page.getByRole('dialog', { name: '新建工作人员账号' });
    await drawer.getByLabel('用户名', { exact: true }).fill(username);
    await drawer.getByLabel('姓名', { exact: true }).fill('海拉尔区综合窗口（E2E）');
    await drawer.getByLabel('初始密码', { exact: true }).fill('Clerk@e2e-2026');
    await drawer.getByRole('checkbox', { name: '综合窗口' }).check();
    await drawer.getByLabel('区划代码', { exact: true }).fill('150702000000');
    await expectAccessible('新建工作人员账号');
    await drawer.getByRole('button', { name: '确认新建' }).click();
    await drawer.waitFor({ state: 'hidden' });

    await page.getByLabel('搜索账号').fill(username);
    await page.getByLabel('搜索账号').press('Enter');
    const row = page.getByRole('row').filter({ hasText: username });
    await row.getByText('综合窗口', { exact: true }).waitFor();
    await row.getByRole('cell', { name: '150702000000' }).waitFor();
    await screenshot('admin-user-created');
  },
  TIMEOUT,
);
