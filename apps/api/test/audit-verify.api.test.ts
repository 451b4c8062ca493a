// npm run audit:verify's check (issue 3 §6): cases built through HTTP verify clean; an event altered, removed
// or cut from the end of a chain is named by case number and seq. The event table refuses UPDATE and DELETE,
// so the test plays the tamperer who owns the table and switches the trigger off for the change.
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseEvents, cases } from '../src/modules/cases/cases.tables.ts';
import { type AuditProgress, verifyAllChains } from '../src/tools/audit-verify.ts';
import {
  act,
  type Desk,
  fullChecklist,
  publishedItemWithStaff,
  readyDraft,
  registerCitizen,
} from './case-fixtures.ts';
import { createTestContext, type TestContext } from './harness.ts';

let ctx: TestContext;
let desk: Desk;
const built: { id: string; caseNumber: string }[] = [];

beforeAll(async () => {
  ctx = await createTestContext();
  desk = await publishedItemWithStaff(ctx);
  const citizen = await registerCitizen(ctx);
  for (let i = 0; i < 3; i++) {
    const id = await readyDraft(ctx, desk, citizen);
    const submitted = await act(ctx, citizen.cookie, id, 'submit');
    if (submitted.statusCode !== 200) throw new Error(`submit failed: ${submitted.body}`);
    const accepted = await act(ctx, desk.window.cookie, id, 'accept', {
      materialsChecklist: fullChecklist(desk.item.guide),
    });
    if (accepted.statusCode !== 200) throw new Error(`accept failed: ${accepted.body}`);
    built.push({ id, caseNumber: submitted.json().caseNumber });
  }
  // one more case that goes further, so chains differ in length
  const first = built[0];
  if (!first) throw new Error('no case built');
  expect((await act(ctx, desk.approver.cookie, first.id, 'claim')).statusCode).toBe(200);
});
afterAll(async () => ctx.close());

const db = () => ctx.deps.db;

async function tamper(change: () => Promise<unknown>): Promise<void> {
  await db().execute(sql`ALTER TABLE case_events DISABLE TRIGGER case_events_append_only`);
  try {
    await change();
  } finally {
    await db().execute(sql`ALTER TABLE case_events ENABLE TRIGGER case_events_append_only`);
  }
}

const eventOf = (caseId: string, seq: number) => and(eq(caseEvents.caseId, caseId), eq(caseEvents.seq, seq));

async function totals() {
  const [c] = await db().select({ n: sql<number>`count(*)::int` }).from(cases);
  const [e] = await db().select({ n: sql<number>`count(*)::int` }).from(caseEvents);
  return { cases: c?.n, events: e?.n };
}

describe('audit:verify', () => {
  it('passes every intact chain, reading in batches smaller than one chain', async () => {
    const expected = await totals();
    expect(expected.cases).toBe(3);
    const progress: AuditProgress[] = [];
    const result = await verifyAllChains(db(), { batchSize: 2, onProgress: (p) => progress.push(p) });
    expect(result).toEqual({ ok: true, cases: expected.cases, events: expected.events });
    expect(progress.length).toBeGreaterThan(3);
    expect(progress.at(-1)).toEqual({ cases: expected.cases, events: expected.events });
    expect(await verifyAllChains(db())).toEqual(result);
  });

  it('names the case and seq of an altered event', async () => {
    const target = built[1];
    if (!target) throw new Error('no case');
    const [original] = await db().select().from(caseEvents).where(eventOf(target.id, 2));
    await tamper(() => db().update(caseEvents).set({ comment: '改过的意见' }).where(eventOf(target.id, 2)));
    const result = await verifyAllChains(db(), { batchSize: 2 });
    expect(result).toMatchObject({
      ok: false,
      caseId: target.id,
      caseNumber: target.caseNumber,
      seq: 2,
      problem: 'hash',
    });
    if (!result.ok) expect(result.message).toContain('第 2 条');
    // put it back: the chain verifies again
    await tamper(() =>
      db()
        .update(caseEvents)
        .set({ comment: original?.comment ?? null })
        .where(eventOf(target.id, 2)),
    );
    expect((await verifyAllChains(db())).ok).toBe(true);
  });

  it('names a removed event in the middle of a chain', async () => {
    const target = built[2];
    if (!target) throw new Error('no case');
    const [removed] = await db().select().from(caseEvents).where(eventOf(target.id, 2));
    if (!removed) throw new Error('no event');
    await tamper(() => db().delete(caseEvents).where(eventOf(target.id, 2)));
    const result = await verifyAllChains(db(), { batchSize: 3 });
    expect(result).toMatchObject({
      ok: false,
      caseId: target.id,
      caseNumber: target.caseNumber,
      problem: 'sequence',
      seq: 3,
    });
    if (!result.ok) expect(result.message).toContain('第 2 条事件缺失');
    await db().insert(caseEvents).values(removed);
    expect((await verifyAllChains(db())).ok).toBe(true);
  });

  it('names the last event cut from a chain by the head stored on the case', async () => {
    const target = built[0];
    if (!target) throw new Error('no case');
    const [head] = await db()
      .select({ eventCount: cases.eventCount })
      .from(cases)
      .where(eq(cases.id, target.id));
    const last = head?.eventCount ?? 0;
    expect(last).toBe(4);
    await tamper(() => db().delete(caseEvents).where(eventOf(target.id, last)));
    const result = await verifyAllChains(db());
    expect(result).toMatchObject({
      ok: false,
      caseId: target.id,
      caseNumber: target.caseNumber,
      problem: 'head',
      seq: last,
    });
  });
});
