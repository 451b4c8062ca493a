// Use cases of bundle definitions (issue 4 §1): create, edit a draft, submit for review, return, publish, start a
// new version — the catalogue's draft → review → publish versioning, with the bundle's own publishing checks.
import type { BundleDefinition } from '@msb/contracts';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../platform/access.ts';
import type { Tx } from '../../platform/db.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, forbidden, notFound, validationFailed } from '../../platform/errors.ts';
import { canEditCatalog, canReviewCatalog } from '../catalog/catalog.policy.ts';
import { implementations, implementationVersions } from '../catalog/catalog.tables.ts';
import { regionWithin } from '../identity/domain/scope.ts';
import { bundles, bundleVersions } from './bundles.tables.ts';
import { definitionProblems, type MemberFacts } from './domain/definition-checks.ts';

type VersionRow = typeof bundleVersions.$inferSelect;
type BundleRow = typeof bundles.$inferSelect;

const STATUS_LABELS: Record<VersionRow['status'], string> = {
  draft: '草稿',
  in_review: '审核中',
  published: '已发布',
  superseded: '已被替代',
};

/** Bundles are region-wide: an editor or reviewer scoped to the region (not to one department) keeps them. */
const target = (bundle: BundleRow) => ({ regionCode: bundle.regionCode, orgId: null });

export interface CreateBundleInput {
  code: string;
  regionCode: string;
  definition: BundleDefinition;
  isDemo?: boolean;
}

export async function createBundle(deps: Deps, actor: Actor, input: CreateBundleInput) {
  if (!canEditCatalog(actor, { regionCode: input.regionCode, orgId: null }))
    throw forbidden('只能在本人负责的区划内创建一件事');
  return deps.db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: bundles.id }).from(bundles).where(eq(bundles.code, input.code));
    if (existing) throw validationFailed([{ field: 'code', message: `编码“${input.code}”已被使用` }]);
    const [bundle] = await tx
      .insert(bundles)
      .values({ code: input.code, regionCode: input.regionCode, isDemo: input.isDemo ?? false })
      .returning();
    if (!bundle) throw new Error('bundle insert returned no row');
    const [version] = await tx
      .insert(bundleVersions)
      .values({
        bundleId: bundle.id,
        versionNo: 1,
        status: 'draft',
        definition: input.definition,
        createdBy: actor.userId,
      })
      .returning();
    if (!version) throw new Error('bundle version insert returned no row');
    return { bundle, version };
  });
}

export async function saveBundleDraft(
  deps: Deps,
  actor: Actor,
  versionId: string,
  definition: BundleDefinition,
) {
  return deps.db.transaction(async (tx) => {
    const { version, bundle } = await lockedVersion(tx, versionId);
    if (!canEditCatalog(actor, target(bundle))) throw forbidden('只能修改本人负责区划的一件事');
    if (version.status !== 'draft')
      throw new AppError('INVALID_TRANSITION', `版本状态为「${STATUS_LABELS[version.status]}」，不能修改`);
    const [row] = await tx
      .update(bundleVersions)
      .set({ definition, updatedAt: deps.now() })
      .where(eq(bundleVersions.id, versionId))
      .returning();
    return row as VersionRow;
  });
}

/** draft → in_review; the publishing checks run here too, so the editor sees them first. */
export async function submitBundleVersion(deps: Deps, actor: Actor, versionId: string) {
  return deps.db.transaction(async (tx) => {
    const { version, bundle } = await lockedVersion(tx, versionId);
    if (!canEditCatalog(actor, target(bundle))) throw forbidden('只能提交本人负责区划的一件事');
    if (version.status !== 'draft')
      throw new AppError(
        'INVALID_TRANSITION',
        `版本状态为「${STATUS_LABELS[version.status]}」，不能提交审核`,
      );
    await assertPublishable(tx, version.definition, bundle.regionCode);
    const [row] = await tx
      .update(bundleVersions)
      .set({ status: 'in_review', submittedBy: actor.userId, submittedAt: deps.now(), updatedAt: deps.now() })
      .where(eq(bundleVersions.id, versionId))
      .returning();
    return row as VersionRow;
  });
}

export async function returnBundleVersion(deps: Deps, actor: Actor, versionId: string, comment: string) {
  return deps.db.transaction(async (tx) => {
    const { version, bundle } = await lockedVersion(tx, versionId);
    if (!canReviewCatalog(actor, target(bundle))) throw forbidden('只能审核本人负责区划的一件事');
    if (version.status !== 'in_review')
      throw new AppError('INVALID_TRANSITION', `版本状态为「${STATUS_LABELS[version.status]}」，不能退回`);
    const [row] = await tx
      .update(bundleVersions)
      .set({ status: 'draft', reviewedBy: actor.userId, reviewedAt: deps.now(), reviewComment: comment })
      .where(eq(bundleVersions.id, versionId))
      .returning();
    return row as VersionRow;
  });
}

/** in_review → published; the previously published version is superseded (bundle cases keep pointing at it). */
export async function publishBundleVersion(deps: Deps, actor: Actor, versionId: string, comment?: string) {
  return deps.db.transaction(async (tx) => {
    const { version, bundle } = await lockedVersion(tx, versionId);
    if (!canReviewCatalog(actor, target(bundle))) throw forbidden('只能发布本人负责区划的一件事');
    if (version.status === 'published' || version.status === 'superseded')
      throw new AppError('ALREADY_PUBLISHED', `第 ${version.versionNo} 版已经发布过，不能重复发布`);
    if (version.status !== 'in_review') throw new AppError('INVALID_TRANSITION', '只有审核中的版本才能发布');
    await assertPublishable(tx, version.definition, bundle.regionCode);
    const now = deps.now();
    if (bundle.publishedVersionId) {
      await tx
        .update(bundleVersions)
        .set({ status: 'superseded', supersededAt: now })
        .where(eq(bundleVersions.id, bundle.publishedVersionId));
    }
    const [row] = await tx
      .update(bundleVersions)
      .set({
        status: 'published',
        reviewedBy: actor.userId,
        reviewedAt: now,
        reviewComment: comment ?? null,
        publishedAt: now,
        updatedAt: now,
      })
      .where(eq(bundleVersions.id, versionId))
      .returning();
    await tx.update(bundles).set({ publishedVersionId: versionId }).where(eq(bundles.id, bundle.id));
    return row as VersionRow;
  });
}

/** A new draft copied from the latest version, to change a published bundle. */
export async function newBundleDraft(deps: Deps, actor: Actor, bundleId: string) {
  return deps.db.transaction(async (tx) => {
    const [bundle] = await tx.select().from(bundles).where(eq(bundles.id, bundleId)).for('update');
    if (!bundle) throw notFound('一件事');
    if (!canEditCatalog(actor, target(bundle))) throw forbidden('只能修改本人负责区划的一件事');
    const [latest] = await tx
      .select()
      .from(bundleVersions)
      .where(eq(bundleVersions.bundleId, bundleId))
      .orderBy(desc(bundleVersions.versionNo))
      .limit(1);
    if (!latest) throw notFound('一件事版本');
    if (latest.status === 'draft' || latest.status === 'in_review')
      throw new AppError('CONFLICT', `第 ${latest.versionNo} 版尚未发布，请在该版本上修改`);
    const [row] = await tx
      .insert(bundleVersions)
      .values({
        bundleId,
        versionNo: latest.versionNo + 1,
        status: 'draft',
        definition: latest.definition,
        createdBy: actor.userId,
      })
      .returning();
    return row as VersionRow;
  });
}

/** Every bundle of the staff member's region with its versions, newest first. */
export async function listBundlesForStaff(deps: Deps, actor: Actor) {
  const rows = await deps.db.select().from(bundles).orderBy(bundles.code);
  const visible = rows.filter((b) => actor.regionCode && regionWithin(b.regionCode, actor.regionCode));
  if (visible.length === 0) return [];
  const versions = await deps.db
    .select()
    .from(bundleVersions)
    .where(
      inArray(
        bundleVersions.bundleId,
        visible.map((b) => b.id),
      ),
    )
    .orderBy(desc(bundleVersions.versionNo));
  return visible.map((b) => ({
    id: b.id,
    code: b.code,
    regionCode: b.regionCode,
    publishedVersionId: b.publishedVersionId,
    isDemo: b.isDemo,
    versions: versions
      .filter((v) => v.bundleId === b.id)
      .map((v) => ({
        id: v.id,
        versionNo: v.versionNo,
        status: v.status,
        statusLabel: STATUS_LABELS[v.status],
        name: v.definition.name,
        definition: v.definition,
        reviewComment: v.reviewComment,
        publishedAt: v.publishedAt?.toISOString() ?? null,
      })),
  }));
}

async function lockedVersion(tx: Tx, versionId: string): Promise<{ version: VersionRow; bundle: BundleRow }> {
  const [version] = await tx
    .select()
    .from(bundleVersions)
    .where(eq(bundleVersions.id, versionId))
    .for('update');
  if (!version) throw notFound('一件事版本');
  const [bundle] = await tx.select().from(bundles).where(eq(bundles.id, version.bundleId));
  if (!bundle) throw notFound('一件事');
  return { version, bundle };
}

async function assertPublishable(tx: Tx, definition: BundleDefinition, regionCode: string): Promise<void> {
  const facts = await memberFacts(tx, definition);
  const problems = definitionProblems(definition, facts, regionCode);
  if (problems.length > 0)
    throw validationFailed(problems, `一件事定义有 ${problems.length} 处问题，不能提交或发布`);
}

/** Each member implementation's published guide and region, as the publishing checks need them. */
async function memberFacts(tx: Tx, definition: BundleDefinition): Promise<Map<string, MemberFacts>> {
  const ids = [...new Set(definition.members.map((m) => m.implementationId))];
  const rows = await tx
    .select({
      id: implementations.id,
      regionCode: implementations.regionCode,
      guide: implementationVersions.guide,
    })
    .from(implementations)
    .leftJoin(
      implementationVersions,
      and(
        eq(implementationVersions.id, implementations.publishedVersionId),
        eq(implementationVersions.status, 'published'),
      ),
    )
    .where(inArray(implementations.id, ids));
  return new Map(rows.map((r) => [r.id, { guide: r.guide ?? null, regionCode: r.regionCode }]));
}
