// The department's chief representative on a case in review (seeded through the API: received and
// accepted at the window, claimed by an approver): extends the time limit, runs a special procedure that
// stops the clock, and transfers the case to another approver chosen from the department's staff.
import { idNumberCheckChar } from '@msb/contracts';
import { type APIRequestContext, type Page, request } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  axeViolations,
  BASE_URL,
  type Browser,
  DEMO_PASSWORD,
  launchBrowser,
  signIn,
  screenshot as takeScreenshot,
} from './browser.ts';

const TIMEOUT = 90_000;
const ITEM = '社会保障卡申领';
let browser: Browser;
let page: Page;
const seeded = { id: '', caseNumber: '', promisedDue: '' };

async function staffApi(username: string): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL: BASE_URL });
  const res = await api.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(res.status(), await res.text()).toBe(200);
  return api;
}

async function ok<T>(response: Promise<import('playwright-core').APIResponse>): Promise<T> {
  const res = await response;
  expect(res.ok(), await res.text()).toBe(true);
  return (await res.json()) as T;
}

/** A case of 社会保障卡申领 accepted at the window and claimed by `approver`. */
async function seedCaseInReview() {
  const window = await staffApi('window');
  const first17 = `15020319760${String(1 + (Date.now() % 9))}${String(10 + (Date.now() % 18))}${String(Date.now() % 1000).padStart(3, '0')}`;
  const person = await ok<{ id: string }>(
    window.post('/api/persons', {
      data: { name: `督办申请人${Date.now() % 10_000}`, idNumber: `${first17}${idNumberCheckChar(first17)}` },
    }),
  );
  const hits = await ok<{ items: { id: string; name: string; orgName: string }[] }>(
    window.get(`/api/search?q=${encodeURIComponent(ITEM)}&region=150203000000`),
  );
  const item = hits.items.find((h) => h.name === ITEM && h.orgName.includes('人力资源和社会保障局'));
  expect(item).toBeTruthy();
  const created = await ok<{ id: string; caseNumber: string }>(
    window.post('/api/window/cases', {
      headers: { 'idempotency-key': `chief-e2e-${Date.now()}` },
      data: {
        implementationId: item?.id,
        applicant: { personId: person.id },
        contactMobile: '13912340001',
        situation: { 'insured-person': ['resident'] },
        deliveryPreference: 'post',
        postalAddress: '包头市昆都仑区钢铁大街 1 号（示例）',
      },
    }),
  );
  const accepted = await ok<{ clock: { promisedDue: string } }>(
    window.post(`/api/cases/${created.id}/actions/accept`, {
      data: {
        materialsChecklist: [
          { materialId: 'id-card', present: true, originalSeen: true, copies: 1 },
          { materialId: 'photo', present: true, copies: 0 },
        ],
      },
    }),
  );
  const approver = await staffApi('approver');
  await ok(approver.post(`/api/cases/${created.id}/actions/claim`, { data: {} }));
  await Promise.all([window.dispose(), approver.dispose()]);
  seeded.id = created.id;
  seeded.caseNumber = created.caseNumber;
  seeded.promisedDue = accepted.clock.promisedDue;
}

beforeAll(async () => {
  await seedCaseInReview();
  browser = await launchBrowser();
  page = browser.page;
}, TIMEOUT);

afterAll(async () => {
  await browser?.close();
});

async function expectAccessible(name: string) {
  await page.locator('.ant-message-notice').last().waitFor({ state: 'detached', timeout: 10_000 });
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getTiming().iterations !== Number.POSITIVE_INFINITY)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  expect(await axeViolations(page), `${name} 的无障碍检查`).toEqual([]);
}

async function confirm(action: string) {
  const dialog = page.getByRole('dialog', { name: action });
  await dialog.getByRole('button', { name: `确认${action}` }).click();
  await dialog.waitFor({ state: 'detached' });
}

test(
  '首席代表在部门待办中找到审查中的办件并延长办理期限',
  async () => {
    await page.goto('/admin/login');
    await signIn(page, 'chief');
    await page.waitForURL(/\/admin\/work\/department$/);
    const nav = page.getByRole('navigation', { name: '工作台导航' });
    for (const desk of ['综合窗口', '部门待办', '出件窗口'])
      await nav.getByRole('link', { name: desk }).waitFor();
    const row = page.getByRole('row').filter({ hasText: seeded.caseNumber });
    await row.getByText('审查中').waitFor();
    await row.getByText('已有承办人').waitFor();
    await row.getByRole('link', { name: seeded.caseNumber }).click();
    await page.waitForURL(new RegExp(`/admin/work/cases/${seeded.id}$`));

    const clock = page.locator('.ant-card').filter({ has: page.getByRole('heading', { name: '办理时限' }) });
    await clock.getByText(seeded.promisedDue, { exact: true }).waitFor();
    await page.getByRole('button', { name: '延长办理期限' }).click();
    const dialog = page.getByRole('dialog', { name: '延长办理期限' });
    await dialog.getByRole('spinbutton', { name: '天数' }).fill('5');
    await dialog.getByLabel('延期理由').fill('需到用人单位核实参保信息');
    await expectAccessible('延长办理期限对话框');
    await confirm('延长办理期限');
    // the new due date, with the one computed at acceptance beside it
    await clock.getByText(new RegExp(`^\\d{4}-\\d{2}-\\d{2}（原为 ${seeded.promisedDue}）$`)).waitFor();
    await page.getByText('延长 5 个工作日').waitFor();
  },
  TIMEOUT,
);

test(
  '启动特别程序后暂停计时，结束后恢复',
  async () => {
    await page.getByRole('button', { name: '启动特别程序' }).click();
    const dialog = page.getByRole('dialog', { name: '启动特别程序' });
    await dialog.getByLabel('特别程序名称').fill('专家评审');
    await dialog.getByRole('spinbutton', { name: '天数' }).fill('3');
    // a button-style radio: its input is hidden under the label the user clicks
    await dialog.locator('label').filter({ hasText: '自然日' }).click();
    expect(await dialog.getByRole('radio', { name: '自然日' }).isChecked()).toBe(true);
    await confirm('启动特别程序');
    await page.getByRole('heading', { level: 1 }).getByText('特别程序中', { exact: true }).waitFor();
    await page.getByText('特别程序进行中，所需时间不计入办理时限').waitFor();
    await page.getByText('专家评审，所需时间 3 个自然日').waitFor();
    await expectAccessible('办件页：特别程序中');
    await takeScreenshot(page, 'workbench-chief-special-procedure');

    await page.getByRole('button', { name: '结束特别程序' }).click();
    await page
      .getByRole('dialog', { name: '结束特别程序' })
      .getByLabel('结果说明')
      .fill('专家评审意见：符合条件');
    await confirm('结束特别程序');
    await page.getByRole('heading', { level: 1 }).getByText('审查中', { exact: true }).waitFor();
  },
  TIMEOUT,
);

test(
  '转办给本部门另一名审批人员',
  async () => {
    await page.getByRole('button', { name: '转办' }).click();
    const dialog = page.getByRole('dialog', { name: '转办' });
    const staff = dialog.getByRole('radiogroup', { name: '承办人' });
    await staff.getByRole('radio', { name: /昆都仑区人社局审批人员二（示例）/ }).check();
    expect(await staff.getByRole('radio', { name: /^昆都仑区人社局审批人员（示例）/ }).count()).toBe(0);
    await dialog.getByLabel('转办理由').fill('原承办人回避');
    await expectAccessible('转办对话框');
    await confirm('转办');
    await page.getByText('承办人：昆都仑区人社局审批人员二（示例）').waitFor();
    await page
      .locator('.ant-descriptions-item-content')
      .getByText('昆都仑区人社局审批人员二（示例）', { exact: true })
      .waitFor();
    await expectAccessible('办件页：转办后');
    await takeScreenshot(page, 'workbench-chief-transferred');
  },
  TIMEOUT,
);
