// What the applicant of a bundle is told is told once, for the whole bundle (issue 4 §3: a member's correction
// or denial reaches the applicant as part of one bundle notice). The message links to the first member case,
// whose page leads to the bundle's one progress view.
import type { Tx } from '../../platform/db.ts';
import { notifyApplicant } from '../cases/case-actions.service.ts';
import type { CaseRow } from '../cases/cases.repo.ts';

export async function notifyBundleApplicant(
  tx: Tx,
  memberRow: CaseRow,
  notice: { title: string; body: string },
  key: string,
): Promise<void> {
  await notifyApplicant(tx, memberRow, notice, key);
}
