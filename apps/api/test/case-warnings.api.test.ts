// 督查 by warning colour (GET /api/worklists/:queue?warning=): the API filters by the warning every list shows
// (the clock's, case by case), over the whole scope and not a loaded page, with the total and the paging of the
// filtered list. Three cases are brought to 已超期, 临近到期 (its clock then stopped by a special procedure) and 正常
// by moving the clock day by day.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  act,
  type Desk,
  fullChecklist,
  publishedItemWithStaff,
  readyDraft,
  registerCitizen,
  signIn,
} from './case-fixtures.ts';
import { createTestContext, makeStaff, type TestContext } from './harness.ts';

const DAY = 86_400_000;
let ctx: TestContext;
let desk: Desk;
let supervisor: { cookie: string; userId: string; username: string };

interface Row {
  id: string;
  warning: 'normal' | 'yellow' | 'red';
  remainingWorkdays: number | null;
}

beforeAll(async () => {
  ctx = await createTestContext();
  desk = await publishedItemWithStaff(ctx);
  supervisor = await makeStaff(ctx, ['supervisor'], { regionCode: '150200000000' }); // 包头市, over 昆都仑区
});
afterAll(async () => ctx.close());

/** The clock moves on a day; sessions end meanwhile, so the desks sign in again. */
async function nextDay() {
  ctx.advanceClock(DAY);
  for (const staff of [desk.window, supervisor]) staff.cookie = await signIn(ctx, staff.username);
}

async function acceptedCase(): Promise<string> {
  const citizen = await registerCitizen(ctx);
  const id = await readyDraft(ctx, desk, citizen);
  await act(ctx, citizen.cookie, id, 'submit');
  const accepted = await act(ctx, desk.window.cookie, id, 'accept', {
    materialsChecklist: fullChecklist(desk.item.guide),
  });
  expect(accepted.statusCode).toBe(200);
  return id;
}

const list = async (query: string, pageSize = 100) => {
  const res = await ctx.app.inject({
    url: `/api/worklists/supervision?pageSize=${pageSize}${query}`,
    headers: { cookie: supervisor.cookie },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: Row[]; total: number };
};
const rowOf = async (id: string) => (await list('')).items.find((r) => r.id === id);

describe('the warning filter of the work lists', () => {
  it('finds the overdue, the nearly due and the normal cases over the whole scope, as the list shows them', async () => {
    const late = await acceptedCase();
    // on until the first case is overdue, then a second is accepted and run until it is nearly due
    for (let day = 0; (await rowOf(late))?.warning !== 'red'; day++) {
      expect(day).toBeLessThan(90);
      await nextDay();
    }
    const near = await acceptedCase();
    expect((await rowOf(near))?.warning).toBe('normal');
    for (let day = 0; (await rowOf(near))?.warning !== 'yellow'; day++) {
      expect(day).toBeLessThan(90);
      await nextDay();
    }
    // its clock then stops (特别程序): judged by the clock itself, it stays nearly due
    desk.approver.cookie = await signIn(ctx, desk.approver.username);
    await act(ctx, desk.approver.cookie, near, 'claim');
    const stopped = await act(ctx, desk.approver.cookie, near, 'start_special_procedure', {
      procedure: { name: '专家评审', duration: { amount: 5, unit: 'workday' } },
    });
    expect(stopped.statusCode).toBe(200);
    await nextDay();
    const fresh = await acceptedCase();

    const all = await list('');
    const warningOf = (id: string) => all.items.find((r) => r.id === id)?.warning;
    expect([warningOf(late), warningOf(near), warningOf(fresh)]).toEqual(['red', 'yellow', 'normal']);
    for (const warning of ['red', 'yellow', 'normal'] as const) {
      const filtered = await list(`&warning=${warning}`);
      const expected = all.items.filter((r) => r.warning === warning).map((r) => r.id);
      expect(filtered.items.map((r) => r.id)).toEqual(expected);
      expect(filtered.total).toBe(expected.length);
      expect(filtered.items.every((r) => r.warning === warning)).toBe(true);
    }
    // paged like any list: one a page, the total still the filter's
    const firstPage = await list('&warning=normal', 1);
    expect(firstPage.items).toHaveLength(1);
    expect(firstPage.total).toBe(all.items.filter((r) => r.warning === 'normal').length);
    // with the other filters
    const search = await list('&warning=red&state=accepted');
    expect(search.items.map((r) => r.id)).toEqual([late]);
  });

  it('refuses an unknown warning with 422 naming the field', async () => {
    const res = await ctx.app.inject({
      url: '/api/worklists/supervision?warning=purple',
      headers: { cookie: supervisor.cookie },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details.fields.map((f: { field: string }) => f.field)).toEqual([
      'querystring.warning',
    ]);
  });
});
