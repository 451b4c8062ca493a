// Bundles under concurrency on a PostgreSQL server (skipped without DATABASE_URL: PGlite runs one thing at a
// time). Two clerks accepting one bundle at once: one acceptance. Two members a third depends on, approved at
// the same moment by their departments: the third is released exactly once — the reaction to each approval
// locks the bundle case, so the second sees the first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCaseEvents } from '../src/modules/cases/cases.repo.ts';
import {
  ANSWERS_ALL,
  type BundleDesk,
  bundleDefinition,
  CHILD_FORM,
  publishBundle,
  publishedBundle,
  REGION,
} from './bundle-fixtures.ts';
import { act, newIdNumber } from './case-fixtures.ts';
import { createTestContext, makeStaff, type TestContext } from './harness.ts';

describe.skipIf(!process.env.DATABASE_URL)('bundles under concurrency (PostgreSQL)', () => {
  let ctx: TestContext;
  let desk: BundleDesk;
  let bundleId: string;
  beforeAll(async () => {
    ctx = await createTestContext();
    desk = await publishedBundle(ctx);
    // 户口登记 waits for both 出生医学证明 and 医保参保 here
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/admin/bundles',
      headers: { cookie: desk.editor.cookie },
      payload: {
        code: `T-TWO-DEPS-${Math.random().toString(36).slice(2, 8)}`,
        regionCode: REGION,
        definition: bundleDefinition(desk.members, {
          members: [
            { key: 'cert', implementationId: desk.members.cert.item.id, dependsOn: [] },
            { key: 'insurance', implementationId: desk.members.insurance.item.id, dependsOn: [] },
            { key: 'hukou', implementationId: desk.members.hukou.item.id, dependsOn: ['cert', 'insurance'] },
          ],
        }),
      },
    });
    bundleId = created.json().bundleId;
    await publishBundle(ctx, desk.editor.cookie, desk.reviewer.cookie, created.json().versionId);
  }, 120_000);
  afterAll(async () => ctx.close());

  async function receivedAtWindow() {
    const clerk = desk.members.cert.window.cookie;
    const person = await ctx.app.inject({
      method: 'POST',
      url: '/api/persons',
      headers: { cookie: clerk },
      payload: { name: '示例并发家长', idNumber: newIdNumber() },
    });
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/bundle-cases',
      headers: { cookie: clerk },
      payload: {
        bundleId,
        answers: ANSWERS_ALL,
        formData: CHILD_FORM,
        contactMobile: '13700000019',
        applicant: { personId: person.json().id },
      },
    });
    if (res.statusCode !== 201) throw new Error(res.body);
    return res.json();
  }

  const checklistOf = (view: { materials: { materialId: string }[] }) =>
    view.materials.map((m) => ({ materialId: m.materialId, present: true, originalSeen: true, copies: 1 }));

  it('accepts once when two clerks accept at the same moment', async () => {
    const view = await receivedAtWindow();
    const second = await makeStaff(ctx, ['window_clerk'], { regionCode: REGION });
    const results = await Promise.all(
      [desk.members.cert.window.cookie, second.cookie].map((cookie) =>
        ctx.app.inject({
          method: 'POST',
          url: `/api/bundle-cases/${view.id}/accept`,
          headers: { cookie },
          payload: { materialsChecklist: checklistOf(view) },
        }),
      ),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const cert = view.members.find((m: { key: string }) => m.key === 'cert');
    const events = await listCaseEvents(ctx.deps.db, cert.caseId);
    expect(events.filter((e) => e.action === 'accept')).toHaveLength(1);
  });

  it('releases the member that waits for two others once when both are approved at the same moment', async () => {
    let view = await receivedAtWindow();
    view = (
      await ctx.app.inject({
        method: 'POST',
        url: `/api/bundle-cases/${view.id}/accept`,
        headers: { cookie: desk.members.cert.window.cookie },
        payload: { materialsChecklist: checklistOf(view) },
      })
    ).json();
    const caseOf = (key: string) => view.members.find((m: { key: string }) => m.key === key).caseId as string;
    for (const key of ['cert', 'insurance'] as const)
      expect((await act(ctx, desk.members[key].approver.cookie, caseOf(key), 'claim')).statusCode).toBe(200);
    const approvals = await Promise.all(
      (['cert', 'insurance'] as const).map((key) =>
        act(ctx, desk.members[key].approver.cookie, caseOf(key), 'approve', { decisionReasons: '符合条件' }),
      ),
    );
    expect(approvals.map((r) => r.statusCode)).toEqual([200, 200]);
    const events = await listCaseEvents(ctx.deps.db, caseOf('hukou'));
    expect(events.map((e) => e.action)).toEqual(['create', 'submit', 'accept']);
    view = (
      await ctx.app.inject({
        url: `/api/bundle-cases/${view.id}`,
        headers: { cookie: desk.members.cert.window.cookie },
      })
    ).json();
    expect(view.members.find((m: { key: string }) => m.key === 'hukou')).toMatchObject({
      state: 'accepted',
      held: false,
    });
  });
});
