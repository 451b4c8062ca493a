// Pure rules of the workbench's 一件事 desks: the window's one material checklist for all members (from the
// bundle's plan and the files on the bundle case), what it sends on acceptance, the one correction notice's
// items, what the window may file for a walk-in applicant (the bundles of its region, the merged form without
// the facts the register supplies), and the admin shell's colours for the shared tones.
import type { BundleCaseView, BundleSummaryView } from '@msb/contracts';
import { providedMaterials } from '../../../bundles/bundle-rules.ts';
import type { Tone as SharedTone } from '../../../cases/case-format.ts';
import { schemaWithout } from '../../../cases/form-rules.ts';
import type { Tone } from '../../shell/status-tag.tsx';
import { regionPrefix } from '../case-format.ts';
import { type ChecklistRow, type CorrectionItem, checklistRow } from '../checklist.ts';

/**
 * One row per material of the bundle, once for all members. A material uploaded online counts as received;
 * received materials start with their originals seen and the copies asked for — the clerk unticks what is not so.
 */
export function bundleChecklist(view: Pick<BundleCaseView, 'plan' | 'materials'>): ChecklistRow[] {
  const provided = providedMaterials(view);
  return view.plan.materials.map((m) => checklistRow(m, provided.has(m.materialId)));
}

/**
 * The notice's items as the bundle API takes them, blanks dropped. The bundle's one notice lists each item's
 * problem only, so the requirement (what to bring) is joined to it.
 */
export function bundleCorrectionItems(
  items: readonly Partial<CorrectionItem>[],
): { materialId?: string; problem: string }[] {
  return items.flatMap((item) => {
    const problem = item.problem?.trim();
    if (!problem) return [];
    const requirement = item.requirement?.trim();
    return [
      {
        ...(item.materialId ? { materialId: item.materialId } : {}),
        problem: requirement ? `${problem}（${requirement}）` : problem,
      },
    ];
  });
}

/**
 * The bundles a window may file for this applicant: those of its region or below (as POST /api/bundle-cases
 * checks, issue 4: a bundle outside the clerk's scope is 403) and open to the applicant's kind.
 */
export function windowBundles(
  bundles: readonly BundleSummaryView[],
  scope: { regionCode: string | null },
  kind: 'person' | 'enterprise',
): BundleSummaryView[] {
  const { regionCode } = scope;
  if (!regionCode) return [];
  return bundles.filter((b) => b.audience === kind && b.regionCode.startsWith(regionPrefix(regionCode)));
}

/**
 * The merged form as the window fills it for a walk-in applicant: without the facts the platform takes from
 * the register (name, ID number, credit code…) and without the contact mobile, which the window asks on its
 * own and the API writes into the form.
 */
export function windowBundleForm(
  plan: { form: Pick<BundleCaseView['plan']['form'], 'schema' | 'readOnly'> },
  kind: 'person' | 'enterprise',
): { form: { schema: BundleCaseView['plan']['form']['schema']; readOnly: string[] } } {
  const mobile = kind === 'person' ? 'applicant.mobile' : 'enterprise.contactMobile';
  return { form: { schema: schemaWithout(plan.form.schema, [...plan.form.readOnly, mobile]), readOnly: [] } };
}

const ADMIN_TONES: Record<SharedTone, Tone> = {
  neutral: 'grey',
  progress: 'blue',
  attention: 'orange',
  success: 'green',
  danger: 'red',
};

export const adminTone = (tone: SharedTone): Tone => ADMIN_TONES[tone];
