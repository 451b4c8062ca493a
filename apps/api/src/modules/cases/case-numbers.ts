// Case numbers: region code + date (China time) + a per-region, per-day sequence. The upsert takes the
// counter row's lock until the transaction ends (or, outside one, until the statement ends), so concurrent
// submissions get distinct numbers.
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { caseNumberCounters } from './cases.tables.ts';
import { CASE_NUMBER_SEQUENCE_MAX, caseNumberDate, formatCaseNumber } from './domain/case-number.ts';

export async function nextCaseNumber(db: DbOrTx, regionCode: string, at: Date): Promise<string> {
  const [number] = await nextCaseNumbers(db, regionCode, at, 1);
  if (!number) throw new Error('no case number taken');
  return number;
}

/** `count` consecutive numbers in one statement (一件事: one per member case of a bundle, plus the bundle's). */
export async function nextCaseNumbers(
  db: DbOrTx,
  regionCode: string,
  at: Date,
  count: number,
): Promise<string[]> {
  const date = caseNumberDate(at);
  const day = date.replaceAll('-', '');
  const [counter] = await db
    .insert(caseNumberCounters)
    .values({ regionCode, day, last: count })
    .onConflictDoUpdate({
      target: [caseNumberCounters.regionCode, caseNumberCounters.day],
      set: { last: sql`${caseNumberCounters.last} + ${count}` },
    })
    .returning({ last: caseNumberCounters.last });
  const last = counter?.last ?? 0;
  if (last > CASE_NUMBER_SEQUENCE_MAX) {
    throw new AppError('UNAVAILABLE', '本区划当日办件编号已用完，请联系系统管理员');
  }
  return Array.from({ length: count }, (_, i) =>
    formatCaseNumber({ regionCode, date, sequence: last - count + 1 + i }),
  );
}
