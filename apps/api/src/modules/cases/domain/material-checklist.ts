// The window's material check at acceptance (一窗受理): each material of the guide that applies is present
// or not, original seen, copies received. Pure: the service passes the guide, the answers and the checklist.
import { type FieldError, type Guide, requiredMaterials, type SituationAnswers } from '@msb/contracts';

export interface ChecklistEntry {
  materialId: string;
  present: boolean;
  originalSeen?: boolean;
  copies?: number;
  note?: string;
}

export interface ChecklistOutcome {
  errors: FieldError[];
  /** 容缺受理: required materials accepted as missing, to be supplied later (seed 001 容缺受理) */
  allowedMissing: string[];
}

export interface ChecklistContext {
  guide: Guide;
  answers: SituationAnswers;
  /** the originals of materials that have them must be seen: at the window, and for maturity II online
   * applications, whose one visit is to show them (issue 3 §3) */
  originalsRequired: boolean;
  /** 告知承诺: materials a signed commitment stands in for — not required at the window */
  committed?: ReadonlySet<string>;
}

export function checkAcceptanceChecklist(
  ctx: ChecklistContext,
  checklist: readonly ChecklistEntry[],
): ChecklistOutcome {
  const errors: FieldError[] = [];
  const allowedMissing: string[] = [];
  const byId = new Map(checklist.map((e) => [e.materialId, e]));
  checklist.forEach((entry, i) => {
    if (!ctx.guide.materials.some((m) => m.id === entry.materialId)) {
      errors.push({
        field: `materialsChecklist.${i}.materialId`,
        message: `办事指南中没有材料“${entry.materialId}”`,
      });
    }
  });
  for (const material of requiredMaterials(ctx.guide, ctx.answers)) {
    const entry = byId.get(material.id);
    if (!entry?.present && ctx.committed?.has(material.id)) continue;
    const index = checklist.findIndex((e) => e.materialId === material.id);
    const field = index >= 0 ? `materialsChecklist.${index}` : 'materialsChecklist';
    if (!entry?.present) {
      if (material.allowMissing) allowedMissing.push(material.id);
      else
        errors.push({
          field,
          message: `缺少必要材料“${material.name}”，不能受理；请一次性告知补正或不予受理`,
        });
      continue;
    }
    if (ctx.originalsRequired && material.originals > 0 && !entry.originalSeen) {
      errors.push({ field: `${field}.originalSeen`, message: `“${material.name}”须核验原件` });
    }
  }
  return { errors, allowedMissing };
}
