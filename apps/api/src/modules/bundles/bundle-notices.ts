// What the applicant of a bundle is told is told once, for the whole bundle (issue 4 §3: a member's correction
// or denial reaches the applicant as part of one bundle notice). The message links to the first member case,
// whose page leads to the bundle's one progress view.
import type { Tx } from '../../platform/db.ts';
import { notifyApplicant } from '../cases/case-actions.service.ts';
import { type CaseRow, lockCase } from '../cases/cases.repo.ts';

export async function notifyBundleApplicant(
  tx: Tx,
  memberRow: CaseRow,
  notice: { title: string; body: string },
  key: string,
): Promise<void> {
  await notifyApplicant(tx, memberRow, notice, key);
}

/** The notice of a whole bundle, once; `key` (bundle:<id>:<what>) keeps a redelivery from writing it twice. */
export async function tellBundleApplicant(
  tx: Tx,
  members: readonly { row: { id: string } }[],
  notice: { title: string; body: string },
  key: string,
): Promise<void> {
  const first = await lockCase(tx, members[0]?.row.id ?? '');
  if (first) await notifyApplicant(tx, first, notice, key);
}
