import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, makeStaff, type TestContext } from './harness.ts';

let ctx: TestContext;
let admin: { cookie: string };
beforeAll(async () => {
  ctx = await createTestContext();
  admin = await makeStaff(ctx, ['admin'], { regionCode: '150000000000' });
});
afterAll(async () => ctx.close());

const deadline = async (start: string, amount: number, unit = 'workday', context = ctx) => {
  const res = await context.app.inject(`/api/calendar/deadline?start=${start}&amount=${amount}&unit=${unit}`);
  expect(res.statusCode).toBe(200);
  return res.json() as {
    due: string;
    countedWorkdays: string[] | null;
    unknownYears: number[];
    countMakeUpDays: boolean;
  };
};

describe('computeDeadline', () => {
  it('does not count the start day and skips the 2026 Spring Festival, counting its make-up Saturdays', async () => {
    // 国办 2026 安排: 2/15–2/23 放假, 2/14 (Sat) and 2/28 (Sat) 上班
    const r = await deadline('2026-02-12', 3);
    expect(r.countedWorkdays).toEqual(['2026-02-13', '2026-02-14', '2026-02-24']);
    expect(r.due).toBe('2026-02-24');
    expect(r.countMakeUpDays).toBe(true);
  });

  it('runs 20 working days across National Day 2025 (9/28 Sun and 10/11 Sat worked, 10/1–10/8 off)', async () => {
    const r = await deadline('2025-09-26', 20);
    expect(r.countedWorkdays?.slice(0, 3)).toEqual(['2025-09-28', '2025-09-29', '2025-09-30']);
    expect(r.countedWorkdays).toContain('2025-10-11');
    expect(r.countedWorkdays?.some((d) => d >= '2025-10-01' && d <= '2025-10-08')).toBe(false);
    expect(r.due).toBe('2025-10-30');
  });

  it('counts natural days and moves a period ending on a holiday to the next working day', async () => {
    expect((await deadline('2026-09-24', 10, 'natural')).due).toBe('2026-10-08');
    expect((await deadline('2026-03-02', 10, 'natural')).due).toBe('2026-03-12');
  });

  it('says which years have no holiday table', async () => {
    const r = await deadline('2026-12-20', 20);
    expect(r.unknownYears).toEqual([2027]);
  });

  it('follows the setting when make-up working days do not count', async () => {
    const strict = await createTestContext({ countMakeUpDays: false });
    try {
      const r = await deadline('2026-02-12', 3, 'workday', strict);
      expect(r.countedWorkdays).toEqual(['2026-02-13', '2026-02-24', '2026-02-25']);
      expect(r.countMakeUpDays).toBe(false);
    } finally {
      await strict.close();
    }
  });

  it('refuses bad input with 422 naming the field', async () => {
    const bad = await ctx.app.inject('/api/calendar/deadline?start=2026-02-30&amount=3&unit=workday');
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.details.fields[0].field).toBe('start');
    const unit = await ctx.app.inject('/api/calendar/deadline?start=2026-02-01&amount=3&unit=weeks');
    expect(unit.statusCode).toBe(422);
    expect(unit.json().error.details.fields[0].field).toBe('querystring.unit');
  });
});

describe('calendar years', () => {
  const year2027 = {
    // an illustrative arrangement for the test only; 2027's real one is not yet announced (domain-facts §8.4)
    holidays: ['2027-01-01', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'],
    workdays: ['2027-02-13'],
    source: '测试用安排（非真实通知）',
  };

  it('lets an administrator enter a new year without a release, and the calculator uses it at once', async () => {
    expect((await deadline('2027-02-04', 2)).due).toBe('2027-02-08');
    const res = await ctx.app.inject({
      method: 'PUT',
      url: '/api/calendar/years/2027',
      headers: { cookie: admin.cookie },
      payload: year2027,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ year: 2027, origin: 'entered' });
    const after = await deadline('2027-02-04', 2);
    expect(after.countedWorkdays).toEqual(['2027-02-12', '2027-02-13']);
    expect(after.unknownYears).toEqual([]);
    const years = (await ctx.app.inject('/api/calendar/years')).json() as { year: number; origin: string }[];
    expect(years.find((y) => y.year === 2026)?.origin).toBe('shipped');
    expect(years.find((y) => y.year === 2019)?.origin).toBe('library');
  });

  it('refuses a table with a make-up day that is not a weekend, or a date of another year, writing nothing', async () => {
    const res = await ctx.app.inject({
      method: 'PUT',
      url: '/api/calendar/years/2028',
      headers: { cookie: admin.cookie },
      payload: { holidays: ['2027-12-31'], workdays: ['2028-03-01'], source: '测试用安排' },
    });
    expect(res.statusCode, res.body).toBe(422);
    const messages = res
      .json()
      .error.details.fields.map((f: { message: string }) => f.message)
      .join('\n');
    expect(messages).toContain('不属于 2028 年');
    expect(messages).toContain('不是周末');
    const years = (await ctx.app.inject('/api/calendar/years')).json() as { year: number }[];
    expect(years.map((y) => y.year)).not.toContain(2028);
  });

  it('lets only administrators enter years', async () => {
    const editor = await makeStaff(ctx, ['catalog_editor'], { regionCode: '150000000000' });
    const res = await ctx.app.inject({
      method: 'PUT',
      url: '/api/calendar/years/2027',
      headers: { cookie: editor.cookie },
      payload: year2027,
    });
    expect(res.statusCode).toBe(403);
  });
});
