// Shared steps of the 一件事 browser journeys (bundles.e2e.ts): the demo accounts, the checks every page gets
// (screenshot, axe), signing in and out, the staff API, and the bundle case as the API shows it.
import { idNumberCheckChar } from '@msb/contracts';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations, BASE_URL, DEMO_PASSWORD, screenshot } from './browser.ts';

export const TIMEOUT = 240_000;
export const CITIZEN = { mobile: '13800000001', password: DEMO_PASSWORD };
export const KDL = '150203000000';
export const BUNDLE = '新生儿出生一件事';
export const CASE_NUMBER = /\d{12}-\d{8}-\d{6}/;
/** who approves each member of the birth bundle (demo-accounts.ts) */
export const APPROVER: Record<string, string> = {
  'birth-certificate': 'approver-wjw',
  'birth-registration': 'approver-gafj',
  'social-security-card': 'approver',
  'medical-insurance': 'approver-ybj',
};

export const TINY_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

/** Once the short-lived notices and transitions are over, as the user then sees the page: screenshot, axe. */
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

export async function expectHeading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
  expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
}

/** The parent signs in on the portal and lands on `next`. */
export async function signInCitizen(page: Page, next: string): Promise<void> {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('手机号码').fill(CITIZEN.mobile);
  await page.getByLabel('密码').fill(CITIZEN.password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForURL(new RegExp(`${next}$`));
}

export async function signOutCitizen(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: '个人中心' }).getByRole('button', { name: '退出' }).click();
  await page.waitForURL(/\/$/);
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

export interface MemberView {
  key: string;
  caseId: string;
  itemName: string;
  state: string;
  held: boolean;
  decision: string | null;
  delivered: boolean;
}
export interface BundleCaseJson {
  id: string;
  caseNumber: string | null;
  status: string;
  intakeState: string;
  members: MemberView[];
  plan: {
    members: { key: string; itemName: string }[];
    materials: {
      materialId: string;
      name: string;
      requirement: string;
      members: string[];
      requiredBy: string[];
    }[];
    form: { schema: { properties?: Record<string, Json>; required?: string[] } };
  };
  materials: { materialId: string; files: unknown[] }[];
  formData: Json;
}

export const bundleCaseOf = async (page: Page, id: string): Promise<BundleCaseJson> => {
  const res = await page.request.get(`/api/bundle-cases/${id}`);
  expect(res.ok()).toBe(true);
  return (await res.json()) as BundleCaseJson;
};

/** The demo parent's 公民身份号码 (seed demo-accounts.ts: born 1990-01-01, sequence 001). */
export function demoParentIdNumber(): string {
  const first17 = '15020319900101001';
  return `${first17}${idNumberCheckChar(first17)}`;
}
