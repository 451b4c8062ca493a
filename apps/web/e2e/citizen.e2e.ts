// Citizen journeys of issue 3 §7 in Debian Chromium against a running platform with the demo data (示例):
// apply online from the guide page, save a draft, upload, submit, answer a correction notice, track, download
// the decision (electronic delivery) — on the PC portal and on the phone. Staff steps (受理, 认领, 准予, 出证)
// go through the API with the demo staff accounts of 包头市昆都仑区人力资源和社会保障局 (kdl-rsj).
// Every page visited gets a screenshot in e2e/artifacts/ and an axe check (WCAG 2 A/AA) with no violation.
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { BASE_URL } from './browser.ts';
import {
  browserPerSuite,
  CASE_NUMBER,
  CITIZEN,
  checkPage,
  expectHeading,
  staff,
  TINY_PDF,
} from './journey-steps.ts';

const TIMEOUT = 300_000;
const KDL_REGION = '150203000000';
const KDL_RSJ = '包头市昆都仑区人力资源和社会保障局';

const pdf = (name: string) => ({ name, mimeType: 'application/pdf', buffer: TINY_PDF });

type Guide = {
  name: string;
  delivery: string[];
  acceptOnReceipt: boolean;
  channels: string[];
  maturity: string;
};

/**
 * A maturity-IV item of kdl-rsj (where the demo window and approver work) for persons, open on the web and
 * the phone, delivering by download, accepted at the window (so a correction notice can be asked).
 */
async function findItem(): Promise<{ id: string; guide: Guide }> {
  const res = await fetch(`${BASE_URL}/api/search?region=${KDL_REGION}&maturity=IV&limit=50`);
  const found = (await res.json()) as { items: { id: string; orgName: string; audience: string[] }[] };
  for (const hit of found.items.filter((i) => i.orgName === KDL_RSJ && i.audience.includes('person'))) {
    const item = (await (await fetch(`${BASE_URL}/api/items/${hit.id}`)).json()) as { guide: Guide };
    const g = item.guide;
    if (
      g.maturity === 'IV' &&
      g.delivery.includes('download') &&
      !g.acceptOnReceipt &&
      g.channels.includes('web') &&
      g.channels.includes('mobile')
    ) {
      return { id: hit.id, guide: g };
    }
  }
  throw new Error('no maturity-IV person item of kdl-rsj with download delivery in the demo data');
}

type Checklist = { materialId: string; name: string; requirement: string; provided: boolean }[];

/** The case as the signed-in browser sees it (the page's own cookies). */
async function caseOf(page: Page, caseId: string) {
  const res = await page.request.get(`/api/cases/${caseId}`);
  expect(res.ok()).toBe(true);
  return (await res.json()) as { state: string; caseNumber: string | null; checklist: Checklist };
}

async function uploadOnPortal(page: Page, materialName: string, fileName: string): Promise<void> {
  const row = page
    .locator('li.case-material')
    .filter({ has: page.getByRole('heading', { name: materialName }) });
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    row.getByRole('button', { name: `上传文件：《${materialName}》` }).click(),
  ]);
  await chooser.setFiles(pdf(fileName));
  await row.getByRole('link', { name: fileName }).waitFor();
}

async function signInOnPortal(page: Page): Promise<void> {
  await expectHeading(page, '登录');
  await page.getByLabel('手机号码').fill(CITIZEN.mobile);
  await page.getByLabel('密码').fill(CITIZEN.password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A heading that starts with the item's name (the demo tag 示例 follows it). */
const named = (text: string) => new RegExp(`^${escapeRegExp(text)}`);

const stepHeading = (page: Page, n: number, name: string) =>
  page.getByRole('heading', { level: 2, name: `第 ${n} 步，共 4 步：${name}` });

let item: { id: string; guide: Guide };
let caseId = '';
let caseNumber = '';

beforeAll(async () => {
  item = await findItem();
}, TIMEOUT);

describe('citizen on the PC portal', () => {
  const page = browserPerSuite({ viewport: { width: 1366, height: 900 } }, TIMEOUT);

  test(
    'applies online from a maturity-IV guide: form, server errors on the materials, uploads, download delivery, submit',
    async () => {
      const p = page();
      await p.goto(`/items/${item.id}`);
      await expectHeading(p, named(item.guide.name));
      await p.getByRole('heading', { level: 2, name: '在线办理' }).waitFor();
      await checkPage(p, 'citizen-guide');

      await p.getByRole('button', { name: '登录后在线申请' }).click();
      await p.waitForURL(/\/login\?next=/);
      await checkPage(p, 'citizen-login');
      await signInOnPortal(p);
      await p.waitForURL(new RegExp(`/items/${item.id}$`));
      await p.getByRole('link', { name: /消息中心/ }).waitFor();

      await p.getByRole('button', { name: '在线申请', exact: true }).click();
      await p.waitForURL(/\/cases\/[0-9a-f-]+$/);
      caseId = p.url().split('/cases/')[1] ?? '';
      await stepHeading(p, 1, '填写申请表').waitFor();
      await expectHeading(p, named(item.guide.name));

      // the platform's own facts are filled in and cannot be changed
      await expect.poll(() => p.getByLabel('申请人姓名').inputValue()).toBe('示例居民');
      expect(await p.getByLabel('申请人姓名').isDisabled()).toBe(true);
      expect(await p.getByLabel('申请人身份证号码').inputValue()).toMatch(/^1502\*+/);

      // the situations decide the material checklist
      for (const situation of await p.locator('fieldset.case-fieldset').all()) {
        await situation.getByRole('radio').first().check();
      }
      // a required field left empty is refused in Chinese, on the field
      await p.getByLabel('申请人手机号码').fill('');
      await p.getByRole('button', { name: '下一步' }).click();
      await p.getByText('请填写申请人手机号码').waitFor();
      await p.getByText('申请表中有需要修改的内容，请按提示修改').waitFor();
      await checkPage(p, 'citizen-apply-form-errors');
      await p.getByLabel('申请人手机号码').fill(CITIZEN.mobile);
      await p.getByLabel('申请人现住址').fill('包头市昆都仑区钢铁大街 1 号（示例）');

      await p.getByRole('button', { name: '保存草稿' }).click();
      await p.getByText('草稿已保存').waitFor();

      await p.getByRole('button', { name: '下一步' }).click();
      await stepHeading(p, 2, '上传材料').waitFor();
      await p.locator('li.case-material').first().waitFor();
      await checkPage(p, 'citizen-apply-materials');

      // straight on without materials: the API's 422 comes back onto the material rows
      await p.getByRole('button', { name: '下一步' }).click();
      await stepHeading(p, 3, '选择送达方式').waitFor();
      await p.getByRole('radio', { name: /网上下载/ }).check();
      await checkPage(p, 'citizen-apply-delivery');
      await p.getByRole('button', { name: '下一步' }).click();
      await stepHeading(p, 4, '提交').waitFor();
      await checkPage(p, 'citizen-apply-review');
      await p.getByRole('button', { name: '提交申请' }).click();
      await stepHeading(p, 2, '上传材料').waitFor();
      const view = await caseOf(p, caseId);
      const required = view.checklist.filter((c) => c.requirement === 'required');
      expect(required.length).toBeGreaterThan(0);
      const firstRequired = required[0]?.name ?? '';
      await p
        .getByRole('alert')
        .filter({ hasText: `请上传“${firstRequired}”` })
        .first()
        .waitFor();
      await checkPage(p, 'citizen-apply-submit-refused');

      for (const [i, material] of required.entries()) {
        await uploadOnPortal(p, material.name, `material-${i + 1}.pdf`);
      }
      await expect
        .poll(async () => (await caseOf(p, caseId)).checklist.filter((c) => c.provided).length)
        .toBe(required.length);

      await p.getByRole('button', { name: '下一步' }).click();
      await stepHeading(p, 3, '选择送达方式').waitFor();
      expect(await p.getByRole('radio', { name: /网上下载/ }).isChecked()).toBe(true);
      await p.getByRole('button', { name: '下一步' }).click();
      await stepHeading(p, 4, '提交').waitFor();
      await p.getByRole('button', { name: '提交申请' }).click();

      await p.waitForURL(/\?submitted=1$/);
      await p.getByRole('heading', { name: '申请已提交' }).waitFor();
      const numberLine = await p
        .getByText(/^办件编号：/)
        .first()
        .innerText();
      caseNumber = CASE_NUMBER.exec(numberLine)?.[0] ?? '';
      expect(caseNumber).toMatch(CASE_NUMBER);
      await p.getByText('待受理').first().waitFor();
      await checkPage(p, 'citizen-submitted');
    },
    TIMEOUT,
  );

  test(
    'answers a correction notice, is accepted, approved and issued, downloads the decision and sees the case closed',
    async () => {
      expect(caseId, 'the application test ran first').not.toBe('');
      const p = page();
      const window = await staff('window');
      const before = await window<{ checklist: Checklist }>('GET', `/api/cases/${caseId}`);
      const idCard = before.checklist.find((c) => c.requirement === 'required');
      if (!idCard) throw new Error('no required material');
      await window('POST', `/api/cases/${caseId}/actions/request_correction`, {
        correctionItems: [
          {
            materialId: idCard.materialId,
            problem: '扫描件不清晰（示例）',
            requirement: '请上传清晰的彩色扫描件',
          },
        ],
      });

      await p.goto(`/cases/${caseId}`);
      await p.getByRole('heading', { level: 2, name: '补正材料' }).waitFor();
      await p.getByText(`${idCard.name}：扫描件不清晰（示例）`).waitFor();
      await p.getByRole('link', { name: '下载一次性告知书' }).waitFor();
      await checkPage(p, 'citizen-correction');

      await uploadOnPortal(p, idCard.name, 'corrected.pdf');
      await p.getByRole('button', { name: '提交补正' }).click();
      await p.getByText('补正材料已提交，等待窗口重新审核').waitFor();
      await p.getByRole('heading', { level: 2, name: '补正材料' }).waitFor({ state: 'detached' });

      // staff: 受理 at the window, then 认领, 准予 and 出证 in the department
      const submitted = await window<{ state: string; checklist: Checklist }>('GET', `/api/cases/${caseId}`);
      expect(submitted.state).toBe('submitted');
      await window('POST', `/api/cases/${caseId}/actions/accept`, {
        materialsChecklist: submitted.checklist
          .filter((c) => c.provided)
          .map((c) => ({ materialId: c.materialId, present: true })),
      });
      const approver = await staff('approver');
      await approver('POST', `/api/cases/${caseId}/actions/claim`, {});
      await approver('POST', `/api/cases/${caseId}/actions/approve`, {
        decisionReasons: '申请材料齐全，符合法定条件（示例）',
      });
      await approver('POST', `/api/cases/${caseId}/actions/issue`, {});

      await p.reload();
      await expectHeading(p, named(item.guide.name));
      await p.getByText('结果已出具').first().waitFor();
      await p.getByText('下载决定书即完成电子送达').waitFor();
      await p.getByText('承诺办结日期').first().waitFor();
      await checkPage(p, 'citizen-result-issued');

      const [download] = await Promise.all([
        p.waitForEvent('download'),
        p.getByRole('button', { name: '下载行政许可决定书' }).click(),
      ]);
      const file = await download.path();
      expect(fs.readFileSync(file).subarray(0, 4).toString('latin1')).toBe('%PDF');
      // electronic delivery completed, then archived by the platform
      await p.getByText('已归档').first().waitFor();
      await p.getByRole('link', { name: '下载行政许可决定书' }).waitFor();
      await checkPage(p, 'citizen-closed');

      await p.getByRole('navigation', { name: '个人中心' }).getByRole('link', { name: '我的办件' }).click();
      await expectHeading(p, '我的办件');
      await p.getByRole('cell', { name: caseNumber }).waitFor();
      await checkPage(p, 'citizen-my-cases');

      const messages = p.getByRole('link', { name: /^消息中心，\d+ 条未读$/ });
      await expect
        .poll(async () => Number(/(\d+) 条未读/.exec((await messages.getAttribute('aria-label')) ?? '')?.[1]))
        .toBeGreaterThan(0);
      await messages.click();
      await expectHeading(p, '消息中心');
      await p.getByText(caseNumber).first().waitFor();
      await checkPage(p, 'citizen-messages');
      await p.getByRole('button', { name: '全部标为已读' }).click();
      await p.getByRole('status').filter({ hasText: '0 条未读' }).waitFor();
      await p.getByRole('link', { name: '消息中心，0 条未读' }).waitFor();
    },
    TIMEOUT,
  );

  test(
    'looks up the progress without signing in, by keyboard, from the link the QR code carries',
    async () => {
      expect(caseNumber).toMatch(CASE_NUMBER);
      const p = page();
      await p.context().clearCookies();
      await p.goto(`/progress?no=${caseNumber}`);
      await expectHeading(p, '办件进度查询');
      expect(await p.getByLabel('办件编号').inputValue()).toBe(caseNumber);
      await p.getByLabel('申请人手机号码').focus();
      await p.keyboard.type(CITIZEN.mobile);
      await p.keyboard.press('Enter');
      await p.getByRole('heading', { level: 2, name: '查询结果' }).waitFor();
      await p.getByText('已归档').first().waitFor();
      await p.getByText('示*').first().waitFor();
      await checkPage(p, 'citizen-progress');

      await p.getByLabel('申请人手机号码').fill('13900000000');
      await p.getByRole('button', { name: '查询' }).click();
      await p.getByRole('alert').filter({ hasText: '未找到办件' }).waitFor();
    },
    TIMEOUT,
  );
});

/** A 公民身份号码 that passes GB 11643 (made up, 示例): 昆都仑区, born 1990-01-01. */
function madeUpIdNumber(sequence: number): string {
  const first17 = `15020319900101${String(sequence % 1000).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * (weights[i] ?? 0), 0);
  return `${first17}${'10X98765432'[sum % 11]}`;
}

describe('registration on the PC portal', () => {
  const page = browserPerSuite({ viewport: { width: 1366, height: 900 } }, TIMEOUT);

  test(
    'a new citizen registers, sees plainly that only the ID number check digit is verified, and is signed in',
    async () => {
      const p = page();
      const seq = 100 + Math.floor(Math.random() * 800);
      const mobile = `139${String(Date.now()).slice(-8)}`;
      await p.goto('/register');
      await expectHeading(p, '注册账号');
      await p.getByText('实名核验方式：身份证号码校验模式').waitFor();
      await p.getByText(/不核验姓名与身份证号码是否一致/).waitFor();
      await checkPage(p, 'citizen-register');
      await p.getByLabel('姓名').fill('注册测试（示例）');
      await p.getByLabel('公民身份号码').fill(madeUpIdNumber(seq));
      await p.getByLabel('手机号码（登录名）').fill(mobile);
      await p.getByLabel('密码', { exact: true }).fill('Register@2026');
      await p.getByLabel('确认密码').fill('Register@2026');
      await p.getByRole('button', { name: '注册并登录' }).click();
      await p.waitForURL(/\/my\/cases$/);
      await expectHeading(p, '我的办件');
      await p.getByText('还没有办件').waitFor();
      expect(await p.getByText('已核验').count()).toBe(0);
      await p.getByRole('button', { name: '退出' }).click();
      await p.getByRole('link', { name: '登录' }).waitFor();
    },
    TIMEOUT,
  );
});

describe('citizen on the phone (/m/)', () => {
  const page = browserPerSuite({ viewport: { width: 360, height: 740 }, isMobile: true }, TIMEOUT);

  test(
    'signs in, applies online, reuses verified materials or uploads, submits, tracks, withdraws the case',
    async () => {
      const p = page();
      await p.goto(`/m/items/${item.id}`);
      await expectHeading(p, named(item.guide.name));
      await p.getByRole('button', { name: '登录后在线申请' }).click();
      await p.waitForURL(/\/m\/login\?next=/);
      await expectHeading(p, '登录');
      await checkPage(p, 'citizen-mobile-login');
      await p.getByLabel('手机号码').fill(CITIZEN.mobile);
      await p.getByLabel('密码').fill(CITIZEN.password);
      await p.getByRole('button', { name: '登录', exact: true }).click();
      await p.waitForURL(new RegExp(`/m/items/${item.id}$`));

      await p.getByRole('button', { name: '在线申请', exact: true }).click();
      await p.waitForURL(/\/m\/cases\/[0-9a-f-]+$/);
      const phoneCaseId = p.url().split('/m/cases/')[1] ?? '';
      await stepHeading(p, 1, '填写申请表').waitFor();
      await expect.poll(() => p.getByLabel('申请人姓名').inputValue()).toBe('示例居民');
      // answered before: the platform does not ask twice (prefilled from the citizen's latest case)
      await expect.poll(() => p.getByLabel('申请人现住址').inputValue()).not.toBe('');
      for (const situation of await p.locator('fieldset.m-situation').all()) {
        await situation.getByRole('radio').first().check({ force: true });
      }
      await p.getByLabel('申请人手机号码').fill('1380000');
      await p.getByRole('button', { name: '下一步' }).click();
      await p.getByText('申请人手机号码应为 11 位手机号码').waitFor();
      expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await checkPage(p, 'citizen-mobile-form');
      await p.getByLabel('申请人手机号码').fill(CITIZEN.mobile);
      await p.getByRole('button', { name: '下一步' }).click();
      await stepHeading(p, 2, '上传材料').waitFor();

      const view = await caseOf(p, phoneCaseId);
      const required = view.checklist.filter((c) => c.requirement === 'required');
      const offers = (await (await p.request.get(`/api/cases/${phoneCaseId}/reusable-materials`)).json()) as {
        items: { materialId: string }[];
      };
      for (const [i, material] of required.entries()) {
        const row = p
          .locator('li.m-material')
          .filter({ has: p.getByRole('heading', { name: material.name }) });
        if (offers.items.some((o) => o.materialId === material.materialId)) {
          await row.getByRole('button', { name: `使用此前已核验的材料：《${material.name}》` }).click();
        } else {
          await row.getByLabel(`上传文件：《${material.name}》`).setInputFiles(pdf(`phone-${i + 1}.pdf`));
        }
        await row.getByText('已上传', { exact: true }).waitFor();
      }
      expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await checkPage(p, 'citizen-mobile-materials');

      await p.getByRole('button', { name: '下一步' }).click();
      await stepHeading(p, 3, '选择送达方式').waitFor();
      await p.getByRole('radio', { name: /网上下载/ }).check({ force: true });
      await checkPage(p, 'citizen-mobile-delivery');
      await p.getByRole('button', { name: '下一步' }).click();
      await stepHeading(p, 4, '提交').waitFor();
      await p.getByRole('button', { name: '提交申请' }).click();
      await p.waitForURL(/\?submitted=1$/);
      await p.getByRole('heading', { name: '申请已提交' }).waitFor();
      const phoneNumber = CASE_NUMBER.exec(await p.getByText(/^办件编号：/).innerText())?.[0] ?? '';
      expect(phoneNumber).toMatch(CASE_NUMBER);
      expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await checkPage(p, 'citizen-mobile-submitted');

      await p.getByRole('link', { name: '查看我的办件' }).click();
      await expectHeading(p, '我的办件');
      const entry = p.getByRole('link', { name: new RegExp(phoneNumber) });
      await entry.waitFor();
      await checkPage(p, 'citizen-mobile-my-cases');
      await entry.click();
      await p.getByRole('heading', { level: 2, name: '办理记录' }).waitFor();
      await p.getByText('待受理').first().waitFor();
      await checkPage(p, 'citizen-mobile-case');

      // the applicant changes their mind: 撤回申请, with a note
      await p.getByRole('button', { name: '撤回申请' }).click();
      await p.getByLabel('撤回说明（可选）').fill('信息填写有误，重新申请（示例）');
      await checkPage(p, 'citizen-mobile-withdraw');
      await p.getByRole('button', { name: '确认撤回' }).click();
      await p.getByText('已撤回').first().waitFor();
      await p.getByText('信息填写有误，重新申请（示例）').waitFor();

      await p.goto(`/m/progress?no=${phoneNumber}`);
      await expectHeading(p, '办件进度查询');
      await p.getByLabel('申请人手机号码').fill(CITIZEN.mobile);
      await p.getByRole('button', { name: '查询' }).click();
      await p.getByRole('heading', { level: 2, name: '查询结果' }).waitFor();
      await p.getByText('已撤回').first().waitFor();
      await checkPage(p, 'citizen-mobile-progress');
    },
    TIMEOUT,
  );
});
