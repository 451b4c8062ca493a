// Pure rules of the 一件事 pages, shared by the portal, the phone and the workbench: the answers of the
// questionnaire (情形引导) and which members they select, member names, the tone of a bundle's status, the
// merged form's held facts and help, and the server's 422 problems with the members that ask each field.
// No React and no UI library here.
// Only types come from @msb/contracts here: its bundle and guide modules build TypeBox schemas when loaded,
// and this module is part of the portal's first load (我的办件).
import type {
  BundleAnswers,
  BundleCaseStatus,
  BundleCaseView,
  BundleDetailView,
  Situation,
} from '@msb/contracts';
import { t } from '../../app/i18n.ts';
import type { CaseState } from '../cases/case-api.ts';
import { stateTone, type Tone } from '../cases/case-format.ts';
import type { FieldProblem } from '../cases/form-rules.ts';

export const EMPTY_ANSWERS: BundleAnswers = { bundle: {}, members: {} };

/** Every question has at least one option chosen. */
export const allAnswered = (questions: readonly Situation[], answers: Record<string, string[]>): boolean =>
  questions.every((q) => (answers[q.id]?.length ?? 0) > 0);

/** Every question of the bundle and of each member the answers select is answered: the notice can be made. */
export function guideComplete(
  detail: Pick<BundleDetailView, 'members' | 'questions'>,
  answers: BundleAnswers,
): boolean {
  return (
    allAnswered(detail.questions, answers.bundle) &&
    selectedMembers(detail, answers).every((m) => allAnswered(m.situations, answers.members[m.key] ?? {}))
  );
}

/** The options chosen for the bundle's own questions. */
const chosenOptions = (answers: BundleAnswers): Set<string> => new Set(Object.values(answers.bundle).flat());

/**
 * The members the bundle's answers select: a member with no `whenOptions` always applies, otherwise when one
 * of its options is chosen (the API decides again in the plan).
 */
export function selectedMembers(detail: Pick<BundleDetailView, 'members'>, answers: BundleAnswers) {
  const chosen = chosenOptions(answers);
  return detail.members.filter((m) => m.whenOptions.length === 0 || m.whenOptions.some((o) => chosen.has(o)));
}

/** The answers to send: only the situations of selected members, and only questions still asked. */
export function answersToSend(
  detail: Pick<BundleDetailView, 'members' | 'questions'>,
  answers: BundleAnswers,
) {
  const questionIds = new Set(detail.questions.map((q) => q.id));
  const bundle = Object.fromEntries(
    Object.entries(answers.bundle).filter(([id, chosen]) => questionIds.has(id) && chosen.length > 0),
  );
  const members: BundleAnswers['members'] = {};
  for (const member of selectedMembers(detail, { bundle, members: {} })) {
    const own = answers.members[member.key];
    if (!own) continue;
    const ids = new Set(member.situations.map((s) => s.id));
    const kept = Object.fromEntries(
      Object.entries(own).filter(([id, chosen]) => ids.has(id) && chosen.length > 0),
    );
    if (Object.keys(kept).length > 0) members[member.key] = kept;
  }
  return { bundle, members };
}

/** Member keys as their item names ("出生登记、社会保障卡申领"); an unknown key stays as it is. */
export function memberNames(
  keys: readonly string[],
  members: readonly { key: string; itemName: string }[],
): string {
  return keys
    .map((key) => members.find((m) => m.key === key)?.itemName ?? key)
    .join(t('common.listSeparator'));
}

export function bundleStatusTone(status: BundleCaseStatus): Tone {
  switch (status) {
    case 'draft':
    case 'withdrawn':
      return 'neutral';
    case 'submitted':
    case 'in_progress':
      return 'progress';
    case 'awaiting_correction':
      return 'attention';
    case 'completed':
      return 'success';
    case 'refused':
      return 'danger';
    default: {
      const unknown: never = status;
      return unknown;
    }
  }
}

/** Every state of the case engine; a Record, so that a state added to CaseState must be listed here too. */
const CASE_STATES: Record<CaseState, true> = {
  draft: true,
  submitted: true,
  awaiting_correction: true,
  accepted: true,
  refused: true,
  in_review: true,
  special_procedure: true,
  approved: true,
  denied: true,
  result_issued: true,
  delivered: true,
  closed: true,
  withdrawn: true,
  terminated: true,
  revoked: true,
};
const isCaseState = (state: string): state is CaseState => Object.hasOwn(CASE_STATES, state);

/** A member's state as a tone: the case engine's states; a held member waits (neutral). */
export function memberTone(member: { state: string; held: boolean }): Tone {
  if (member.held) return 'neutral';
  return isCaseState(member.state) ? stateTone(member.state) : 'neutral';
}

/**
 * The API's field problems of a bundle (422): each `formData.<key>` names the members that ask the field —
 * in `members` on the entry, or, failing that, in the plan's provenance — and the message says so.
 */
export function withMembers(
  problems: readonly (FieldProblem & { members?: readonly string[] })[],
  plan: Pick<BundleCaseView['plan'], 'members' | 'form' | 'materials'>,
): FieldProblem[] {
  return problems.map((p) => {
    const keys = p.members ?? askingMembers(p.field, plan);
    if (keys.length === 0) return { field: p.field, message: p.message };
    const names = memberNames(keys, plan.members);
    if (p.message.includes(names)) return { field: p.field, message: p.message };
    return { field: p.field, message: t('bundle.problemOf', { message: p.message, members: names }) };
  });
}

function askingMembers(
  field: string,
  plan: Pick<BundleCaseView['plan'], 'form' | 'materials'>,
): readonly string[] {
  if (field.startsWith('formData.')) {
    const key = field.slice('formData.'.length);
    return plan.form.provenance.find((p) => p.key === key)?.members ?? [];
  }
  if (field.startsWith('materials.')) {
    const id = field.slice('materials.'.length);
    return plan.materials.find((m) => m.materialId === id)?.members ?? [];
  }
  return [];
}

/** The raw field entries of an API error's details, keeping the members each names. */
export function bundleFieldProblemsOf(details: unknown): (FieldProblem & { members?: string[] })[] {
  if (!details || typeof details !== 'object') return [];
  const fields = (details as { fields?: unknown }).fields;
  if (!Array.isArray(fields)) return [];
  return fields.flatMap((f) => {
    if (!f || typeof f !== 'object') return [];
    const { field, message, members } = f as { field?: unknown; message?: unknown; members?: unknown };
    if (typeof field !== 'string' || typeof message !== 'string') return [];
    const keys = Array.isArray(members) ? members.filter((m): m is string => typeof m === 'string') : null;
    return [keys ? { field, message, members: keys } : { field, message }];
  });
}

/** The help under each field of the merged form: which members ask it ("出生登记、社会保障卡申领需要"). */
export function provenanceHelp(
  plan: Pick<BundleCaseView['plan'], 'form' | 'members'>,
): Record<string, string> {
  return Object.fromEntries(
    plan.form.provenance.map((p) => [
      p.key,
      t('bundle.form.askedBy', { members: memberNames(p.members, plan.members) }),
    ]),
  );
}

/** "原件 1 份、复印件 2 份"; a material with no paper says so. */
export function materialCounts(m: { originals: number; copies: number }): string {
  const parts = [
    m.originals > 0 ? t('guide.material.originals', { n: m.originals }) : '',
    m.copies > 0 ? t('guide.material.copies', { n: m.copies }) : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(t('common.listSeparator')) : t('guide.material.noPaper');
}

/** The merged form as the case form takes it: its schema, with the facts the platform holds read-only. */
export function bundleForm(plan: Pick<BundleCaseView['plan'], 'form'>): {
  form: { schema: BundleCaseView['plan']['form']['schema']; readOnly: string[] };
} {
  return { form: { schema: plan.form.schema, readOnly: plan.form.readOnly } };
}

/**
 * What each material is called on its controls: its name, and when two materials of the bundle share a name
 * (two departments' ids for the same document), the members that use it too, so that every 上传 differs.
 */
export function materialLabels(
  plan: Pick<BundleCaseView['plan'], 'materials' | 'members'>,
): Map<string, string> {
  const count = new Map<string, number>();
  for (const m of plan.materials) count.set(m.name, (count.get(m.name) ?? 0) + 1);
  return new Map(
    plan.materials.map((m) => [
      m.materialId,
      (count.get(m.name) ?? 0) > 1
        ? t('text.withNote', { text: m.name, note: memberNames(m.members, plan.members) })
        : m.name,
    ]),
  );
}

/**
 * Each material of the plan as its row shows it: the material, its name on its controls (materialLabels), its
 * files, and the problems reported for it while it has no file.
 */
export function materialRows(
  view: Pick<BundleCaseView, 'plan' | 'materials'>,
  problems: Readonly<Record<string, string[]>>,
) {
  const labels = materialLabels(view.plan);
  return view.plan.materials.map((material) => {
    const provided = view.materials.some((x) => x.materialId === material.materialId && x.files.length > 0);
    return {
      material,
      label: labels.get(material.materialId) ?? material.name,
      files: view.materials.find((m) => m.materialId === material.materialId)?.files ?? [],
      problems: provided ? [] : (problems[material.materialId] ?? []),
    };
  });
}

/** Materials with at least one file on the bundle case. */
export function providedMaterials(view: Pick<BundleCaseView, 'materials'>): Set<string> {
  return new Set(view.materials.filter((m) => m.files.length > 0).map((m) => m.materialId));
}

/** The members that are decided and not yet handed over: what 一次领取/邮寄 delivers. */
export const deliverableMembers = (view: Pick<BundleCaseView, 'members'>) =>
  view.members.filter((m) => m.decision !== null && !m.delivered);

/** "出生登记：缺少…；社会保障卡申领：…" — the one correction notice, member by member. */
export function correctionLines(
  view: Pick<BundleCaseView, 'correctionItems' | 'members'>,
): { memberKey: string; itemName: string; items: string[] }[] {
  return (view.correctionItems ?? []).map((c) => ({
    memberKey: c.memberKey,
    itemName: view.members.find((m) => m.key === c.memberKey)?.itemName ?? c.memberKey,
    items: c.items,
  }));
}
