// Concurrency on a PostgreSQL server (PGlite has one connection, so nothing there runs at once; the file is
// skipped without DATABASE_URL, like the outbox's locking test). Case numbers under 200 simultaneous intakes,
// one acceptance among ten clerks, one case for one idempotency key sent ten times at once.
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCaseEvents } from '../src/modules/cases/cases.repo.ts';
import { cases } from '../src/modules/cases/cases.tables.ts';
import { fullChecklist, newIdNumber, newMobile, PERSON_FORM, registerCitizen } from './case-fixtures.ts';
import { createItem, publishableGuide, submitAndPublish } from './catalog-fixtures.ts';
import { createTestContext, makeStaff, type TestContext } from './harness.ts';

// a district no other test of this file files in, so its counter starts at 1 here
const REGION = '150205000000'; // 包头市石拐区

describe.skipIf(!process.env.DATABASE_URL)('case engine under concurrency (PostgreSQL)', () => {
  let ctx: TestContext;
  let item: Awaited<ReturnType<typeof createItem>>;
  let clerk: { cookie: string; userId: string };
  let personId: string;

  beforeAll(async () => {
    ctx = await createTestContext();
    const editor = await makeStaff(ctx, ['catalog_editor'], { regionCode: REGION });
    const reviewer = await makeStaff(ctx, ['catalog_reviewer'], { regionCode: REGION });
    const guide = await publishableGuide(ctx, editor.cookie, {
      maturity: 'IV',
      visits: 0,
      channels: ['web', 'mobile', 'window'],
      delivery: ['download', 'post', 'window'],
      audience: ['person', 'legal_person'],
      acceptOnReceipt: false,
      instant: false,
    });
    item = await createItem(ctx, editor.cookie, { regionCode: REGION, guide });
    await submitAndPublish(ctx, editor.cookie, reviewer.cookie, item.versionId);
    clerk = await makeStaff(ctx, ['window_clerk'], { regionCode: REGION });
    const person = await ctx.app.inject({
      method: 'POST',
      url: '/api/persons',
      headers: { cookie: clerk.cookie },
      payload: { name: '示例并发居民', idNumber: newIdNumber() },
    });
    personId = person.json().id;
  });
  afterAll(async () => {
    // The pool opened all its connections here. pg-pool's end() resolves before they have closed, and the
    // harness then drops the database under them; with no 'error' listener on the pool (platform/db.ts adds
    // none) the resulting idle-client error would surface as an uncaught exception. Listen for it here.
    const pool = (ctx?.deps.db as unknown as { $client?: { on(event: 'error', f: () => void): void } })
      ?.$client;
    pool?.on('error', () => undefined);
    await ctx?.close();
  });

  const intake = (cookie: string, key?: string) =>
    ctx.app.inject({
      method: 'POST',
      url: '/api/window/cases',
      headers: { cookie, ...(key ? { 'idempotency-key': key } : {}) },
      payload: {
        implementationId: item.id,
        applicant: { personId },
        contactMobile: newMobile(),
        formData: PERSON_FORM,
        deliveryPreference: 'window',
      },
    });
  const sequenceOf = (caseNumber: string) => Number(caseNumber.split('-')[2]);

  it('gives 200 simultaneous intakes 200 distinct numbers, numbered 1…200 for the district and day', async () => {
    const results = await Promise.all(Array.from({ length: 200 }, () => intake(clerk.cookie)));
    expect(results.map((r) => r.statusCode)).toEqual(results.map(() => 201));
    const numbers = results.map((r) => r.json().caseNumber as string);
    expect(new Set(numbers).size).toBe(200);
    // grouped by day, should the run cross midnight in China: each day's numbers run 1…n without a gap
    const byDay = new Map<string, number[]>();
    for (const n of numbers) {
      expect(n).toMatch(new RegExp(`^${REGION}-\\d{8}-\\d{6}$`));
      const day = n.split('-')[1] ?? '';
      byDay.set(day, [...(byDay.get(day) ?? []), sequenceOf(n)]);
    }
    for (const sequences of byDay.values()) {
      expect(sequences.sort((a, b) => a - b)).toEqual(sequences.map((_, i) => i + 1));
    }
  });

  it('lets exactly one of ten clerks accepting one case at once succeed; the others get 409', async () => {
    const created = await intake(clerk.cookie);
    const id = created.json().id as string;
    const clerks = await Promise.all(
      Array.from({ length: 10 }, () => makeStaff(ctx, ['window_clerk'], { regionCode: REGION })),
    );
    const body = { materialsChecklist: fullChecklist(item.guide) };
    const results = await Promise.all(
      clerks.map((c) =>
        ctx.app.inject({
          method: 'POST',
          url: `/api/cases/${id}/actions/accept`,
          headers: { cookie: c.cookie },
          payload: body,
        }),
      ),
    );
    const statuses = results.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([200, ...Array(9).fill(409)]);
    expect(results.filter((r) => r.statusCode === 409).map((r) => r.json().error.code)).toEqual(
      Array(9).fill('INVALID_TRANSITION'),
    );
    const events = await listCaseEvents(ctx.deps.db, id);
    expect(events.filter((e) => e.action === 'accept')).toHaveLength(1);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
  });

  it('makes one online case of one idempotency key sent ten times at once', async () => {
    const citizen = await registerCitizen(ctx);
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        ctx.app.inject({
          method: 'POST',
          url: '/api/cases',
          headers: { cookie: citizen.cookie, 'idempotency-key': 'concurrent-apply-0001' },
          payload: { implementationId: item.id, channel: 'web' },
        }),
      ),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([
      200, 200, 200, 200, 200, 200, 200, 200, 200, 201,
    ]);
    expect(new Set(results.map((r) => r.json().id)).size).toBe(1);
    const [count] = await ctx.deps.db
      .select({ n: sql<number>`count(*)::int` })
      .from(cases)
      .where(and(eq(cases.filedBy, citizen.userId), eq(cases.idempotencyKey, 'concurrent-apply-0001')));
    expect(count?.n).toBe(1);
  });

  it('makes one window case of one key sent ten times at once; numbering goes on after it', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, () => intake(clerk.cookie, 'window-once-0001')),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([
      200, 200, 200, 200, 200, 200, 200, 200, 200, 201,
    ]);
    expect(new Set(results.map((r) => r.json().id)).size).toBe(1);
    expect(new Set(results.map((r) => r.json().caseNumber)).size).toBe(1);
    const [count] = await ctx.deps.db
      .select({ n: sql<number>`count(*)::int` })
      .from(cases)
      .where(and(eq(cases.filedBy, clerk.userId), eq(cases.idempotencyKey, 'window-once-0001')));
    expect(count?.n).toBe(1);
    // the number is taken before the case is written (case-apply.service.ts), so the nine duplicates that
    // lost may leave gaps in the day's sequence; numbers stay unique and increasing
    const number = results[0]?.json().caseNumber as string;
    const next = (await intake(clerk.cookie)).json().caseNumber as string;
    if (next.split('-')[1] === number.split('-')[1])
      expect(sequenceOf(next)).toBeGreaterThan(sequenceOf(number));
  });
});
