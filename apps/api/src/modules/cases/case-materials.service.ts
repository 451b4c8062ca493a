// Materials of a case: uploads (type checked by content, size-limited, stored by hash), reuse of a material
// verified in an earlier case of the same applicant (seed 001: 不得要求重复提交), removal before submission,
// and downloads only for those who may see the case.
import { and, desc, eq, inArray, ne } from 'drizzle-orm';
import type { Actor } from '../../platform/access.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound, validationFailed } from '../../platform/errors.ts';
import { getFiledVersionGuide } from '../catalog/catalog-public.service.ts';
import { openAuthorisedFile, saveFile } from '../documents/documents.service.ts';
import { findOpenMissingMaterial } from './case-obligations.repo.ts';
import { caseMissingMaterials } from './case-obligations.tables.ts';
import { visibleCase } from './case-queries.service.ts';
import { relationTo } from './cases.policy.ts';
import { type CaseRow, findCaseMaterial, lockCase } from './cases.repo.ts';
import { caseMaterials, cases } from './cases.tables.ts';
import { CASE_STATE_LABELS, isTerminal } from './domain/transitions.ts';

/** Who may add or remove materials, and when: the applicant while drafting or correcting; the window while
 * the case waits at the window; and either of them, after acceptance, a 容缺 material still outstanding
 * (`supplying`). */
function mayEditMaterials(actor: Actor, row: CaseRow, supplying = false): boolean {
  const relation = relationTo(actor, row);
  if (relation.kind === 'hidden') throw notFound('办件');
  if (relation.kind === 'out_of_scope') throw new AppError('FORBIDDEN', '该办件不在您的办理范围内');
  if (supplying && isTerminal(row.state)) return false;
  if (relation.kind === 'party')
    return supplying || row.state === 'draft' || row.state === 'awaiting_correction';
  const desk = relation.roles.some(
    (r) => r === 'window_clerk' || r === 'chief_representative' || r === 'proxy_agent',
  );
  // back office, output window and supervisors read materials but never add or remove them, in any state
  if (!desk) throw new AppError('FORBIDDEN', '当前账号无权增删办件材料');
  return (
    supplying || row.state === 'submitted' || row.state === 'awaiting_correction' || row.state === 'draft'
  );
}

async function materialOfGuide(deps: Deps, row: CaseRow, materialId: string) {
  const guide = await getFiledVersionGuide(deps, row.versionId);
  const material = guide.materials.find((m) => m.id === materialId);
  if (!material)
    throw validationFailed([{ field: 'materialId', message: `办事指南中没有材料“${materialId}”` }]);
  return material;
}

export async function uploadMaterial(
  deps: Deps,
  actor: Actor,
  caseId: string,
  input: { materialId: string; bytes: Uint8Array; fileName: string },
) {
  const { row } = await visibleCase(deps, actor, caseId);
  const material = await materialOfGuide(deps, row, input.materialId);
  const supplying = (await findOpenMissingMaterial(deps.db, row.id, material.id)) !== undefined;
  if (!mayEditMaterials(actor, row, supplying))
    throw new AppError('INVALID_TRANSITION', `“${CASE_STATE_LABELS[row.state]}”状态下不能上传材料`);
  // stored before the transaction: content-addressed bytes are harmless if the insert below fails
  const saved = await saveFile(deps, {
    bytes: input.bytes,
    originalName: input.fileName,
    purpose: 'case_material',
    createdBy: actor.userId,
  });
  return addMaterial(deps, actor, caseId, {
    materialId: material.id,
    name: material.name,
    source: 'upload',
    fileSha256: saved.sha256,
    fileName: input.fileName,
  });
}

type NewMaterial = Pick<
  typeof caseMaterials.$inferInsert,
  'materialId' | 'name' | 'source' | 'fileSha256' | 'fileName' | 'reusedFrom'
>;

/** Adds a material row under the case lock, if the case still takes materials from this actor. A 容缺
 * material uploaded after acceptance is marked as come in; a clerk checks it (supplyMissingMaterial). */
async function addMaterial(deps: Deps, actor: Actor, caseId: string, values: NewMaterial) {
  return deps.db.transaction(async (tx) => {
    const locked = await lockCase(tx, caseId);
    const supplying = locked
      ? (await findOpenMissingMaterial(tx, caseId, values.materialId)) !== undefined
      : false;
    if (!locked || !mayEditMaterials(actor, locked, supplying)) {
      throw new AppError('INVALID_TRANSITION', '办件状态已变化，当前不能添加材料');
    }
    const now = deps.now();
    const [created] = await tx
      .insert(caseMaterials)
      .values({ caseId, ...values, status: 'submitted', addedBy: actor.userId, addedAt: now })
      .returning();
    if (supplying) {
      await tx
        .update(caseMissingMaterials)
        .set({ uploadedAt: now })
        .where(
          and(
            eq(caseMissingMaterials.caseId, caseId),
            eq(caseMissingMaterials.materialId, values.materialId),
          ),
        );
    }
    return created;
  });
}

/** Materials verified in this applicant's earlier cases that answer a material of this case, by name. */
export async function listReusableMaterials(deps: Deps, actor: Actor, caseId: string) {
  const { row } = await visibleCase(deps, actor, caseId);
  const guide = await getFiledVersionGuide(deps, row.versionId);
  const names = guide.materials.map((m) => m.name);
  if (names.length === 0) return { items: [] };
  const rows = await deps.db
    .select({ material: caseMaterials, caseNumber: cases.caseNumber })
    .from(caseMaterials)
    .innerJoin(cases, eq(cases.id, caseMaterials.caseId))
    .where(
      and(
        sameApplicant(row),
        ne(cases.id, row.id),
        eq(caseMaterials.status, 'verified'),
        inArray(caseMaterials.name, names),
      ),
    )
    .orderBy(desc(caseMaterials.verifiedAt))
    .limit(200);
  const seen = new Set<string>();
  const items = rows.flatMap(({ material, caseNumber }) => {
    const target = guide.materials.find((m) => m.name === material.name);
    if (!target || !material.fileSha256 || seen.has(target.id)) return [];
    seen.add(target.id);
    return [
      {
        materialId: target.id,
        name: material.name,
        fromId: material.id,
        fileName: material.fileName,
        caseNumber,
        verifiedAt: material.verifiedAt?.toISOString() ?? null,
      },
    ];
  });
  return { items };
}

function sameApplicant(row: CaseRow) {
  return row.applicantKind === 'person'
    ? eq(cases.applicantPersonId, row.applicantPersonId ?? '')
    : eq(cases.applicantEnterpriseId, row.applicantEnterpriseId ?? '');
}

export async function reuseMaterial(
  deps: Deps,
  actor: Actor,
  caseId: string,
  input: { materialId: string; fromId: string },
) {
  const { row } = await visibleCase(deps, actor, caseId);
  const material = await materialOfGuide(deps, row, input.materialId);
  const offered = await listReusableMaterials(deps, actor, caseId);
  const offer = offered.items.find((i) => i.fromId === input.fromId && i.materialId === material.id);
  if (!offer)
    throw validationFailed([{ field: 'fromId', message: '该材料不是本人此前办件中已核验的同名材料' }]);
  const [source] = await deps.db.select().from(caseMaterials).where(eq(caseMaterials.id, input.fromId));
  if (!source) throw notFound('材料');
  return addMaterial(deps, actor, caseId, {
    materialId: material.id,
    name: material.name,
    source: 'reuse',
    fileSha256: source.fileSha256,
    fileName: source.fileName,
    reusedFrom: source.id,
  });
}

export async function removeMaterial(
  deps: Deps,
  actor: Actor,
  caseId: string,
  materialRowId: string,
): Promise<void> {
  const { row } = await visibleCase(deps, actor, caseId);
  await deps.db.transaction(async (tx) => {
    const locked = await lockCase(tx, row.id);
    if (!locked || !mayEditMaterials(actor, locked))
      throw new AppError('INVALID_TRANSITION', '当前状态下不能删除材料');
    const material = await findCaseMaterial(tx, row.id, materialRowId);
    if (!material) throw notFound('材料');
    if (material.status === 'verified') throw new AppError('CONFLICT', '已核验的材料不能删除');
    await tx.delete(caseMaterials).where(eq(caseMaterials.id, material.id));
  });
}

export async function downloadMaterial(deps: Deps, actor: Actor, caseId: string, materialRowId: string) {
  const { row } = await visibleCase(deps, actor, caseId);
  const material = await findCaseMaterial(deps.db, row.id, materialRowId);
  if (!material?.fileSha256) throw notFound('材料文件');
  const file = await openAuthorisedFile(deps, material.fileSha256);
  return {
    bytes: file.bytes,
    mime: file.row.mime,
    fileName: material.fileName ?? `${material.name}.${file.row.ext}`,
  };
}
