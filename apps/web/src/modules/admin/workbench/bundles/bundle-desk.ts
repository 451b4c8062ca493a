// Pure rules of the workbench's 一件事 desks: the window's one material checklist for all members (from the
// bundle's plan and the files on the bundle case), what it sends on acceptance, the one correction notice's
// items, and the admin shell's colours for the shared tones.
import type { BundleCaseView } from '@msb/contracts';
import { providedMaterials } from '../../../bundles/bundle-rules.ts';
import type { Tone as SharedTone } from '../../../cases/case-format.ts';
import type { Tone } from '../../shell/status-tag.tsx';
import type { ChecklistRow, CorrectionItem } from '../checklist.ts';

/**
 * One row per material of the bundle, once for all members. A material uploaded online counts as received;
 * received materials start with their originals seen and the copies asked for — the clerk unticks what is not so.
 */
export function bundleChecklist(view: Pick<BundleCaseView, 'plan' | 'materials'>): ChecklistRow[] {
  const provided = providedMaterials(view);
  return view.plan.materials.map((m) => {
    const present = provided.has(m.materialId);
    return {
      materialId: m.materialId,
      name: m.name,
      requirement: m.requirement,
      originals: m.originals,
      copiesRequired: m.copies,
      allowMissing: m.allowMissing,
      present,
      originalSeen: present && m.originals > 0,
      copies: present ? m.copies : 0,
      note: '',
    };
  });
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

const ADMIN_TONES: Record<SharedTone, Tone> = {
  neutral: 'grey',
  progress: 'blue',
  attention: 'orange',
  success: 'green',
  danger: 'red',
};

export const adminTone = (tone: SharedTone): Tone => ADMIN_TONES[tone];
