// 告知承诺 on a case: the applicant (or their agent, or the applicant at the window on the clerk's screen) reads
// the item's commitment text and signs it with their full name and, optionally, a drawn signature. The signed
// commitment is rendered to PDF once and kept in the file store; it then stands in for the materials it covers
// at submission and acceptance (case-submission.ts, case-obligation-effects.ts).
import { createHash } from 'node:crypto';
import { applicableMaterials, type Guide } from '@msb/contracts';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../platform/access.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound, validationFailed } from '../../platform/errors.ts';
import { getFiledVersionGuide } from '../catalog/catalog-public.service.ts';
import { isBlankOrPlaceholder } from '../catalog/domain/text-checks.ts';
import { openAuthorisedFile, saveFile } from '../documents/documents.service.ts';
import { maskIdNumber } from '../identity/domain/mask.ts';
import { findEnterpriseById, findPersonById } from '../identity/people.repo.ts';
import { orgs } from '../orgs/orgs.tables.ts';
import { renderCommitmentLetter } from './case-documents/commitment-letter.ts';
import { type CommitmentRow, creditMarksOf, findCommitment } from './case-obligations.repo.ts';
import { caseCommitments } from './case-obligations.tables.ts';
import { visibleCase } from './case-queries.service.ts';
import type { CaseRelation } from './cases.policy.ts';
import { type CaseRow, lockCase } from './cases.repo.ts';
import { checkSignaturePng, commitmentExclusion, commitmentMaterials } from './domain/commitment.ts';
import { CASE_STATE_LABELS, type CaseState } from './domain/transitions.ts';

type SignerRole = CommitmentRow['signerRole'];
const SIGNER_LABELS: Record<SignerRole, string> = {
  applicant: '申请人',
  agent: '委托代理人',
  window_clerk: '申请人（窗口当场签署）',
};

/** Before acceptance the applicant may sign online; at the window the clerk's screen takes the signature. */
const PARTY_STATES: readonly CaseState[] = ['draft', 'submitted', 'awaiting_correction'];
const DESK_STATES: readonly CaseState[] = ['submitted'];

export interface SignCommitmentInput {
  fullName: string;
  materialIds?: string[];
  /** base64 PNG of the drawn signature */
  signaturePng?: string;
}

function offeredText(guide: Guide): NonNullable<Guide['commitment']> | null {
  return guide.commitment && !isBlankOrPlaceholder(guide.commitment.text) ? guide.commitment : null;
}

/** Who signs, in which capacity, or null when this caller may not sign this case now. */
function signerRole(relation: CaseRelation, state: CaseState): SignerRole | null {
  if (relation.kind === 'party' && PARTY_STATES.includes(state))
    return relation.roles.includes('applicant') ? 'applicant' : 'agent';
  if (
    relation.kind === 'staff' &&
    DESK_STATES.includes(state) &&
    relation.roles.some((r) => r === 'window_clerk' || r === 'chief_representative')
  )
    return 'window_clerk';
  return null;
}

export async function getCommitment(deps: Deps, actor: Actor, caseId: string) {
  const { row, relation } = await visibleCase(deps, actor, caseId);
  const guide = await getFiledVersionGuide(deps, row.versionId);
  const settings = offeredText(guide);
  const signed = await findCommitment(deps.db, row.id);
  const names = new Map(guide.materials.map((m) => [m.id, m.name]));
  const excluded =
    settings && !signed ? commitmentExclusion(settings, await creditMarksOf(deps.db, row)) : null;
  return {
    available: settings !== null,
    text: settings?.text ?? null,
    verifyWithinWorkdays: settings?.verifyWithinWorkdays ?? null,
    materials: applicableMaterials(guide, row.situation)
      .filter((m) => m.commitmentAllowed)
      .map((m) => ({ materialId: m.id, name: m.name })),
    excluded,
    canSign: settings !== null && !signed && !excluded && signerRole(relation, row.state) !== null,
    signed: signed
      ? {
          signerName: signed.signerName,
          signerRole: signed.signerRole,
          signerRoleLabel: SIGNER_LABELS[signed.signerRole],
          signedAt: signed.signedAt.toISOString(),
          materials: signed.materialIds.map((id) => ({ materialId: id, name: names.get(id) ?? id })),
          drawnSignature: signed.signatureSha256 !== null,
          pdfUrl: `/api/cases/${row.id}/commitment/pdf`,
        }
      : null,
  };
}

export async function signCommitment(deps: Deps, actor: Actor, caseId: string, input: SignCommitmentInput) {
  const { row, relation } = await visibleCase(deps, actor, caseId);
  const guide = await getFiledVersionGuide(deps, row.versionId);
  const settings = offeredText(guide);
  if (!settings) throw new AppError('CONFLICT', '本事项未实行告知承诺，不能签署承诺书');
  const role = signerRole(relation, row.state);
  if (!role) {
    const deskRole = (r: string) => r === 'window_clerk' || r === 'chief_representative';
    if (relation.kind === 'staff' && !relation.roles.some(deskRole))
      throw new AppError('FORBIDDEN', '只有申请人或其委托代理人可以签署告知承诺（窗口可录入申请人当场签署）');
    throw new AppError('INVALID_TRANSITION', `“${CASE_STATE_LABELS[row.state]}”状态下不能签署告知承诺`);
  }
  if (await findCommitment(deps.db, row.id)) throw new AppError('CONFLICT', '本办件已签署告知承诺');
  const excluded = commitmentExclusion(settings, await creditMarksOf(deps.db, row));
  if (excluded)
    throw new AppError('CONFLICT', excluded, { fields: [{ field: 'commitment', message: excluded }] });

  const covered = commitmentMaterials(guide, row.situation, input.materialIds);
  const problems = [...covered.errors];
  const expected = await expectedSigner(deps, actor, row, role);
  const fullName = input.fullName.trim();
  if (fullName !== expected)
    problems.push({ field: 'fullName', message: '请输入签署人的完整姓名，须与实名登记的姓名一致' });
  const signature = input.signaturePng ? decodeSignature(input.signaturePng) : undefined;
  if (signature && !signature.ok) problems.push({ field: 'signaturePng', message: signature.message });
  if (problems.length > 0) throw validationFailed(problems, '告知承诺书未能签署，请按提示修改');

  const signedAt = deps.now();
  const pdf = await renderLetter(deps, row, guide, {
    text: settings.text,
    verifyWithinWorkdays: settings.verifyWithinWorkdays,
    materialIds: covered.materialIds,
    signerName: fullName,
    role,
    signedAt,
    ...(signature?.ok ? { png: signature.bytes } : {}),
  });
  // stored before the transaction: content-addressed bytes are harmless if the insert below fails
  const savedPdf = await saveFile(deps, {
    bytes: pdf,
    originalName: `告知承诺书-${row.caseNumber ?? row.id}.pdf`,
    purpose: 'generated',
    createdBy: actor.userId,
  });
  const savedPng = signature?.ok
    ? await saveFile(deps, {
        bytes: signature.bytes,
        originalName: '手写签名.png',
        purpose: 'generated',
        createdBy: actor.userId,
      })
    : undefined;
  await deps.db.transaction(async (tx) => {
    const locked = await lockCase(tx, row.id);
    if (!locked || signerRole(relation, locked.state) === null)
      throw new AppError('INVALID_TRANSITION', '办件状态已变化，当前不能签署告知承诺');
    const [created] = await tx
      .insert(caseCommitments)
      .values({
        caseId: row.id,
        text: settings.text,
        materialIds: covered.materialIds,
        signerUserId: actor.userId,
        signerName: fullName,
        signerRole: role,
        signatureSha256: savedPng?.sha256 ?? null,
        pdfSha256: savedPdf.sha256,
        signedAt,
      })
      .onConflictDoNothing()
      .returning({ caseId: caseCommitments.caseId });
    if (!created) throw new AppError('CONFLICT', '本办件已签署告知承诺');
  });
  return getCommitment(deps, actor, caseId);
}

/** The name the signer must type: their own (applicant or agent), or the applicant's at the window. */
async function expectedSigner(deps: Deps, actor: Actor, row: CaseRow, role: SignerRole): Promise<string> {
  if (role !== 'window_clerk') {
    const person = actor.personId ? await findPersonById(deps.db, actor.personId) : undefined;
    return person?.name ?? actor.displayName;
  }
  if (row.applicantKind === 'enterprise' && row.applicantEnterpriseId) {
    // an enterprise signs through its legal representative
    const enterprise = await findEnterpriseById(deps.db, row.applicantEnterpriseId);
    return enterprise?.legalRep.name ?? row.applicantName;
  }
  return row.applicantName;
}

function decodeSignature(base64: string) {
  const bytes = Buffer.from(base64.replace(/^data:image\/png;base64,/, ''), 'base64');
  const checked = checkSignaturePng(bytes);
  return checked.ok ? { ok: true as const, bytes: new Uint8Array(bytes) } : checked;
}

async function renderLetter(
  deps: Deps,
  row: CaseRow,
  guide: Guide,
  signed: {
    text: string;
    verifyWithinWorkdays: number;
    materialIds: readonly string[];
    signerName: string;
    role: SignerRole;
    signedAt: Date;
    png?: Uint8Array;
  },
): Promise<Uint8Array> {
  const [org] = await deps.db.select({ name: orgs.name }).from(orgs).where(eq(orgs.id, row.orgId));
  const person = row.applicantPersonId ? await findPersonById(deps.db, row.applicantPersonId) : undefined;
  return renderCommitmentLetter({
    itemName: row.itemName,
    departmentName: org?.name ?? '',
    applicantName: row.applicantName,
    ...(person ? { applicantIdMasked: maskIdNumber(person.idNumber) } : {}),
    ...(row.caseNumber ? { caseNumber: row.caseNumber } : {}),
    text: signed.text,
    materials: signed.materialIds.map((id) => guide.materials.find((m) => m.id === id)?.name ?? id),
    verifyWithinWorkdays: signed.verifyWithinWorkdays,
    signerName: signed.signerName,
    signerRoleLabel: SIGNER_LABELS[signed.role],
    signedAt: signed.signedAt.toISOString(),
    ...(signed.png ? { signaturePng: signed.png } : {}),
    textSha256: createHash('sha256').update(signed.text).digest('hex'),
  });
}

/** The signed commitment as stored, for whoever may see the case. */
export async function commitmentPdf(deps: Deps, actor: Actor, caseId: string) {
  const { row } = await visibleCase(deps, actor, caseId);
  const signed = await findCommitment(deps.db, row.id);
  if (!signed) throw notFound('告知承诺书');
  const file = await openAuthorisedFile(deps, signed.pdfSha256);
  return { bytes: file.bytes, fileName: `告知承诺书-${row.caseNumber ?? row.id}.pdf` };
}
