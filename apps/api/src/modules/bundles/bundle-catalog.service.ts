// What applicants read before applying (issue 4 §1): the published bundles, one bundle with its questionnaire and
// members, and the personalised one-time notice (一次告知单) for a set of answers.
import { type BundleAnswers, type BundleDefinition, LIFE_STAGE_LABELS } from '@msb/contracts';
import { eq, inArray, isNotNull } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db.ts';
import type { Deps } from '../../platform/deps.ts';
import { notFound, validationFailed } from '../../platform/errors.ts';
import { heldFacts } from '../cases/case-views.ts';
import { getPublishedGuide, type PublishedGuideView } from '../catalog/catalog-public.service.ts';
import { regionWithin } from '../identity/domain/scope.ts';
import { orgs } from '../orgs/orgs.tables.ts';
import { bundles, bundleVersions } from './bundles.tables.ts';
import {
  answerProblems,
  type BundlePlan,
  planBundle,
  type ResolvedMember,
  shareSituationAnswers,
} from './domain/bundle-plan.ts';

type BundleRow = typeof bundles.$inferSelect;
type VersionRow = typeof bundleVersions.$inferSelect;

export interface PublishedMember extends ResolvedMember {
  published: PublishedGuideView;
}

export interface PublishedBundle {
  bundle: BundleRow;
  version: VersionRow;
  definition: BundleDefinition;
  leadOrg: { id: string; name: string };
  members: PublishedMember[];
}

/** The published version of a bundle with each member's published guide. */
export async function loadPublishedBundle(
  deps: Deps,
  bundleId: string,
  db: DbOrTx = deps.db,
): Promise<PublishedBundle> {
  const [found] = await db
    .select({ bundle: bundles, version: bundleVersions })
    .from(bundles)
    .innerJoin(bundleVersions, eq(bundleVersions.id, bundles.publishedVersionId))
    .where(eq(bundles.id, bundleId));
  if (!found) throw notFound('一件事');
  const definition = found.version.definition;
  const [lead] = await db
    .select({ id: orgs.id, name: orgs.name })
    .from(orgs)
    .where(eq(orgs.id, definition.leadOrgId));
  const members: PublishedMember[] = [];
  for (const m of definition.members) {
    const published = await getPublishedGuide(deps, m.implementationId);
    members.push({
      key: m.key,
      dependsOn: m.dependsOn,
      ...(m.whenOptions ? { whenOptions: m.whenOptions } : {}),
      guide: published.guide,
      itemName: published.guide.name,
      orgName: published.org.name,
      published,
    });
  }
  return {
    bundle: found.bundle,
    version: found.version,
    definition,
    leadOrg: lead ?? { id: definition.leadOrgId, name: '' },
    members,
  };
}

export function bundleSummary(b: Pick<PublishedBundle, 'bundle' | 'definition' | 'leadOrg'>) {
  const d = b.definition;
  return {
    id: b.bundle.id,
    code: b.bundle.code,
    name: d.name,
    summary: d.summary,
    audience: d.audience,
    lifeStage: d.lifeStage,
    lifeStageLabel: LIFE_STAGE_LABELS[d.lifeStage],
    regionCode: b.bundle.regionCode,
    leadOrg: b.leadOrg,
    memberCount: d.members.length,
    promisedLimit: d.promisedLimit,
    isDemo: b.bundle.isDemo,
  };
}

export async function listPublishedBundles(
  deps: Deps,
  query: { region?: string; audience?: 'person' | 'enterprise' },
) {
  const rows = await deps.db
    .select({ bundle: bundles, version: bundleVersions })
    .from(bundles)
    .innerJoin(bundleVersions, eq(bundleVersions.id, bundles.publishedVersionId))
    .where(isNotNull(bundles.publishedVersionId))
    .orderBy(bundles.code);
  const wanted = rows.filter(
    (r) =>
      (!query.audience || r.version.definition.audience === query.audience) &&
      // a region sees its own bundles, those of the regions above it and those below it
      (!query.region ||
        regionWithin(r.bundle.regionCode, query.region) ||
        regionWithin(query.region, r.bundle.regionCode)),
  );
  const leadIds = [...new Set(wanted.map((r) => r.version.definition.leadOrgId))];
  const leads =
    leadIds.length > 0
      ? await deps.db.select({ id: orgs.id, name: orgs.name }).from(orgs).where(inArray(orgs.id, leadIds))
      : [];
  return wanted.map((r) =>
    bundleSummary({
      bundle: r.bundle,
      definition: r.version.definition,
      leadOrg: leads.find((o) => o.id === r.version.definition.leadOrgId) ?? { id: '', name: '' },
    }),
  );
}

export async function getBundleDetail(deps: Deps, bundleId: string) {
  const b = await loadPublishedBundle(deps, bundleId);
  const d = b.definition;
  return {
    ...bundleSummary(b),
    versionId: b.version.id,
    questions: d.questions,
    members: b.members.map((m, i) => ({
      key: m.key,
      implementationId: d.members[i]?.implementationId ?? m.published.id,
      itemName: m.itemName,
      orgName: m.orgName,
      whenOptions: m.whenOptions ?? [],
      dependsOn: m.dependsOn,
      promisedLimit: m.guide.promisedLimit,
      situations: m.guide.situations,
    })),
    outputWindow: d.outputWindow,
    outputModes: d.outputModes,
    basis: d.basis,
  };
}

/** The personalised notice for a set of answers; 422 when the answers are invalid or select no member. */
export async function planForAnswers(deps: Deps, bundleId: string, answers: BundleAnswers) {
  const b = await loadPublishedBundle(deps, bundleId);
  return { bundle: b, plan: checkedPlan(b, answers, { complete: false }).plan };
}

/**
 * The plan for a set of answers (422 when they are invalid or select no member), with the answers as they count:
 * a situation several members share, answered once, is answered for all of them.
 */
export function checkedPlan(
  b: Pick<PublishedBundle, 'definition' | 'members'>,
  given: BundleAnswers,
  options: { complete: boolean },
): { plan: BundlePlan; answers: BundleAnswers } {
  const answers = shareSituationAnswers(b.members, given);
  const problems = answerProblems(b.definition, b.members, answers, { complete: false });
  if (problems.length > 0) throw validationFailed(problems, '情形选择有误，请按提示修改');
  const plan = planBundle(b.definition, b.members, answers);
  if (plan.members.length === 0)
    throw validationFailed(
      [{ field: 'answers', message: '根据所选情形，本一件事没有需要办理的事项' }],
      '所选情形没有对应的事项，请调整选择或直接申请单个事项',
    );
  if (options.complete) {
    // to apply, the bundle's questions and the situations of the members that apply must all be answered
    const selected = b.members.filter((m) => plan.members.some((p) => p.key === m.key));
    const unanswered = answerProblems(b.definition, selected, answers, { complete: true }).filter((p) =>
      p.message.startsWith('请回答'),
    );
    if (unanswered.length > 0) throw validationFailed(unanswered, '请先回答情形引导中的全部问题');
  }
  return { plan, answers };
}

/** The plan as the API shows it (the merged form's definition stays on the server). */
export function planView(plan: BundlePlan, b: Pick<PublishedBundle, 'definition'>) {
  return {
    members: plan.members,
    skipped: plan.skipped,
    stages: plan.stages,
    materials: plan.materials,
    form: {
      schema: plan.form.schema,
      provenance: plan.form.provenance,
      conflicts: plan.form.conflicts,
      /** facts the platform holds: shown, not editable */
      readOnly: heldFacts(plan.form.definition.fields.map((f) => f.key)),
    },
    promisedLimit: b.definition.promisedLimit,
  };
}
