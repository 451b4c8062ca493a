// A bundle case with everything its use cases and views need: the definition it was filed under, its member
// cases with the guides they were filed under, and the plan (members, shared materials, one form) rebuilt from
// them — the same pure planBundle that answered the applicant before applying.
import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db.ts';
import type { Deps } from '../../platform/deps.ts';
import { notFound } from '../../platform/errors.ts';
import { getFiledVersionGuide } from '../catalog/catalog-public.service.ts';
import { orgs } from '../orgs/orgs.tables.ts';
import { type BundleCaseRow, bundleMembers, type MemberRow } from './bundle-cases.repo.ts';
import { bundleVersions } from './bundles.tables.ts';
import { type BundlePlan, planBundle, type ResolvedMember } from './domain/bundle-plan.ts';

export interface BundleContext {
  bc: BundleCaseRow;
  definition: (typeof bundleVersions.$inferSelect)['definition'];
  members: (MemberRow & { resolved: ResolvedMember; orgName: string })[];
  plan: BundlePlan;
}

export async function bundleContext(
  deps: Deps,
  db: DbOrTx,
  bc: BundleCaseRow | undefined,
): Promise<BundleContext> {
  if (!bc) throw notFound('一件事办件');
  const [version] = await db.select().from(bundleVersions).where(eq(bundleVersions.id, bc.versionId));
  if (!version) throw notFound('一件事版本');
  const rows = await bundleMembers(db, bc.id);
  const orgIds = [...new Set(rows.map((m) => m.row.orgId))];
  const names =
    orgIds.length > 0
      ? await db.select({ id: orgs.id, name: orgs.name }).from(orgs).where(inArray(orgs.id, orgIds))
      : [];
  const members = [];
  for (const m of rows) {
    const guide = await getFiledVersionGuide(deps, m.row.versionId, db);
    const orgName = names.find((o) => o.id === m.row.orgId)?.name ?? '';
    const def = version.definition.members.find((d) => d.key === m.link.memberKey);
    const resolved: ResolvedMember = {
      key: m.link.memberKey,
      dependsOn: m.link.dependsOn,
      ...(def?.whenOptions ? { whenOptions: def.whenOptions } : {}),
      guide,
      itemName: m.row.itemName,
      orgName,
    };
    members.push({ ...m, resolved, orgName });
  }
  const plan = planBundle(
    version.definition,
    members.map((m) => m.resolved),
    bc.answers,
  );
  return { bc, definition: version.definition, members, plan };
}
