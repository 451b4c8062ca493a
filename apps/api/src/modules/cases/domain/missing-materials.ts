// 容缺受理 (seed 000 二(六): 根据申请人信用状况，提供容缺受理、告知承诺等服务; seed 001: 梳理公布可容缺受理的材料):
// the window accepts a case while materials the guide marks allowMissing are still to come, each with a
// due date in working days. Pure: which materials may be missing, when each is due, and where a missing
// material stands on a given day. The due dates are the deadline rule's (deadline.ts, through the calendar).
import {
  applicableMaterials,
  type FieldError,
  type Guide,
  type MissingMaterialExpiryAction,
  type MissingMaterialHold,
  type SituationAnswers,
} from '@msb/contracts';
import type { IsoDate } from '../../calendar/domain/iso-date.ts';
import type { WorkingCalendar } from '../../calendar/domain/working-calendar.ts';
import { computeDeadline } from './deadline.ts';

/** The rules that govern an item's 容缺 materials, the guide's own or the platform's defaults. */
export interface EffectiveMissingRules {
  dueWorkdays: number;
  holdUntil: MissingMaterialHold;
  onExpiry: MissingMaterialExpiryAction;
  excludeBadCredit: boolean;
}

/**
 * The guide's rules, else the defaults: the due period is a platform setting (MISSING_MATERIAL_DUE_WORKDAYS);
 * without an item setting the case is not decided before the materials come (the base rule of 容缺受理) and
 * an expired due date suspends rather than ends the case (the reversible choice). None of this is law.
 */
export function missingMaterialRules(
  guide: Pick<Guide, 'missingMaterialRules'>,
  defaults: { dueWorkdays: number },
): EffectiveMissingRules {
  const rules = guide.missingMaterialRules;
  return {
    dueWorkdays: rules?.dueWorkdays ?? defaults.dueWorkdays,
    holdUntil: rules?.holdUntil ?? 'decision',
    onExpiry: rules?.onExpiry ?? 'suspend',
    excludeBadCredit: rules?.excludeBadCredit ?? false,
  };
}

export interface MissingRequest {
  materialId: string;
  dueWorkdays?: number;
}

export interface MissingPlanInput {
  guide: Guide;
  answers: SituationAnswers;
  rules: EffectiveMissingRules;
  /** what the clerk listed as missing (the accept input `missingMaterials`) */
  requested: readonly MissingRequest[];
  /** materials the acceptance checklist marks present */
  present: ReadonlySet<string>;
  /** required 容缺 materials the checklist leaves out: missing with the default due period */
  implied: readonly string[];
  /** materials a signed commitment (告知承诺) stands in for: never missing */
  committed: ReadonlySet<string>;
}

export interface MissingPlanEntry {
  materialId: string;
  name: string;
  dueWorkdays: number;
}

/** Checks the clerk's list against the guide; every problem names its field (`missingMaterials.N.…`). */
export function planMissingMaterials(input: MissingPlanInput): {
  errors: FieldError[];
  entries: MissingPlanEntry[];
} {
  const errors: FieldError[] = [];
  const entries: MissingPlanEntry[] = [];
  const applicable = new Set(applicableMaterials(input.guide, input.answers).map((m) => m.id));
  input.requested.forEach((request, i) => {
    const field = `missingMaterials.${i}`;
    const material = input.guide.materials.find((m) => m.id === request.materialId);
    const problem = !material
      ? `办事指南中没有材料“${request.materialId}”`
      : !applicable.has(material.id)
        ? `“${material.name}”不适用于本申请的情形`
        : !material.allowMissing
          ? `“${material.name}”不是可容缺受理的材料，缺少时请一次性告知补正`
          : input.committed.has(material.id)
            ? `“${material.name}”已由告知承诺代替，无需容缺`
            : input.present.has(material.id)
              ? `“${material.name}”在材料核验清单中已标为收到，不能同时列为容缺`
              : entries.some((e) => e.materialId === material.id)
                ? `“${material.name}”重复列出`
                : null;
    if (problem || !material) {
      errors.push({ field: `${field}.materialId`, message: problem ?? '材料无效' });
      return;
    }
    const due = request.dueWorkdays ?? input.rules.dueWorkdays;
    if (!Number.isInteger(due) || due < 1 || due > input.rules.dueWorkdays) {
      errors.push({
        field: `${field}.dueWorkdays`,
        message: `补交期限应为 1 至 ${input.rules.dueWorkdays} 个工作日（本事项的容缺补交期限）`,
      });
      return;
    }
    entries.push({ materialId: material.id, name: material.name, dueWorkdays: due });
  });
  for (const materialId of input.implied) {
    if (entries.some((e) => e.materialId === materialId) || input.committed.has(materialId)) continue;
    const material = input.guide.materials.find((m) => m.id === materialId);
    if (material) entries.push({ materialId, name: material.name, dueWorkdays: input.rules.dueWorkdays });
  }
  return { errors, entries };
}

/** The last day to supply a material missing from `from` for `workdays` working days (期间开始之日不计入). */
export function missingMaterialDue(calendar: WorkingCalendar, from: IsoDate, workdays: number): IsoDate {
  return computeDeadline(calendar, { start: from, amount: workdays, unit: 'workday' }).due;
}

/** Where a material still missing stands: not yet near its due date, time to remind, or past it. */
export type MissingMaterialStage = 'pending' | 'remind' | 'expired';

export function missingMaterialStage(
  calendar: WorkingCalendar,
  input: { dueOn: IsoDate; today: IsoDate; remindWorkdays: number },
): MissingMaterialStage {
  if (input.today > input.dueOn) return 'expired';
  // the due day itself still counts: 0 working days left on it
  return calendar.workdaysBetween(input.today, input.dueOn) <= input.remindWorkdays ? 'remind' : 'pending';
}
