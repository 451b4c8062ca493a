// BundleDefinition ⇄ the values of the editor's form. The form differs from the stored definition only where
// people think differently: the promised limit is typed in working days (the unit is fixed, as the publishing
// checks require), text is trimmed, a member's 适用情形 left empty is dropped (it then always applies), and
// the life stage must belong to the audience.
import {
  BUNDLE_OUTPUT_MODES,
  type BundleAudience,
  type BundleDefinition,
  type BundleOutputMode,
  ENTERPRISE_LIFE_STAGES,
  LIFE_STAGE_LABELS,
  type LifeStage,
  PERSON_LIFE_STAGES,
} from '@msb/contracts';

export interface QuestionFormValue {
  id: string;
  question: string;
  multiple: boolean;
  options: { id: string; label: string }[];
}

export interface MemberFormValue {
  key: string;
  implementationId?: string;
  whenOptions?: string[];
  dependsOn?: string[];
}

export interface BundleFormValues {
  /** only when the bundle is created */
  code?: string;
  name: string;
  summary: string;
  audience: BundleAudience;
  lifeStage?: LifeStage;
  leadOrgId?: string;
  questions: QuestionFormValue[];
  members: MemberFormValue[];
  promisedLimit: { amount?: number | null };
  outputWindow: string;
  outputModes: BundleOutputMode[];
  basis: string;
}

export const DEFAULT_OUTPUT_WINDOW = '一件事综合窗口（统一出件）';

/** The life stages of an audience, in life order, with their labels. */
export function lifeStageOptions(
  audience: BundleAudience | undefined,
): { value: LifeStage; label: string }[] {
  const stages: readonly LifeStage[] =
    audience === 'enterprise' ? ENTERPRISE_LIFE_STAGES : PERSON_LIFE_STAGES;
  return stages.map((value) => ({ value, label: LIFE_STAGE_LABELS[value] }));
}

export const stageFitsAudience = (stage: LifeStage | undefined, audience: BundleAudience | undefined) =>
  stage !== undefined && lifeStageOptions(audience).some((o) => o.value === stage);

/** A new bundle: two empty members (the least a bundle has), handed over at the one output window. */
export function emptyBundleValues(): BundleFormValues {
  return {
    code: '',
    name: '',
    summary: '',
    audience: 'person',
    questions: [],
    members: [
      { key: '', whenOptions: [], dependsOn: [] },
      { key: '', whenOptions: [], dependsOn: [] },
    ],
    promisedLimit: { amount: null },
    outputWindow: DEFAULT_OUTPUT_WINDOW,
    outputModes: ['together'],
    basis: '',
  };
}

export function toBundleFormValues(definition: BundleDefinition): BundleFormValues {
  return {
    name: definition.name,
    summary: definition.summary,
    audience: definition.audience,
    lifeStage: definition.lifeStage,
    leadOrgId: definition.leadOrgId,
    questions: definition.questions.map((q) => ({
      id: q.id,
      question: q.question,
      multiple: q.multiple,
      options: q.options.map((o) => ({ id: o.id, label: o.label })),
    })),
    members: definition.members.map((m) => ({
      key: m.key,
      implementationId: m.implementationId,
      whenOptions: [...(m.whenOptions ?? [])],
      dependsOn: [...m.dependsOn],
    })),
    promisedLimit: { amount: definition.promisedLimit.amount },
    outputWindow: definition.outputWindow,
    outputModes: [...definition.outputModes],
    basis: definition.basis,
  };
}

const text = (value: string | undefined | null) => (value ?? '').trim();
const unique = (values: readonly string[] | undefined) => [
  ...new Set((values ?? []).map((v) => v.trim()).filter(Boolean)),
];

/**
 * The definition to send. Empty values are sent as they are (the server names every missing one); only the
 * optional 适用情形 is left out when empty, and output modes keep their canonical order.
 */
export function toBundleDefinition(values: BundleFormValues): BundleDefinition {
  const modes = new Set(values.outputModes ?? []);
  return {
    name: text(values.name),
    summary: text(values.summary),
    audience: values.audience,
    lifeStage: values.lifeStage as LifeStage,
    leadOrgId: values.leadOrgId ?? '',
    questions: (values.questions ?? []).map((q) => ({
      id: text(q.id),
      question: text(q.question),
      multiple: Boolean(q.multiple),
      options: (q.options ?? []).map((o) => ({ id: text(o.id), label: text(o.label) })),
    })),
    members: (values.members ?? []).map((m) => {
      const whenOptions = unique(m.whenOptions);
      return {
        key: text(m.key),
        implementationId: m.implementationId ?? '',
        ...(whenOptions.length > 0 ? { whenOptions } : {}),
        dependsOn: unique(m.dependsOn),
      };
    }),
    promisedLimit: { amount: values.promisedLimit?.amount ?? 0, unit: 'workday' },
    outputWindow: text(values.outputWindow),
    outputModes: BUNDLE_OUTPUT_MODES.filter((mode) => modes.has(mode)),
    basis: text(values.basis),
  };
}

/** The options of the bundle's questions a member can apply to, grouped by question (for a Select). */
export function whenOptionGroups(
  questions: readonly Partial<QuestionFormValue>[] | undefined,
  untitled: (n: number) => string,
) {
  return (questions ?? [])
    .map((q, index) => ({
      label: q?.question?.trim() || untitled(index + 1),
      options: (q?.options ?? [])
        .filter((o) => o?.id?.trim())
        .map((o) => ({ value: o.id.trim(), label: `${o.label?.trim() || o.id}（${o.id.trim()}）` })),
    }))
    .filter((group) => group.options.length > 0);
}

/** The other members (by key: not the member's own), which member `index` may depend on, named by their item. */
export function dependencyOptions(
  members: readonly Partial<MemberFormValue>[] | undefined,
  index: number,
  nameOf: (implementationId: string) => string | undefined = () => undefined,
) {
  const own = members?.[index]?.key?.trim();
  const seen = new Set<string>();
  const out: { value: string; label: string }[] = [];
  (members ?? []).forEach((m, i) => {
    const key = m?.key?.trim();
    if (i === index || !key || key === own || seen.has(key)) return;
    seen.add(key);
    const name = m?.implementationId ? nameOf(m.implementationId) : undefined;
    out.push({ value: key, label: name ? `${key}（${name}）` : key });
  });
  return out;
}
