// Steps of the 一件事 browser journeys (bundles.e2e.ts), beside those of every citizen journey
// (journey-steps.ts): the demo accounts and bundle, signing the parent in and out, and the bundle case as the
// API shows it.
import { idNumberCheckChar } from '@msb/contracts';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { CITIZEN, type Json } from './journey-steps.ts';

export const TIMEOUT = 240_000;
export const KDL = '150203000000';
export const BUNDLE = '新生儿出生一件事';
/** who approves each member of the birth bundle (demo-accounts.ts) */
export const APPROVER: Record<string, string> = {
  'birth-certificate': 'approver-wjw',
  'birth-registration': 'approver-gafj',
  'social-security-card': 'approver',
  'medical-insurance': 'approver-ybj',
};

/** The parent signs in on the portal and lands on `next`. */
export async function signInCitizen(page: Page, next: string): Promise<void> {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('手机号码').fill(CITIZEN.mobile);
  await page.getByLabel('密码').fill(CITIZEN.password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForURL(new RegExp(`${next}$`));
}

/**
 * Signs the citizen out with 退出 and waits for the home page. The session is also ended through the API and the
 * page reloaded, so the next step starts signed out whatever the page was doing.
 */
export async function signOutCitizen(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: '个人中心' }).getByRole('button', { name: '退出' }).click();
  await page.waitForURL(/\/$/).catch(() => undefined);
  await page.request.post('/api/auth/logout', { data: {} });
  await page.goto('/');
  await page.getByRole('navigation', { name: '个人中心' }).waitFor({ state: 'detached' });
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
  promisedDue: string | null;
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
