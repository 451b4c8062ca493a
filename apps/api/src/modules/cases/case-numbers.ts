// Case numbers: region code + date (China time) + a per-region, per-day sequence. The upsert takes the
// counter row's lock until the transaction ends (or, outside one, until the statement ends), so concurrent
// submissions get distinct numbers.
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { caseNumberCounters } from './cases.tables.ts';
import { CASE_NUMBER_SEQUENCE_MAX, caseNumberDate, formatCaseNumber } from './domain/case-number.ts';

export async function nextCaseNumber(db: DbOrTx, regionCode: string, at: Date): Promise<string> {
  const date = caseNumberDate(at);
  const day = date.replaceAll('-', '');
  const [counter] = await db
    .insert(caseNumberCounters)
    .values({ regionCode, day, last: 1 })
    .onConflictDoUpdate({
      target: [caseNumberCounters.regionCode, caseNumberCounters.day],
      set: { last: sql`${caseNumberCounters.last} + 1` },
    })
    .returning({ last: caseNumberCounters.last });
  const sequence = counter?.last ?? 0;
  if (sequence > CASE_NUMBER_SEQUENCE_MAX) {
    throw new AppError('UNAVAILABLE', '本区划当日办件编号已用完，请联系系统管理员');
  }
  return formatCaseNumber({ regionCode, date, sequence });
}
