// The demo data loads through the real services and leaves every work list with something to show.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCaseEvents } from '../src/modules/cases/cases.repo.ts';
import { cases } from '../src/modules/cases/cases.tables.ts';
import { verifyChain } from '../src/modules/cases/domain/event-chain.ts';
import { loadDemoData } from '../src/seed/load-demo.ts';
import { createTestContext, type TestContext } from './harness.ts';

let ctx: TestContext;
let counts: Awaited<ReturnType<typeof loadDemoData>>;
beforeAll(async () => {
  ctx = await createTestContext();
  counts = await loadDemoData(ctx.deps);
}, 240_000);
afterAll(async () => ctx.close());

const DEMO_PASSWORD_LOGIN = async (username: string) => {
  const res = await ctx.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: 'Msb@demo2026' },
  });
  expect(res.statusCode).toBe(200);
  return String(res.headers['set-cookie']).split(';')[0] ?? '';
};

describe('demo cases (示例)', () => {
  it('puts a case in each work list of 昆都仑区人社局, every one with an intact event chain', async () => {
    expect(counts.cases).toBe(5);
    const list = async (user: string, queue: string) =>
      (
        await ctx.app.inject({
          url: `/api/worklists/${queue}`,
          headers: { cookie: await DEMO_PASSWORD_LOGIN(user) },
        })
      ).json();
    expect((await list('window', 'window')).items.map((i: { state: string }) => i.state)).toEqual([
      'submitted',
    ]);
    expect(
      (await list('approver', 'department')).items.map((i: { state: string }) => i.state).sort(),
    ).toEqual(['accepted', 'in_review']);
    expect((await list('output', 'output')).items.map((i: { state: string }) => i.state)).toEqual([
      'approved',
    ]);
    const mine = (
      await ctx.app.inject({
        url: '/api/cases/mine',
        headers: { cookie: await DEMO_PASSWORD_LOGIN('13800000001') },
      })
    ).json();
    expect(mine.total).toBe(5);
    for (const row of await ctx.deps.db.select({ id: cases.id, isDemo: cases.isDemo }).from(cases)) {
      expect(row.isDemo).toBe(true);
      const events = await listCaseEvents(ctx.deps.db, row.id);
      expect(verifyChain(events.map((e) => ({ ...e, at: e.at.toISOString() }))).ok).toBe(true);
    }
  });
});
