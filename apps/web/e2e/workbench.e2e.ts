// The case desks against a running platform (E2E_BASE_URL) with the demo data: the window clerk records a
// walk-in applicant, files an application for an item of 昆都仑区人社局, leaves a material missing and issues
// the one-time correction notice, takes the corrected material in and accepts (receipt); the approver
// claims, records an opinion, sees the full ID number through the audited reveal and approves; the output
// window issues the result and hands it over against a signed receipt, and the case is archived.
import { completeCreditCode, idNumberCheckChar } from '@msb/contracts';
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
const ITEM = '社会保障卡申领';
const ORG = '包头市昆都仑区人力资源和社会保障局';
const ID_CARD = '申领人居民身份证';
const PHOTO = '近期免冠白底彩色电子照片';

/** A made-up 公民身份号码 of 昆都仑区 (150203) with its GB 11643 check character; unique per run. */
function walkInIdNumber(): string {
  const seq = String(Date.now() % 1000).padStart(3, '0');
  const day = String(1 + (Math.floor(Date.now() / 1000) % 28)).padStart(2, '0');
  const first17 = `1502031988${'07'}${day}${seq}`;
  return `${first17}${idNumberCheckChar(first17)}`;
}

/** The same number with a wrong check character. */
const withWrongCheck = (id: string) => `${id.slice(0, 17)}${id.endsWith('0') ? '1' : '0'}`;

const applicant = {
  name: `窗口申请人${Date.now() % 10_000}`,
  idNumber: walkInIdNumber(),
  mobile: '13912340000',
};
const state = { caseNumber: '', caseUrl: '' };
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = browser.page;
}, TIMEOUT);

afterAll(async () => {
  await browser?.close();
});

/**
 * Let running transitions end before axe looks: a button that was just enabled fades to its colours, and a
 * toast (操作成功 …) fading out is half transparent for a moment — wait until it has gone.
 */
async function settle() {
  await page.locator('.ant-message-notice').last().waitFor({ state: 'detached', timeout: 10_000 });
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getTiming().iterations !== Number.POSITIVE_INFINITY)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}

async function expectAccessible(name: string) {
  await settle();
  expect(await axeViolations(page), `${name} 的无障碍检查`).toEqual([]);
}
const screenshot = (name: string) => takeScreenshot(page, name);

async function switchUser(username: string) {
  if (await page.getByRole('button', { name: '退出' }).count()) {
    await page.getByRole('button', { name: '退出' }).click();
    await page.waitForURL(/\/admin\/login/);
  } else {
    await page.goto('/admin/login');
  }
  await signIn(page, username);
}

/** A printed notice: the link opens the case's PDF, which the signed-in clerk can fetch. */
async function expectPdf(link: Locator, file: string) {
  const href = await link.getAttribute('href');
  expect(href).toMatch(new RegExp(`/api/cases/[0-9a-f-]{36}/documents/${file}$`));
  expect(await link.getAttribute('target')).toBe('_blank');
  const res = await page.context().request.get(href ?? '');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('application/pdf');
  expect((await res.body()).subarray(0, 4).toString('latin1')).toBe('%PDF');
}

/** Open a case action's dialog, fill it, confirm, and wait for the new state. */
async function act(action: string, fill: (dialog: Locator) => Promise<void>, stateLabel: string) {
  await page.getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: action });
  // the dialog zooms in: act once it is still (a click during the zoom was lost on a loaded machine)
  await dialog.waitFor();
  await settle();
  await fill(dialog);
  await dialog.getByRole('button', { name: `确认${action}` }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('heading', { level: 1 }).getByText(stateLabel, { exact: true }).waitFor();
}

test(
  '窗口人员登录后进入综合窗口，登记现场申请人（身份证校验位逐字段提示）',
  async () => {
    await page.goto('/admin/login');
    await signIn(page, 'window');
    await page.waitForURL(/\/admin\/work\/window$/);
    await page.getByRole('heading', { level: 1, name: '综合窗口' }).waitFor();
    await page
      .getByRole('navigation', { name: '工作台导航' })
      .getByRole('link', { name: '综合窗口' })
      .waitFor();
    await expectAccessible('综合窗口');
    await screenshot('workbench-window-queue');

    await page.getByRole('button', { name: '窗口收件' }).click();
    await page.waitForURL(/\/admin\/work\/window\/intake$/);
    await page.getByRole('heading', { level: 1, name: '窗口收件' }).waitFor();

    // an enterprise applicant: the credit code's check character is verified under its field, and the
    // demo enterprise (示例科技有限公司, seed demo-accounts.ts) is found by its code
    const kind = page.getByRole('radiogroup', { name: '申请人类型' });
    await kind.locator('label').filter({ hasText: '法人' }).click();
    const demoCode = completeCreditCode('91150203D90000001');
    const codeInput = page.getByLabel('统一社会信用代码');
    await codeInput.fill(`${demoCode.slice(0, 17)}${demoCode.endsWith('0') ? '1' : '0'}`);
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByText('统一社会信用代码校验位不正确，请核对后重新输入').waitFor();
    await codeInput.fill(demoCode);
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByRole('cell', { name: '示例科技有限公司' }).waitFor();
    await expectAccessible('窗口收件：查找企业');
    await kind.locator('label').filter({ hasText: '自然人' }).click();

    const idInput = page.getByLabel('身份证号码', { exact: true });
    await idInput.fill(withWrongCheck(applicant.idNumber));
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByText('身份证号码校验位不正确，请核对后重新输入').waitFor();

    await idInput.fill(applicant.idNumber);
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByText('平台中没有该身份证号码的登记').waitFor();
    await page.getByLabel('姓名', { exact: true }).fill(applicant.name);
    await page.getByLabel('手机号码（可选）').fill(applicant.mobile);
    await expectAccessible('窗口收件：登记申请人');
    await page.getByRole('button', { name: '登记申请人' }).click();
    await page
      .getByText(`申请人：${applicant.name}（1502**********${applicant.idNumber.slice(-4)}）`)
      .waitFor();
    await screenshot('workbench-intake-applicant');
    await page.getByRole('button', { name: '下一步' }).click();
  },
  TIMEOUT,
);

test(
  '选择本窗口可受理的事项，填写申请信息并登记收件',
  async () => {
    await page.getByRole('searchbox', { name: '搜索事项' }).fill('社会保障卡');
    await page.getByRole('searchbox', { name: '搜索事项' }).press('Enter');
    await page
      .getByRole('radiogroup', { name: '申请事项' })
      .getByRole('radio', { name: `${ITEM} — ${ORG}` })
      .check();
    await page.getByText('承诺办结时限').waitFor();
    await expectAccessible('窗口收件：选择事项');
    await page.getByRole('button', { name: '下一步' }).click();

    await page.getByLabel('联系手机号码').fill(applicant.mobile);
    await page.getByRole('radio', { name: '已满十六周岁的居民' }).check();
    await page.getByRole('radio', { name: '窗口领取' }).check();
    await page.getByText('按所选情形需收取的材料（2 项）').waitFor();
    await expectAccessible('窗口收件：申请信息');
    await screenshot('workbench-intake-application');
    await page.getByRole('button', { name: '登记收件' }).click();

    const received = page.getByText(/^已收件，办件编号 \d{12}-\d{8}-\d{6}/);
    await received.waitFor();
    state.caseNumber = (await received.textContent())?.match(/\d{12}-\d{8}-\d{6}/)?.[0] ?? '';
    expect(state.caseNumber).toMatch(/^150203000000-/);
  },
  TIMEOUT,
);

test(
  '核验材料时缺少一项：一次性告知补正，打开告知书 PDF',
  async () => {
    await page.getByRole('checkbox', { name: `${ID_CARD}：已收取` }).check();
    expect(await page.getByRole('checkbox', { name: `${ID_CARD}：已核验原件` }).isChecked()).toBe(true);
    expect(await page.getByRole('spinbutton', { name: `${ID_CARD}：复印件份数` }).inputValue()).toBe('1');
    await page.getByRole('textbox', { name: `${ID_CARD}：备注` }).fill('原件已核验并退还');
    expect(await page.getByRole('checkbox', { name: `${PHOTO}：已收取` }).isChecked()).toBe(false);
    await page.getByText('尚有 1 项不能受理，可一次性告知补正或不予受理').waitFor();
    await expectAccessible('窗口收件：材料核验');
    await screenshot('workbench-intake-checklist');

    await page.getByRole('button', { name: '一次性告知补正' }).click();
    const dialog = page.getByRole('dialog', { name: '一次性告知补正' });
    expect(await dialog.getByLabel('补正事项 1 存在的问题').inputValue()).toBe(`未提交“${PHOTO}”`);
    await expectAccessible('一次性告知补正对话框');
    await dialog.getByRole('button', { name: '出具一次性告知书' }).click();
    await page.getByText('已一次性告知补正').first().waitFor();
    await screenshot('workbench-intake-correction');
    await expectPdf(page.getByRole('link', { name: '打印补正材料一次性告知书' }), 'correction.pdf');

    // the clerk opens it: a new tab with the PDF
    const [popup] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('link', { name: '打印补正材料一次性告知书' }).click(),
    ]);
    expect(popup.url()).toMatch(/\/documents\/correction\.pdf$/);
    await popup.close();
  },
  TIMEOUT,
);

test(
  '申请人补交材料：窗口接收补正材料后受理，打印受理凭证',
  async () => {
    await page
      .getByRole('navigation', { name: '工作台导航' })
      .getByRole('link', { name: '综合窗口' })
      .click();
    await page.getByRole('searchbox', { name: '搜索' }).fill(state.caseNumber);
    await page.getByRole('searchbox', { name: '搜索' }).press('Enter');
    const row = page.getByRole('row').filter({ hasText: state.caseNumber });
    await row.getByText('待补正').waitFor();
    await row.getByRole('link', { name: state.caseNumber }).click();
    await page.waitForURL(/\/admin\/work\/cases\/[0-9a-f-]{36}$/);
    state.caseUrl = new URL(page.url()).pathname;

    await page.getByRole('heading', { name: '接收补正材料' }).waitFor();
    await page.getByText(`未提交“${PHOTO}”`).first().waitFor();
    await expectAccessible('办件页：接收补正材料');
    await page.getByRole('checkbox', { name: `${PHOTO}：已收取` }).check();
    await page.getByRole('button', { name: '提交补正材料' }).click();
    await page.getByRole('heading', { name: '材料核验与受理' }).waitFor();
    // what the notice did not ask for was received at the first visit; the photo has just come
    expect(await page.getByRole('checkbox', { name: `${ID_CARD}：已收取` }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: `${PHOTO}：已收取` }).isChecked()).toBe(true);

    await page.getByRole('button', { name: '受理', exact: true }).click();
    await page.getByRole('heading', { level: 1 }).getByText('已受理', { exact: true }).waitFor();
    await expectPdf(page.getByRole('link', { name: '打印受理凭证' }), 'receipt.pdf');
    await page.getByText('一次性告知补正').first().waitFor();
    await page.getByText('提交补正材料').first().waitFor();
    await expectAccessible('办件页：已受理');
    await screenshot('workbench-case-accepted');
  },
  TIMEOUT,
);

test(
  '审批人员在部门待办看到时限预警，认领、填写审查意见、查看完整身份证号并准予',
  async () => {
    await switchUser('approver');
    await page.waitForURL(/\/admin\/work\/department$/);
    await page.getByRole('heading', { level: 1, name: '部门待办' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: state.caseNumber });
    await row.getByText(/^正常 · 剩余 \d+ 个工作日$/).waitFor();
    await row.getByText('待认领').waitFor();
    await expectAccessible('部门待办');
    await screenshot('workbench-department-list');
    await row.getByRole('link', { name: state.caseNumber }).click();
    await page.waitForURL(new RegExp(`${state.caseUrl}$`));

    await act('认领', async () => {}, '审查中');
    await page.getByText('昆都仑区人社局审批人员（示例）').first().waitFor();
    await act(
      '填写审查意见',
      (dialog) =>
        dialog.getByLabel(/^审查意见（第 1\/\d 步/).fill('申领人身份证原件已核验，照片符合要求，同意办理。'),
      '审查中',
    );
    await page.getByText(/^审查意见（.+）：申领人身份证原件已核验/).waitFor();

    await page.getByRole('button', { name: '查看完整身份证号' }).click();
    const reveal = page.getByRole('dialog', { name: `查看 ${applicant.name} 的完整身份证号码` });
    await reveal.getByRole('button', { name: '查看' }).click();
    await reveal.getByText('请填写查看事由').waitFor();
    await reveal.getByLabel('查看事由').fill('核对社保卡制卡信息');
    await reveal.getByRole('button', { name: '查看' }).click();
    expect(await reveal.getByTestId('revealed-id').textContent()).toBe(applicant.idNumber);
    await reveal.getByText('本次查看已记入审计日志').waitFor();
    await reveal.getByRole('button', { name: '关闭' }).last().click();
    await reveal.waitFor({ state: 'detached' });

    await act(
      '作出准予决定',
      (dialog) => dialog.getByLabel('决定理由').fill('符合社会保障卡申领条件，准予办理。'),
      '准予办理',
    );
    await expectAccessible('办件页：准予办理');
    await screenshot('workbench-case-approved');
  },
  TIMEOUT,
);

test(
  '出件窗口出具结果，窗口交付并记录签收人，办件归档',
  async () => {
    await switchUser('output');
    await page.waitForURL(/\/admin\/work\/output$/);
    const row = page.getByRole('row').filter({ hasText: state.caseNumber });
    await row.getByText('准予办理').waitFor();
    await row.getByText('窗口领取').waitFor();
    await expectAccessible('出件窗口');
    await row.getByRole('link', { name: state.caseNumber }).click();

    await act('出具办理结果', async () => {}, '结果已出具');
    await act(
      '送达',
      async (dialog) => {
        expect(await dialog.getByRole('radio', { name: '窗口领取' }).isChecked()).toBe(true);
        await dialog.getByRole('button', { name: '确认送达' }).click();
        await dialog.getByText('请填写签收人姓名').waitFor();
        await dialog.getByLabel('签收人姓名').fill(`${applicant.name}（本人）`);
      },
      '已归档',
    );
    // the summary and the history both record who signed for it
    await page.getByText(`窗口领取，签收：${applicant.name}（本人）`).waitFor();
    await page.getByText(`签收：${applicant.name}（本人）`, { exact: true }).waitFor();
    await page.getByText('送达后自动归档').first().waitFor();
    await page.getByText('当前没有您可以执行的操作').waitFor();
    await expectAccessible('办件页：已归档');
    await screenshot('workbench-case-closed');
  },
  TIMEOUT,
);

test(
  '督查人员查看辖区在办办件，按预警筛选',
  async () => {
    await switchUser('supervisor');
    await page.waitForURL(/\/admin\/work\/supervision$/);
    await page.getByRole('heading', { level: 1, name: '督查' }).waitFor();
    // the API filters by warning over the whole district, not a loaded page, and pages the result
    const pick = async (label: string, warning: string) => {
      const [res] = await Promise.all([
        page.waitForResponse(
          (r) => r.url().includes('/api/worklists/supervision?') && r.url().includes(`warning=${warning}`),
        ),
        page.getByRole('radiogroup', { name: '时限预警' }).getByText(label, { exact: true }).click(),
      ]);
      await page.waitForURL(new RegExp(`warning=${warning}`));
      return (await res.json()) as { items: { caseNumber: string | null; warning: string }[]; total: number };
    };
    const normal = await pick('正常', 'normal');
    expect(normal.total).toBeGreaterThan(0);
    expect(normal.items.every((row) => row.warning === 'normal')).toBe(true);
    await page.getByText(`共 ${normal.total} 件`).waitFor();
    const overdue = await pick('已超期', 'red');
    expect(overdue.items.every((row) => row.warning === 'red')).toBe(true);
    if (overdue.total === 0) await page.getByText('暂无在办办件').waitFor();
    else await page.getByText(`共 ${overdue.total} 件`).waitFor();
    await expectAccessible('督查');
    await screenshot('workbench-supervision');
  },
  TIMEOUT,
);
