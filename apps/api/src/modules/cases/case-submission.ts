// Is an application complete enough to file? The form against the item's JSON-Schema form (every failing
// field), the materials its situation requires, and a delivery choice the guide offers.
import { type FieldError, type Guide, requiredMaterials } from '@msb/contracts';
import { and, eq, ne } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db.ts';
import { validateForm } from '../forms/domain/form-schema.ts';
import { applicationFormOf } from '../forms/domain/item-form.ts';
import { creditMarksOf, findCommitment } from './case-obligations.repo.ts';
import type { CaseRow } from './cases.repo.ts';
import { caseMaterials } from './cases.tables.ts';
import { commitmentExclusion } from './domain/commitment.ts';

/** Problems that keep the case from being submitted; field names are form keys or case fields. */
export async function checkSubmission(
  db: DbOrTx,
  row: CaseRow,
  guide: Guide,
  now: Date,
): Promise<FieldError[]> {
  const form = applicationFormOf(guide, row.applicantKind);
  const problems: FieldError[] = validateForm(form, row.formData, { now }).map(({ field, message }) => ({
    field: `formData.${field}`,
    message,
  }));
  const present = await db
    .select({ materialId: caseMaterials.materialId })
    .from(caseMaterials)
    .where(and(eq(caseMaterials.caseId, row.id), ne(caseMaterials.status, 'rejected')));
  const have = new Set(present.map((m) => m.materialId));
  // 告知承诺: a signed commitment stands in for the materials it covers
  const commitment = await findCommitment(db, row.id);
  const committed = new Set(commitment?.materialIds ?? []);
  for (const material of requiredMaterials(guide, row.situation)) {
    // 容缺受理 materials may follow later; the window decides at acceptance
    if (!have.has(material.id) && !material.allowMissing && !committed.has(material.id)) {
      problems.push({ field: `materials.${material.id}`, message: `请上传“${material.name}”` });
    }
  }
  problems.push(...deliveryProblems(row, guide));
  if (commitment && guide.commitment) {
    // 告知承诺 may be refused to an applicant who broke a commitment since signing (the item's setting)
    const excluded = commitmentExclusion(guide.commitment, await creditMarksOf(db, row));
    if (excluded) problems.push({ field: 'commitment', message: excluded });
  }
  return problems;
}

export function deliveryProblems(
  row: Pick<CaseRow, 'deliveryPreference' | 'postalAddress'>,
  guide: Guide,
): FieldError[] {
  if (guide.delivery.length === 0) return [];
  const choice = row.deliveryPreference;
  if (!choice || !guide.delivery.some((d) => d === choice)) {
    return [{ field: 'deliveryPreference', message: '请选择办理结果的送达方式' }];
  }
  if (choice === 'post' && !row.postalAddress?.trim()) {
    return [{ field: 'postalAddress', message: '选择邮寄送达的，请填写收件地址' }];
  }
  return [];
}
