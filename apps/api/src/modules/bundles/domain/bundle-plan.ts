// 情形引导 and the one-time notice (一次告知单) of a bundle: which members the applicant's answers select, the
// materials of all of them with the shared ones listed once (一套材料), and the one form (一表申请) merged by data
// element. Pure: the service resolves each member's published guide and passes it in.
import {
  type BundleAnswers,
  type BundleDefinition,
  type Guide,
  type Material,
  materialApplies,
  requiredMaterials,
} from '@msb/contracts';
import {
  type FormDefinition,
  type JsonSchema,
  toJsonSchema,
  validateForm,
} from '../../forms/domain/form-schema.ts';
import { applicationFormOf } from '../../forms/domain/item-form.ts';
import { type FieldProvenance, type MergeConflict, mergeForms } from '../../forms/domain/merge-forms.ts';
import { handlingStages } from './member-graph.ts';

export interface ResolvedMember {
  key: string;
  dependsOn: readonly string[];
  whenOptions?: readonly string[];
  guide: Guide;
  itemName: string;
  orgName: string;
}

export interface SkippedMember {
  key: string;
  itemName: string;
  reason: string;
}

export interface PlanMaterial {
  /**
   * The material's key in the bundle: the guides' material id when every member means the same document by it
   * (same id, same name), else `<id>.<memberKey>` for a member whose document of that id is its own (each
   * department's own application form, say)
   */
  materialId: string;
  /** the material's id in the member guides */
  guideMaterialId: string;
  name: string;
  requirement: Material['requirement'];
  /** every selected member that needs it: collected once, attached to each */
  members: string[];
  /** members for which it must be submitted (required, or conditional and chosen) */
  requiredBy: string[];
  originals: number;
  copies: number;
  media: Material['media'];
  /** 容缺 / 告知承诺 only when every member needing it allows it */
  allowMissing: boolean;
  commitmentAllowed: boolean;
  requirements?: string;
}

export interface BundlePlan {
  members: { key: string; itemName: string; orgName: string; dependsOn: string[] }[];
  skipped: SkippedMember[];
  stages: string[][];
  materials: PlanMaterial[];
  form: {
    definition: FormDefinition;
    schema: JsonSchema;
    provenance: FieldProvenance[];
    conflicts: MergeConflict[];
  };
}

/**
 * A member applies when it names no options, or one of its options is chosen. A question still unanswered
 * leaves its members out with the reason, so the notice never promises a member the applicant has not chosen.
 */
export function selectMembers(
  definition: Pick<BundleDefinition, 'questions'>,
  members: readonly ResolvedMember[],
  answers: BundleAnswers['bundle'],
): { selected: ResolvedMember[]; skipped: SkippedMember[] } {
  const chosen = new Set(Object.values(answers).flat());
  const selected: ResolvedMember[] = [];
  const skipped: SkippedMember[] = [];
  for (const m of members) {
    const when = m.whenOptions ?? [];
    if (when.length === 0 || when.some((o) => chosen.has(o))) {
      selected.push(m);
      continue;
    }
    const questions = definition.questions.filter((q) => q.options.some((o) => when.includes(o.id)));
    const unanswered = questions.filter((q) => (answers[q.id] ?? []).length === 0);
    skipped.push({
      key: m.key,
      itemName: m.itemName,
      reason:
        unanswered.length > 0
          ? `请先回答：${unanswered.map((q) => q.question).join('；')}`
          : '根据您选择的情形，无需办理此事项',
    });
  }
  return { selected, skipped };
}

/** Every answer must name options of its question; the bundle's questions must all be answered to submit. */
export function answerProblems(
  definition: Pick<BundleDefinition, 'questions'>,
  members: readonly ResolvedMember[],
  answers: BundleAnswers,
  { complete }: { complete: boolean },
): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const check = (
    questions: readonly Guide['situations'][number][],
    given: Readonly<Record<string, readonly string[]>>,
    at: string,
  ) => {
    for (const [id, options] of Object.entries(given)) {
      const q = questions.find((x) => x.id === id);
      if (!q) {
        problems.push({ field: `${at}.${id}`, message: `没有编号为“${id}”的问题` });
        continue;
      }
      const unknown = options.filter((o) => !q.options.some((x) => x.id === o));
      if (unknown.length > 0)
        problems.push({ field: `${at}.${id}`, message: `“${q.question}”没有选项 ${unknown.join('、')}` });
      else if (!q.multiple && options.length > 1)
        problems.push({ field: `${at}.${id}`, message: `“${q.question}”只能选择一项` });
    }
    if (complete) {
      for (const q of questions) {
        if ((given[q.id] ?? []).length === 0)
          problems.push({ field: `${at}.${q.id}`, message: `请回答：${q.question}` });
      }
    }
  };
  check(definition.questions, answers.bundle, 'answers.bundle');
  const known = new Set(members.map((m) => m.key));
  for (const key of Object.keys(answers.members)) {
    if (!known.has(key))
      problems.push({ field: `answers.members.${key}`, message: `本一件事没有成员事项“${key}”` });
  }
  for (const m of members)
    check(m.guide.situations, answers.members[m.key] ?? {}, `answers.members.${m.key}`);
  return problems;
}

const REQUIREMENT_RANK: Record<Material['requirement'], number> = {
  required: 3,
  conditional: 2,
  optional: 1,
};

/**
 * The materials of the selected members, each listed once however many members need it: the same id with the
 * same name is one document (一套材料); the same id under another name is that member's own.
 */
export function bundleMaterials(selected: readonly ResolvedMember[], answers: BundleAnswers): PlanMaterial[] {
  const byKey = new Map<string, PlanMaterial>();
  for (const m of selected) {
    const own = answers.members[m.key] ?? {};
    const required = new Set(requiredMaterials(m.guide, own).map((x) => x.id));
    for (const material of m.guide.materials.filter((x) => materialApplies(m.guide, x, own))) {
      // the same document (same id and name) wherever it was first listed, else a key of this member's own
      const same = [...byKey.values()].find(
        (x) => x.guideMaterialId === material.id && x.name === material.name,
      );
      const key = same?.materialId ?? (byKey.has(material.id) ? `${material.id}.${m.key}` : material.id);
      const seen = byKey.get(key);
      if (!seen) {
        byKey.set(key, {
          materialId: key,
          guideMaterialId: material.id,
          name: material.name,
          requirement: material.requirement,
          members: [m.key],
          requiredBy: required.has(material.id) ? [m.key] : [],
          originals: material.originals,
          copies: material.copies,
          media: material.media,
          allowMissing: material.allowMissing,
          commitmentAllowed: material.commitmentAllowed,
          ...(material.requirements ? { requirements: material.requirements } : {}),
        });
        continue;
      }
      seen.members.push(m.key);
      if (required.has(material.id)) seen.requiredBy.push(m.key);
      if (REQUIREMENT_RANK[material.requirement] > REQUIREMENT_RANK[seen.requirement])
        seen.requirement = material.requirement;
      seen.originals = Math.max(seen.originals, material.originals);
      seen.copies = Math.max(seen.copies, material.copies);
      if (seen.media !== material.media) seen.media = 'both';
      seen.allowMissing &&= material.allowMissing;
      seen.commitmentAllowed &&= material.commitmentAllowed;
      if (!seen.requirements && material.requirements) seen.requirements = material.requirements;
    }
  }
  return [...byKey.values()];
}

/** The one form: every selected member's application form merged by data element (forms/domain/merge-forms). */
export function bundleForm(
  selected: readonly ResolvedMember[],
  kind: 'person' | 'enterprise',
): BundlePlan['form'] {
  const merged = mergeForms(
    selected.map((m) => ({ memberId: m.key, form: applicationFormOf(m.guide, kind) })),
  );
  return {
    definition: merged.form,
    schema: toJsonSchema(merged.form),
    provenance: merged.provenance,
    conflicts: merged.conflicts,
  };
}

/** Failing fields of the one form, each naming the members that ask it (issue 4: 422 listing field and member). */
export function bundleFormErrors(
  form: BundlePlan['form'],
  data: Readonly<Record<string, unknown>>,
  now: Date,
): { field: string; message: string; members: string[] }[] {
  return validateForm(form.definition, data, { now }).map((e) => ({
    field: `formData.${e.field}`,
    message: e.message,
    members: form.provenance.find((p) => p.key === e.field)?.members ?? [],
  }));
}

export function planBundle(
  definition: Pick<BundleDefinition, 'questions' | 'audience'>,
  members: readonly ResolvedMember[],
  answers: BundleAnswers,
): BundlePlan {
  const { selected, skipped } = selectMembers(definition, members, answers.bundle);
  const stages = handlingStages(selected);
  // BUNDLES.md: the members that apply, in handling order (stage by stage, list order within a stage)
  const order = stages.flat();
  const inOrder = [...selected].sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
  return {
    members: inOrder.map((m) => ({
      key: m.key,
      itemName: m.itemName,
      orgName: m.orgName,
      dependsOn: m.dependsOn.filter((d) => selected.some((s) => s.key === d)),
    })),
    skipped,
    stages,
    materials: bundleMaterials(selected, answers),
    form: bundleForm(selected, definition.audience),
  };
}

/**
 * The same situation asked by several members (same id, same question and options, e.g. 由谁提交申请) is asked
 * once: an answer given under one member counts for every member asking it, unless that member was answered
 * on its own.
 */
export function shareSituationAnswers(
  members: readonly ResolvedMember[],
  answers: BundleAnswers,
): BundleAnswers {
  const sameQuestion = (a: Guide['situations'][number], b: Guide['situations'][number]) =>
    a.question === b.question &&
    a.multiple === b.multiple &&
    a.options.length === b.options.length &&
    a.options.every((o, i) => o.id === b.options[i]?.id);
  const shared: BundleAnswers['members'] = {};
  for (const m of members) {
    const own = { ...(answers.members[m.key] ?? {}) };
    for (const s of m.guide.situations) {
      if ((own[s.id] ?? []).length > 0) continue;
      const donor = members.find(
        (o) =>
          o.key !== m.key &&
          (answers.members[o.key]?.[s.id] ?? []).length > 0 &&
          o.guide.situations.some((x) => x.id === s.id && sameQuestion(x, s)),
      );
      const given = donor ? answers.members[donor.key]?.[s.id] : undefined;
      if (given) own[s.id] = [...given];
    }
    if (Object.keys(own).length > 0) shared[m.key] = own;
  }
  // answers under keys that are no member stay, so answerProblems can name them
  for (const [key, value] of Object.entries(answers.members)) if (!(key in shared)) shared[key] = value;
  return { bundle: answers.bundle, members: shared };
}
