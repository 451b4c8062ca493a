// Shared set-up of the browser journeys: Debian Chromium through playwright-core with a fresh profile,
// axe (WCAG 2 A/AA) checks, screenshots kept as artefacts, and staff sign-in with the demo password.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://localhost:3000';
export const ARTIFACTS = path.resolve(import.meta.dirname, 'artifacts');
/** the demo staff password (示例), README "示例账号" */
export const DEMO_PASSWORD = 'Msb@demo2026';

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** Chromium with the flags this closed network needs (stack-notes) and a throw-away profile. */
export async function launchBrowser(
  options: { viewport?: { width: number; height: number }; isMobile?: boolean } = {},
): Promise<Browser> {
  await mkdir(ARTIFACTS, { recursive: true });
  const profileDir = await mkdtemp(path.join(tmpdir(), 'msb-e2e-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    baseURL: BASE_URL,
    locale: 'zh-CN',
    viewport: options.viewport ?? { width: 1440, height: 900 },
    isMobile: options.isMobile ?? false,
    hasTouch: options.isMobile ?? false,
  });
  context.setDefaultTimeout(20_000);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}

/** The page's WCAG 2 A/AA violations, one readable line each (empty when it passes). */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return result.violations.map(
    (v) =>
      `${v.id}（${v.help}）: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join(' | ')}`,
  );
}

export const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });

/** Sign in on the workbench login page that is open, and wait for the signed-in header. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('button', { name: '退出' }).waitFor();
}
