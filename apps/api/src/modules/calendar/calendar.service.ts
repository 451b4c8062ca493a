// The working-day calendar of the platform: the shipped 2025/2026 tables, earlier years from chinese-days,
// and the years administrators enter, which override both (DESIGN.md "Statutory clocks").
import type { LimitUnit } from '@msb/contracts';
import { asc, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/access.ts';
import type { Database } from '../../platform/db.ts';
import type { Deps } from '../../platform/deps.ts';
import { validationFailed } from '../../platform/errors.ts';
import { computeDeadline } from '../cases/domain/deadline.ts';
import { calendarYears } from './calendar.tables.ts';
import { SEEDED_YEAR_SCHEDULES } from './domain/holiday-data.ts';
import { LIBRARY_YEAR_SCHEDULES } from './domain/library-schedules.ts';
import { createWorkingCalendar, type WorkingCalendar } from './domain/working-calendar.ts';
import { validateYearSchedule, type YearSchedule } from './domain/year-schedule.ts';

const cache = new WeakMap<Database, WorkingCalendar>();

async function enteredYears(deps: Deps): Promise<YearSchedule[]> {
  const rows = await deps.db.select().from(calendarYears).orderBy(asc(calendarYears.year));
  return rows.map((r) => ({ year: r.year, holidays: r.holidays, workdays: r.workdays, source: r.source }));
}

/** The calendar every clock of this process uses; rebuilt when an administrator saves a year. */
export async function workingCalendar(deps: Deps): Promise<WorkingCalendar> {
  const hit = cache.get(deps.database);
  if (hit) return hit;
  const calendar = createWorkingCalendar({
    schedules: [...SEEDED_YEAR_SCHEDULES, ...(await enteredYears(deps))],
    countMakeUpDays: deps.config.countMakeUpDays,
  });
  cache.set(deps.database, calendar);
  return calendar;
}

export interface DeadlineQuery {
  start: string;
  amount: number;
  unit: LimitUnit;
}

/** The same arithmetic the case engine uses: 期间开始之日不计入; N working days end with the Nth after it. */
export async function deadlineFor(deps: Deps, query: DeadlineQuery) {
  const calendar = await workingCalendar(deps);
  let view: ReturnType<typeof computeDeadline>;
  try {
    view = computeDeadline(calendar, {
      ...query,
      naturalDayRollsToWorkday: deps.config.naturalDayRollsToWorkday,
    });
  } catch (error) {
    throw validationFailed([
      { field: 'start', message: error instanceof Error ? error.message : '日期无效' },
    ]);
  }
  return {
    start: query.start,
    amount: query.amount,
    unit: query.unit,
    due: view.due,
    countedWorkdays: view.counted ?? null,
    unknownYears: view.unknownYears,
    countMakeUpDays: calendar.countMakeUpDays,
  };
}

/** Every year the calendar knows, with where its table comes from. */
export async function listYears(deps: Deps) {
  const entered = new Map((await enteredYears(deps)).map((y) => [y.year, y]));
  const shipped = new Map(SEEDED_YEAR_SCHEDULES.map((y) => [y.year, y]));
  const library = new Map(LIBRARY_YEAR_SCHEDULES.map((y) => [y.year, y]));
  const years = [...new Set([...entered.keys(), ...shipped.keys(), ...library.keys()])].sort((a, b) => b - a);
  return years.map((year) => {
    const table = entered.get(year) ?? shipped.get(year) ?? library.get(year);
    const origin: 'entered' | 'shipped' | 'library' = entered.has(year)
      ? 'entered'
      : shipped.has(year)
        ? 'shipped'
        : 'library';
    return {
      year,
      origin,
      holidays: [...(table?.holidays ?? [])],
      workdays: [...(table?.workdays ?? [])],
      source: table?.source ?? '',
    };
  });
}

/** An administrator enters (or corrects) a year's arrangement; checked before it replaces anything. */
export async function saveYear(deps: Deps, actor: Actor, schedule: YearSchedule) {
  const problems = validateYearSchedule(schedule);
  if (problems.length) {
    throw validationFailed(
      problems.map((p) => ({
        field: p.date ? `${schedule.year}:${p.date}` : 'schedule',
        message: p.message,
      })),
      `${schedule.year} 年的放假安排有误，未保存`,
    );
  }
  const values = {
    ...schedule,
    holidays: [...schedule.holidays],
    workdays: [...schedule.workdays],
    updatedBy: actor.userId,
  };
  await deps.db
    .insert(calendarYears)
    .values(values)
    .onConflictDoUpdate({ target: calendarYears.year, set: { ...values, updatedAt: sql`now()` } });
  cache.delete(deps.database);
  return (await listYears(deps)).find((y) => y.year === schedule.year);
}
