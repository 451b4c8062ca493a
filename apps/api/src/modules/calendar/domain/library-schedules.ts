// Year tables for the years before the shipped ones, from the chinese-days package (MIT; vsme/chinese-days,
// data 2004–2026 transcribed from the 国务院办公厅 notices). Its data stops at 2026, and its own isWorkday()
// silently treats later years as plain weeks — so we read its data, not its functions, and the working
// calendar reports years that no table covers instead of guessing.
import data from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import type { YearSchedule } from './year-schedule.ts';

export const LIBRARY_SOURCE =
  'chinese-days 1.5.7（MIT，github.com/vsme/chinese-days），据国务院办公厅历年节假日安排通知';

interface LibraryData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

export function libraryYearSchedules(library: LibraryData = data): YearSchedule[] {
  const byYear = new Map<number, { holidays: string[]; workdays: string[] }>();
  const yearEntry = (date: string) => {
    const year = Number(date.slice(0, 4));
    let entry = byYear.get(year);
    if (entry === undefined) {
      entry = { holidays: [], workdays: [] };
      byYear.set(year, entry);
    }
    return entry;
  };
  for (const date of Object.keys(library.holidays)) yearEntry(date).holidays.push(date);
  for (const date of Object.keys(library.workdays)) yearEntry(date).workdays.push(date);
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, { holidays, workdays }]) => ({
      year,
      holidays: holidays.sort(),
      workdays: workdays.sort(),
      source: LIBRARY_SOURCE,
    }));
}

/** Parsed once: the package data does not change while the process runs. */
export const LIBRARY_YEAR_SCHEDULES: readonly YearSchedule[] = libraryYearSchedules();
