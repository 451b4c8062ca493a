// Citizen journeys through the desktop portal and the phone pages, in Debian Chromium against a running
// platform with the demo data (示例). Starts nothing itself: E2E_BASE_URL points at the server.
// Every page gets a screenshot in e2e/artifacts/ and an axe check (WCAG 2 A/AA) with zero violations.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, launchBrowser, type Browser as SharedBrowser, screenshot } from './browser.ts';

const BASE_URL = (process.env.E2E_BASE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
const ARTIFACTS = path.join(import.meta.dirname, 'artifacts');
const TIMEOUT = 120_000;
const QUERY = '营业执照';
/** 鄂尔多斯市乌审旗: its demo item 企业开办登记（营业执照办理） carries the query in its name */
const REGION_PATH = [
  { code: '150000000000', name: '内蒙古自治区' },
  { code: '150600000000', name: '鄂尔多斯市' },
  { code: '150626000000', name: '乌审旗' },
];
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

type Browser = { context: BrowserContext; page: Page; dir: string };

async function launch(device: 'desktop' | 'phone'): Promise<Browser> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `msb-e2e-${device}-`));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    locale: 'zh-CN',
    acceptDownloads: true,
    ...(device === 'phone'
      ? { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }
      : { viewport: { width: 1366, height: 900 } }),
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page, dir };
}

async function close(browser: Browser | undefined): Promise<void> {
  if (!browser) return;
  await browser.context.close();
  fs.rmSync(browser.dir, { recursive: true, force: true });
}

/** Screenshot into e2e/artifacts/<name>.png, then axe: no WCAG 2 A/AA violation. */
async function checkPage(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const violations = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
  expect(violations, `axe on ${name}`).toEqual([]);
}

/** The page has exactly one h1 and it names the page. */
async function expectHeading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
  expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
}

/** Clicks a form link and returns the first bytes of the downloaded file. */
async function downloadHead(page: Page, link: ReturnType<Page['getByRole']>): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const file = await download.path();
  return fs.readFileSync(file).subarray(0, 4).toString('latin1');
}

const bodyFontSize = (page: Page) =>
  page.evaluate(() => Number.parseFloat(getComputedStyle(document.body).fontSize));

describe('desktop portal', () => {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch('desktop');
  }, TIMEOUT);
  afterAll(async () => {
    await close(browser);
  });
  const page = (): Page => {
    if (!browser) throw new Error('browser not started');
    return browser.page;
  };

  test(
    'a citizen picks 乌审旗, searches 营业执照 from the home page, opens the guide and downloads the blank form',
    async () => {
      const p = page();
      await p.goto(`${BASE_URL}/`);
      await expectHeading(p, '蒙速办 · 一网通办');
      expect(await p.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      await p.getByRole('heading', { level: 2, name: '热门事项' }).waitFor();
      await checkPage(p, 'portal-home');

      // region switcher: 自治区 → 盟市 → 旗县区, remembered for the next visit
      await p.getByLabel('当前地区').click();
      await p.getByRole('menuitemcheckbox', { name: '鄂尔多斯市' }).click();
      await p.getByRole('menuitemcheckbox', { name: '乌审旗' }).click();
      await p.getByText('乌审旗的政务服务事项').waitFor();

      await p.getByRole('searchbox', { name: '搜索办事事项' }).fill(QUERY);
      await p.getByRole('button', { name: '搜索', exact: true }).click();
      await p.waitForURL(/\/search\?/);
      await expectHeading(p, '事项搜索');
      await p.getByRole('status').filter({ hasText: '共找到' }).waitFor();
      const hit = p.getByRole('link', { name: /营业执照/ }).first();
      await hit.locator('mark').first().waitFor();
      expect(await hit.locator('mark').first().textContent()).toBe(QUERY);
      await checkPage(p, 'portal-results');

      await hit.click();
      await p.waitForURL(/\/items\/[0-9a-f-]+$/);
      await expectHeading(p, /营业执照/);
      await p.getByRole('heading', { level: 2, name: '申请材料' }).waitFor();
      await p.getByText('示例', { exact: true }).first().waitFor();
      await p.getByText('当前为示例数据').waitFor();
      await checkPage(p, 'portal-guide');

      const head = await downloadHead(p, p.getByRole('link', { name: /^下载《.+》空白表格$/ }).first());
      expect(head).toBe('%PDF');

      await p.getByRole('button', { name: '打印办事指南' }).click();
      await p.waitForURL(/\/print$/);
      await expectHeading(p, /营业执照/);
      await p.getByRole('heading', { level: 2, name: '常见问题' }).waitFor();
      expect(await p.getByRole('navigation', { name: '主导航' }).count()).toBe(0);
      await checkPage(p, 'portal-print');
    },
    TIMEOUT,
  );

  test(
    'a search without matches says so clearly',
    async () => {
      const p = page();
      await p.goto(`${BASE_URL}/search?q=${encodeURIComponent('无此事项查询词')}`);
      await p.getByRole('status').filter({ hasText: '共找到 0 项' }).waitFor();
      await p.getByText('没有找到相关事项').waitFor();
    },
    TIMEOUT,
  );

  test(
    '长辈版 makes the body text at least 20px and is remembered',
    async () => {
      const p = page();
      await p.goto(`${BASE_URL}/`);
      await expectHeading(p, '蒙速办 · 一网通办');
      const standard = await bodyFontSize(p);
      const toggle = p.getByRole('button', { name: '长辈版' });
      expect(await toggle.getAttribute('aria-pressed')).toBe('false');

      await toggle.click();
      await p.waitForFunction(() => Number.parseFloat(getComputedStyle(document.body).fontSize) >= 20);
      expect(await bodyFontSize(p)).toBeGreaterThan(standard);
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');

      await p.reload();
      await expectHeading(p, '蒙速办 · 一网通办');
      await p.getByRole('heading', { level: 2, name: '热门事项' }).waitFor();
      expect(await bodyFontSize(p)).toBeGreaterThanOrEqual(20);
      await checkPage(p, 'portal-home-elder');

      await p.getByRole('button', { name: '长辈版' }).click();
      await p.waitForFunction(
        (size) => Number.parseFloat(getComputedStyle(document.body).fontSize) === size,
        standard,
      );
    },
    TIMEOUT,
  );
});

/** Presses Tab until `target` has the focus and returns how many presses it took; fails after `max`. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<number> {
  await target.waitFor();
  for (let presses = 1; presses <= max; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return presses;
  }
  throw new Error(`${max} presses of Tab never reached ${target.toString()}`);
}

/** The focused element shows a focus ring: :focus-visible matches and it has an outline or a box-shadow. */
const showsFocusRing = (target: Locator) =>
  target.evaluate((el) => {
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
    return el.matches(':focus-visible') && (outline || style.boxShadow !== 'none');
  });

describe('desktop portal by keyboard only', () => {
  let browser: SharedBrowser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser({ viewport: { width: 1366, height: 900 } });
  }, TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  test(
    'from the top of the home page: skip link, search 公积金, open the first result, reach 下载一次性告知单',
    async () => {
      if (!browser) throw new Error('browser not started');
      const p = browser.page;
      await p.goto('/');
      await expectHeading(p, '蒙速办 · 一网通办');

      // the first Tab from the top lands on the skip link; Enter takes the focus past the header
      const skip = p.getByRole('link', { name: '跳到主要内容' });
      expect(await tabTo(p, skip, 1)).toBe(1);
      expect(await showsFocusRing(skip)).toBe(true);
      await p.keyboard.press('Enter');
      await p.waitForURL(/#main$/);

      const searchBox = p.getByRole('searchbox', { name: '搜索办事事项' });
      expect(await tabTo(p, searchBox, 3)).toBeLessThanOrEqual(3);
      await p.keyboard.type('公积金');
      await p.keyboard.press('Enter');
      await p.waitForURL(/\/search\?/);
      await expectHeading(p, '事项搜索');
      await p.getByRole('status').filter({ hasText: '共找到' }).waitFor();
      const results = p.getByRole('region', { name: '“公积金”的搜索结果' });
      const firstHit = results.getByRole('listitem').first().getByRole('link');
      const hitName = (await firstHit.innerText()).trim();
      expect(hitName).not.toBe('');

      await tabTo(p, firstHit);
      expect(await showsFocusRing(firstHit)).toBe(true);
      await p.keyboard.press('Enter');
      await p.waitForURL(/\/items\/[0-9a-f-]+$/);
      // the guide loads after the route changes: wait for its own heading, not whatever h1 is still shown
      await p.getByRole('heading', { level: 1, name: hitName }).waitFor({ state: 'visible' });
      expect(await p.getByRole('heading', { level: 1 }).count()).toBe(1);

      const notice = p.getByRole('link', { name: '下载一次性告知单' });
      await tabTo(p, notice);
      expect(await notice.evaluate((el) => (el as HTMLElement).tabIndex)).toBeGreaterThanOrEqual(0);
      // a transition may still be drawing the ring in, so ask until it is there
      await expect.poll(() => showsFocusRing(notice)).toBe(true);
      await screenshot(p, 'portal-guide-keyboard');
      expect(await axeViolations(p)).toEqual([]);
    },
    TIMEOUT,
  );
});

describe('phone pages (/m/)', () => {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch('phone');
  }, TIMEOUT);
  afterAll(async () => {
    await close(browser);
  });
  const page = (): Page => {
    if (!browser) throw new Error('browser not started');
    return browser.page;
  };

  test(
    'on a 360px phone a citizen searches 营业执照, opens the guide and downloads the blank form',
    async () => {
      const p = page();
      await p.goto(`${BASE_URL}/m/`);
      // the region remembered from an earlier visit (the desktop switcher writes the same entry)
      await p.evaluate(
        (regionPath) => localStorage.setItem('msb.region', JSON.stringify(regionPath)),
        REGION_PATH,
      );
      await p.reload();
      await expectHeading(p, '蒙速办 · 掌上办');
      await p.getByRole('heading', { level: 2, name: '热门事项' }).waitFor();
      await p.getByRole('link', { name: '电脑版' }).waitFor();
      expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await checkPage(p, 'mobile-home');

      await p.getByRole('searchbox').fill(QUERY);
      await p.getByRole('button', { name: '搜索', exact: true }).click();
      await p.waitForURL(/\/m\/search\?/);
      await p.getByRole('status').filter({ hasText: '共找到' }).waitFor();
      const hit = p.getByRole('link', { name: /营业执照/ }).first();
      await hit.locator('mark').first().waitFor();
      expect(await hit.locator('mark').first().textContent()).toBe(QUERY);
      await checkPage(p, 'mobile-results');

      await hit.click();
      await p.waitForURL(/\/m\/items\/[0-9a-f-]+$/);
      await expectHeading(p, /营业执照/);
      await p.getByText('当前为示例数据').waitFor();
      await p.getByRole('tab', { name: '申请材料' }).click();
      const blankForm = p.getByRole('link', { name: /^下载《.+》空白表格$/ }).first();
      await blankForm.waitFor();
      expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await checkPage(p, 'mobile-guide');

      expect(await downloadHead(p, blankForm)).toBe('%PDF');
    },
    TIMEOUT,
  );

  test(
    'the phone pages never download the desktop UI library (antd)',
    async () => {
      if (!browser) throw new Error('browser not started');
      const fresh = await browser.context.newPage();
      const scripts: string[] = [];
      fresh.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
      });
      await fresh.goto(`${BASE_URL}/m/`);
      await expectHeading(fresh, '蒙速办 · 掌上办');
      await fresh.getByRole('heading', { level: 2, name: '热门事项' }).waitFor();
      await fresh.close();
      expect(
        scripts.some((s) => s.includes('/antd-mobile')),
        scripts.join(', '),
      ).toBe(true);
      expect(scripts.filter((s) => /\/antd-(?!mobile)[^/]*\.js$/.test(s))).toEqual([]);
    },
    TIMEOUT,
  );
});
