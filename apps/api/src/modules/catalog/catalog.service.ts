// Use cases of the service catalogue: implementations, versions (draft → in review → published → superseded).
import type { Guide, ItemType } from '@msb/contracts';
import { eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../platform/access.ts';
import type { DbOrTx, Tx } from '../../platform/db.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, forbidden, notFound, validationFailed } from '../../platform/errors.ts';
import { files } from '../documents/documents.tables.ts';
import { trimRegion } from '../identity/domain/scope.ts';
import { indexImplementation, refreshSearchIndex } from '../search/search.service.ts';
import { canEditCatalog, canReviewCatalog, canSeeDrafts } from './catalog.policy.ts';
import * as repo from './catalog.repo.ts';
import { baseItems, implementations, implementationVersions } from './catalog.tables.ts';
import { checkGuideForPublishing } from './domain/guide-completeness.ts';
import { diffGuides } from './domain/guide-diff.ts';
import { invalidateGuide } from './guide-cache.ts';

/** Run in the caller's transaction when given one (imports write many items atomically), else in a new one. */
const inTransaction = <T>(deps: Deps, outer: Tx | undefined, fn: (tx: Tx) => Promise<T>): Promise<T> =>
  outer ? fn(outer) : deps.db.transaction(fn);

export interface CreateBaseItemInput {
  code: string;
  name: string;
  itemType: ItemType;
  basis: string;
  competentDept: string;
  parentId?: string | null;
}

export async function createBaseItem(
  deps: Deps,
  actor: Actor,
  input: CreateBaseItemInput,
  db: DbOrTx = deps.db,
) {
  if (!actor.roles.some((r) => r === 'admin' || r === 'catalog_editor')) throw forbidden();
  const [dupe] = await db.select({ id: baseItems.id }).from(baseItems).where(eq(baseItems.code, input.code));
  if (dupe) throw new AppError('CONFLICT', `基本编码 ${input.code} 已存在`);
  const [row] = await db
    .insert(baseItems)
    .values({ ...input, parentId: input.parentId ?? null })
    .returning();
  if (!row) throw new AppError('INTERNAL', '新建基本目录事项失败');
  return row;
}

export interface CreateImplementationInput {
  baseItemId: string;
  code: string;
  regionCode: string;
  orgId: string;
  guide: Guide;
  isDemo?: boolean;
  demoFlaw?: string | null;
}

/** A new implementation starts as version 1, a draft. */
export async function createImplementation(
  deps: Deps,
  actor: Actor,
  input: CreateImplementationInput,
  outer?: Tx,
) {
  if (!canEditCatalog(actor, input)) throw forbidden('只能在本人负责的区划和部门内新建实施清单');
  return inTransaction(deps, outer, async (tx) => {
    const [base] = await tx.select().from(baseItems).where(eq(baseItems.id, input.baseItemId));
    if (!base) throw validationFailed([{ field: 'baseItemId', message: '基本目录事项不存在' }]);
    const [dupe] = await tx
      .select({ id: implementations.id })
      .from(implementations)
      .where(eq(implementations.code, input.code));
    if (dupe) throw new AppError('CONFLICT', `实施编码 ${input.code} 已存在`);
    const [impl] = await tx
      .insert(implementations)
      .values({
        baseItemId: input.baseItemId,
        code: input.code,
        regionCode: input.regionCode,
        orgId: input.orgId,
        isDemo: input.isDemo ?? false,
        demoFlaw: input.demoFlaw ?? null,
      })
      .returning();
    if (!impl) throw new AppError('INTERNAL', '新建实施清单失败');
    const [version] = await tx
      .insert(implementationVersions)
      .values({
        implementationId: impl.id,
        versionNo: 1,
        status: 'draft',
        guide: input.guide,
        createdBy: actor.userId,
      })
      .returning();
    if (!version) throw new AppError('INTERNAL', '新建版本失败');
    return { implementation: impl, version };
  });
}

async function loadForChange(tx: DbOrTx, implementationId: string) {
  const found = await repo.findImplementation(tx, implementationId);
  if (!found) throw notFound('实施清单');
  return found;
}

/** Save the editor's guide into the open draft; a published or in-review latest version gets a new draft. */
export async function saveDraft(
  deps: Deps,
  actor: Actor,
  implementationId: string,
  guide: Guide,
  outer?: Tx,
) {
  return inTransaction(deps, outer, async (tx) => {
    const { impl } = await loadForChange(tx, implementationId);
    if (!canEditCatalog(actor, impl)) throw forbidden('只能修改本人负责的区划和部门的事项');
    const latest = await repo.latestVersion(tx, implementationId, true);
    if (latest?.status === 'draft') {
      const [row] = await tx
        .update(implementationVersions)
        .set({ guide, updatedAt: deps.now(), reviewComment: null })
        .where(eq(implementationVersions.id, latest.id))
        .returning();
      return row as repo.VersionRow;
    }
    if (latest?.status === 'in_review')
      throw new AppError('CONFLICT', '该事项有版本正在审核，审核退回后才能继续修改');
    const [row] = await tx
      .insert(implementationVersions)
      .values({
        implementationId,
        versionNo: await repo.nextVersionNo(tx, implementationId),
        status: 'draft',
        guide,
        createdBy: actor.userId,
        createdAt: deps.now(),
        updatedAt: deps.now(),
      })
      .returning();
    return row as repo.VersionRow;
  });
}

async function guardedVersion(tx: DbOrTx, versionId: string) {
  const version = await repo.findVersion(tx, versionId, true);
  if (!version) throw notFound('版本');
  const { impl } = await loadForChange(tx, version.implementationId);
  return { version, impl };
}

/** draft → in_review. Publishing checks are run here too so the editor sees them before the reviewer. */
export async function submitForReview(deps: Deps, actor: Actor, versionId: string) {
  return deps.db.transaction(async (tx) => {
    const { version, impl } = await guardedVersion(tx, versionId);
    if (!canEditCatalog(actor, impl)) throw forbidden('只能提交本人负责的事项');
    if (version.status !== 'draft')
      throw new AppError(
        'INVALID_TRANSITION',
        `版本状态为「${STATUS_LABELS[version.status]}」，不能提交审核`,
      );
    const findings = checkGuideForPublishing(version.guide);
    if (findings.length)
      throw validationFailed(findings, `办事指南有 ${findings.length} 处要素缺失或不规范，不能提交审核`);
    const [row] = await tx
      .update(implementationVersions)
      .set({ status: 'in_review', submittedBy: actor.userId, submittedAt: deps.now(), updatedAt: deps.now() })
      .where(eq(implementationVersions.id, versionId))
      .returning();
    return row as repo.VersionRow;
  });
}

/** in_review → draft with the reviewer's comments. */
export async function returnForChanges(deps: Deps, actor: Actor, versionId: string, comment: string) {
  return deps.db.transaction(async (tx) => {
    const { version, impl } = await guardedVersion(tx, versionId);
    if (!canReviewCatalog(actor, impl)) throw forbidden('只能审核本人负责的区划和部门的事项');
    if (version.status !== 'in_review')
      throw new AppError('INVALID_TRANSITION', `版本状态为「${STATUS_LABELS[version.status]}」，不能退回`);
    const [row] = await tx
      .update(implementationVersions)
      .set({
        status: 'draft',
        reviewedBy: actor.userId,
        reviewedAt: deps.now(),
        reviewComment: comment,
        updatedAt: deps.now(),
      })
      .where(eq(implementationVersions.id, versionId))
      .returning();
    return row as repo.VersionRow;
  });
}

/** in_review → published; the previous published version becomes superseded; the search index follows. */
export async function publishVersion(deps: Deps, actor: Actor, versionId: string, comment?: string) {
  const result = await deps.db.transaction(async (tx) => {
    const { version, impl } = await guardedVersion(tx, versionId);
    if (!canReviewCatalog(actor, impl)) throw forbidden('只能发布本人负责的区划和部门的事项');
    if (version.status === 'published' || version.status === 'superseded') {
      throw new AppError('ALREADY_PUBLISHED', `第 ${version.versionNo} 版已经发布过，不能重复发布`);
    }
    if (version.status !== 'in_review') throw new AppError('INVALID_TRANSITION', '只有审核中的版本才能发布');
    const findings = [...checkGuideForPublishing(version.guide), ...(await missingFiles(tx, version.guide))];
    if (findings.length)
      throw validationFailed(findings, `办事指南有 ${findings.length} 处要素缺失或不规范，不能发布`);
    const now = deps.now();
    if (impl.publishedVersionId) {
      await tx
        .update(implementationVersions)
        .set({ status: 'superseded', supersededAt: now })
        .where(eq(implementationVersions.id, impl.publishedVersionId));
    }
    const [row] = await tx
      .update(implementationVersions)
      .set({
        status: 'published',
        reviewedBy: actor.userId,
        reviewedAt: now,
        reviewComment: comment ?? null,
        publishedAt: now,
        updatedAt: now,
      })
      .where(eq(implementationVersions.id, versionId))
      .returning();
    await tx
      .update(implementations)
      .set({ publishedVersionId: versionId })
      .where(eq(implementations.id, impl.id));
    await indexImplementation(tx, impl.id);
    return row as repo.VersionRow;
  });
  invalidateGuide(result.implementationId);
  await refreshSearchIndex(deps, result.implementationId);
  return result;
}

/** Blank and sample forms and the result sample must be files the platform holds, or downloads would fail. */
async function missingFiles(tx: DbOrTx, guide: Guide) {
  const refs: { field: string; sha: string }[] = [];
  guide.materials.forEach((m, i) => {
    if (m.blankForm) refs.push({ field: `materials.${i}.blankForm`, sha: m.blankForm });
    if (m.sampleForm) refs.push({ field: `materials.${i}.sampleForm`, sha: m.sampleForm });
  });
  if (guide.result.sample) refs.push({ field: 'result.sample', sha: guide.result.sample });
  if (refs.length === 0) return [];
  const held = new Set(
    (
      await tx
        .select({ sha: files.sha256 })
        .from(files)
        .where(
          inArray(
            files.sha256,
            refs.map((r) => r.sha),
          ),
        )
    ).map((r) => r.sha),
  );
  return refs
    .filter((r) => !held.has(r.sha))
    .map((r) => ({ field: r.field, message: '引用的文件不存在', fix: '请重新上传该文件' }));
}

export async function getImplementationForStaff(deps: Deps, actor: Actor, implementationId: string) {
  const found = await repo.findImplementation(deps.db, implementationId);
  if (!found || !canSeeDrafts(actor, found.impl)) throw notFound('实施清单');
  const versions = await repo.listVersions(deps.db, implementationId);
  return { ...found, versions };
}

export async function diffVersions(deps: Deps, actor: Actor, fromId: string, toId: string) {
  const [from, to] = await Promise.all([repo.findVersion(deps.db, fromId), repo.findVersion(deps.db, toId)]);
  if (!from || !to || from.implementationId !== to.implementationId) throw notFound('版本');
  await getImplementationForStaff(deps, actor, from.implementationId);
  return { from: from.versionNo, to: to.versionNo, changes: diffGuides(from.guide, to.guide) };
}

export async function listForStaff(
  deps: Deps,
  actor: Actor,
  filter: { status?: repo.VersionRow['status']; q?: string; orgId?: string; limit: number; offset: number },
) {
  // a department-bound account sees its department; a region-bound one its region, optionally one department
  const scope = actor.orgId
    ? { orgId: actor.orgId }
    : { regionPrefix: trimRegion(actor.regionCode ?? '__none__'), orgId: filter.orgId };
  return repo.listImplementationsWithLatest(deps.db, { ...filter, ...scope }, filter.limit, filter.offset);
}

export const STATUS_LABELS: Record<repo.VersionRow['status'], string> = {
  draft: '草稿',
  in_review: '审核中',
  published: '已发布',
  superseded: '已被替代',
};
