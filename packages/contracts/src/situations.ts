// 情形引导: the applicant answers the situation questions and sees only the materials that apply.
import type { Guide } from './guide.ts';

type Material = Guide['materials'][number];
/** situation id → the chosen option ids */
export type SituationAnswers = Readonly<Record<string, readonly string[]>>;

/**
 * Does the material apply? Required and optional materials always do. A conditional material applies when
 * one of its options is chosen, and stays listed while the question it depends on is still unanswered,
 * so nobody misses a material because they skipped a question.
 */
export function materialApplies(guide: Guide, material: Material, answers: SituationAnswers): boolean {
  if (material.requirement !== 'conditional' || !material.whenOptions?.length) return true;
  const when = new Set(material.whenOptions);
  const relevant = guide.situations.filter((s) => s.options.some((o) => when.has(o.id)));
  if (relevant.length === 0) return true;
  const unanswered = relevant.some((s) => (answers[s.id] ?? []).length === 0);
  const chosen = relevant.some((s) => (answers[s.id] ?? []).some((id) => when.has(id)));
  return chosen || unanswered;
}

export function applicableMaterials(guide: Guide, answers: SituationAnswers): Material[] {
  return guide.materials.filter((m) => materialApplies(guide, m, answers));
}

export function hasAnswers(answers: SituationAnswers): boolean {
  return Object.values(answers).some((ids) => ids.length > 0);
}

/**
 * What an application must include to be submitted: every required material, and each conditional one whose
 * situation option the applicant chose. Optional materials, and conditional ones whose question is still
 * unanswered, are listed but never block a submission.
 */
export function requiredMaterials(guide: Guide, answers: SituationAnswers): Material[] {
  return guide.materials.filter((m) => {
    if (m.requirement === 'required') return true;
    if (m.requirement !== 'conditional' || !m.whenOptions?.length) return false;
    const when = new Set(m.whenOptions);
    return Object.values(answers).some((ids) => ids.some((id) => when.has(id)));
  });
}
