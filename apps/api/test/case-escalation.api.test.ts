// Escalation of overdue process steps (issue 3 §4): a step that runs past its guide limit is recorded once in
// case_escalations and announced, in the same transaction, to the department's chief representatives and the
// supervisors over the case — never twice, however often the sweep runs; a new step gets its own escalation.
import { and, eq, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startEscalationSweep } from '../src/modules/cases/case-escalation.scheduler.ts';
import { escalateOverdueSteps } from '../src/modules/cases/case-escalation.service.ts';
import { caseEscalations } from '../src/modules/cases/cases.tables.ts';
import { outbox } from '../src/platform/outbox.tables.ts';
import { dispatchOutbox } from '../src/platform/outbox.ts';
import {
  act,
  type Desk,
  fullChecklist,
  publishedItemWithStaff,
  readyDraft,
  registerCitizen,
  signIn,
} from './case-fixtures.ts';
import { createTestContext, makeOrg, makeStaff, type TestContext } from './harness.ts';

const DAY = 86_400_000;
let ctx: TestContext;
let desk: Desk;
type Staff = { cookie: string; userId: string; username: string };
let supervisor: Staff;
let farSupervisor: Staff;
let otherChief: Staff;

beforeAll(async () => {
  ctx = await createTestContext();
  desk = await publishedItemWithStaff(ctx);
  supervisor = await makeStaff(ctx, ['supervisor'], { regionCode: '150200000000' }); // 包头市, over 昆都仑区
  farSupervisor = await makeStaff(ctx, ['supervisor'], { regionCode: '150100000000' }); // 呼和浩特市
  otherChief = await makeStaff(ctx, ['chief_representative'], {
    regionCode: '150203000000',
    orgId: (await makeOrg(ctx)).id,
  });
});
afterAll(async () => ctx.close());

/** Sessions end while the clock moves on: everyone signs in again. */
async function signInAgain(...accounts: Staff[]) {
  for (const a of accounts) a.cookie = await signIn(ctx, a.username);
}

/** A citizen's case accepted, claimed, and through its first step: now in step 1 (审查, 6 working days). */
async function caseInReview(): Promise<string> {
  const citizen = await registerCitizen(ctx);
  const id = await readyDraft(ctx, desk, citizen);
  await act(ctx, citizen.cookie, id, 'submit');
  await act(ctx, desk.window.cookie, id, 'accept', { materialsChecklist: fullChecklist(desk.item.guide) });
  await act(ctx, desk.approver.cookie, id, 'claim');
  const opinion = await act(ctx, desk.approver.cookie, id, 'record_opinion', { opinion: '受理材料齐全' });
  expect(opinion.json().step).toMatchObject({ index: 1, name: '审查' });
  return id;
}

const escalationsOf = (caseId: string) =>
  ctx.deps.db.select().from(caseEscalations).where(eq(caseEscalations.caseId, caseId));
const queuedFor = async (caseId: string) =>
  (
    await ctx.deps.db
      .select({ payload: outbox.payload })
      .from(outbox)
      .where(and(eq(outbox.topic, 'notify'), like(sql`${outbox.payload}->>'key'`, `escalation:${caseId}:%`)))
  ).map((r) => r.payload as { userId: string; title: string; body: string });
const escalationMessages = async (cookie: string, caseId: string) =>
  (
    (await ctx.app.inject({ url: '/api/messages?pageSize=100', headers: { cookie } })).json().items as {
      caseId: string;
      title: string;
      body: string;
    }[]
  ).filter((m) => m.caseId === caseId && m.title === '办件环节超期督办');

describe('escalation of a step past its limit', () => {
  it('records it once and tells the chief representative and the supervisor over the case, once', async () => {
    const id = await caseInReview();
    const paused = await caseInReview();
    await act(ctx, desk.approver.cookie, paused, 'start_special_procedure', {
      procedure: { name: '专家评审', duration: { amount: 20, unit: 'workday' } },
    });

    // within the limit: nothing happens
    await escalateOverdueSteps(ctx.deps);
    expect(await escalationsOf(id)).toEqual([]);

    // a month later the six working days of 审查 are long over
    ctx.advanceClock(30 * DAY);
    const first = await escalateOverdueSteps(ctx.deps);
    const second = await escalateOverdueSteps(ctx.deps);
    expect(first.escalated).toBeGreaterThanOrEqual(1);
    expect(second.escalated).toBe(0);

    const rows = await escalationsOf(id);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.stepIndex).toBe(1);
    expect([...(rows[0]?.notified ?? [])].sort()).toEqual([desk.chief.userId, supervisor.userId].sort());
    // the clock of a case in a special procedure stands still (第四十五条)
    expect(await escalationsOf(paused)).toEqual([]);

    const queued = await queuedFor(id);
    expect(queued.map((n) => n.userId).sort()).toEqual([desk.chief.userId, supervisor.userId].sort());
    expect(queued[0]?.body).toContain('“审查”环节已超过环节时限（6个工作日');

    await dispatchOutbox(ctx.deps, { limit: 500 });
    await escalateOverdueSteps(ctx.deps);
    await dispatchOutbox(ctx.deps, { limit: 500 });
    await signInAgain(desk.chief, supervisor, farSupervisor, otherChief, desk.approver);
    expect(await escalationMessages(desk.chief.cookie, id)).toHaveLength(1);
    expect(await escalationMessages(supervisor.cookie, id)).toHaveLength(1);
    for (const bystander of [farSupervisor, otherChief, desk.approver]) {
      expect(await escalationMessages(bystander.cookie, id)).toEqual([]);
    }
  });

  it('escalates the next step on its own once that one runs past its limit', async () => {
    await signInAgain(desk.window, desk.approver);
    const id = await caseInReview();
    ctx.advanceClock(30 * DAY);
    await escalateOverdueSteps(ctx.deps);
    expect((await escalationsOf(id)).map((r) => r.stepIndex)).toEqual([1]);

    await signInAgain(desk.approver);
    const next = await act(ctx, desk.approver.cookie, id, 'record_opinion', { opinion: '审查通过' });
    expect(next.json().step).toMatchObject({ index: 2, name: '决定' });
    await escalateOverdueSteps(ctx.deps);
    expect((await escalationsOf(id)).map((r) => r.stepIndex)).toEqual([1]);

    ctx.advanceClock(30 * DAY);
    await escalateOverdueSteps(ctx.deps);
    await escalateOverdueSteps(ctx.deps);
    expect((await escalationsOf(id)).map((r) => r.stepIndex).sort()).toEqual([1, 2]);
    expect(await queuedFor(id)).toHaveLength(4);
  });

  it('runs by itself every ESCALATION_SWEEP_MS, and not at all with 0', async () => {
    await expect(
      startEscalationSweep({ ...ctx.deps, config: { ...ctx.config, escalationSweepMs: 0 } }).stop(),
    ).resolves.toBeUndefined();
    await signInAgain(desk.window, desk.approver);
    const id = await caseInReview();
    ctx.advanceClock(30 * DAY);
    const sweep = startEscalationSweep({ ...ctx.deps, config: { ...ctx.config, escalationSweepMs: 10 } });
    try {
      await vi.waitFor(async () => expect(await escalationsOf(id)).toHaveLength(1), { timeout: 20_000 });
    } finally {
      await sweep.stop();
    }
  });
});
