// Steps shared by the citizen journeys (citizen.e2e.ts, bundles.e2e.ts with bundle-steps.ts): the demo
// citizen, a browser per suite, the checks every page gets (screenshot, axe), the one page title, and the
// staff API as a demo staff member.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import {
  axeViolations,
  BASE_URL,
  type Browser,
  DEMO_PASSWORD,
  launchBrowser,
  screenshot,
} from './browser.ts';

export const CITIZEN = { mobile: '13800000001', password: DEMO_PASSWORD };
export const CASE_NUMBER = /\d{12}-\d{8}-\d{6}/;

/** A one-page PDF: enough for the platform's content sniffing (file-type) to accept it as PDF. */
export const TINY_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

/**
 * A browser for the tests of the enclosing `describe`: started before them (within `timeout`), closed after.
 * The returned function is its page.
 */
export function browserPerSuite(options: Parameters<typeof launchBrowser>[0], timeout: number): () => Page {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser(options);
  }, timeout);
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('browser not started');
    return browser.page;
  };
}

/**
 * Once the short-lived notices (antd message, antd-mobile toast) and transitions are over, as the user then
 * sees the page: screenshot into e2e/artifacts/<name>.png, then axe: no WCAG 2 A/AA violation.
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.ant-message-notice, .adm-toast-mask'));
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

/** The page's one level-1 heading is `name`. */
export async function expectHeading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
  expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
}

export type Json = Record<string, unknown>;
export type StaffCall = <T = Json>(method: string, path: string, body?: unknown) => Promise<T>;

/** The API as a demo staff member (示例): signs in and keeps the session cookie. */
export async function staff(username: string): Promise<StaffCall> {
  const res = await fetch(`${BASE_URL}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  expect(res.status, `login ${username}`).toBe(200);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return async <T = Json>(method: string, path: string, body?: unknown): Promise<T> => {
    const r = await fetch(`${BASE_URL}${path}`, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await r.json().catch(() => ({}))) as T;
    if (!r.ok) throw new Error(`${username}: ${method} ${path} → ${r.status} ${JSON.stringify(json)}`);
    return json;
  };
}
