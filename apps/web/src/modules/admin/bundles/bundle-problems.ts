// The server's 422 problems ({ field, message }) on the editor's form. The create and save routes name a field
// as it was sent (`definition.members.0.key`), the submit and publish checks by the definition alone
// (`members.1.dependsOn.0`, `promisedLimit.amount`, `members` for a cycle). Each problem goes to the form field
// that holds it (an element of a multi-select goes to the select, an element of a list without a field of its
// own to the list), and every problem is also listed, with a Chinese name for its place, in the summary.
import { t } from '../../../app/i18n.ts';
import type { BundleFormValues } from './bundle-form-values.ts';

export interface BundleProblem {
  field: string;
  message: string;
}

export type FormName = (string | number)[];

export interface PlacedProblem extends BundleProblem {
  /** the form field that shows it, or null when only the summary does */
  name: FormName | null;
  /** where it is, in words: 成员事项 2（birth-registration）· 前置成员 */
  label: string;
}

/** Every field of the form, with `#` for a list index. */
const FORM_FIELDS = new Set([
  'code',
  'name',
  'summary',
  'audience',
  'lifeStage',
  'leadOrgId',
  'questions',
  'questions.#.id',
  'questions.#.question',
  'questions.#.multiple',
  'questions.#.options',
  'questions.#.options.#.id',
  'questions.#.options.#.label',
  'members',
  'members.#.key',
  'members.#.implementationId',
  'members.#.whenOptions',
  'members.#.dependsOn',
  'promisedLimit.amount',
  'outputWindow',
  'outputModes',
  'basis',
]);

/** the limit is typed in working days: its unit has no field of its own */
const ALIASES: Record<string, string> = {
  promisedLimit: 'promisedLimit.amount',
  'promisedLimit.unit': 'promisedLimit.amount',
};

const LEAF_LABELS: Record<string, Parameters<typeof t>[0]> = {
  code: 'admin.bundles.field.code',
  regionCode: 'admin.bundles.field.region',
  name: 'admin.bundles.field.name',
  summary: 'admin.bundles.field.summary',
  audience: 'admin.bundles.field.audience',
  lifeStage: 'admin.bundles.field.lifeStage',
  leadOrgId: 'admin.bundles.field.leadOrgId',
  questions: 'admin.bundles.field.questions',
  promisedLimit: 'admin.bundles.field.promisedLimit',
  outputWindow: 'admin.bundles.field.outputWindow',
  outputModes: 'admin.bundles.field.outputModes',
  basis: 'admin.bundles.field.basis',
  members: 'admin.bundles.field.members',
};
const QUESTION_LABELS: Record<string, Parameters<typeof t>[0]> = {
  id: 'admin.bundles.field.questionId',
  question: 'admin.bundles.field.question',
  multiple: 'admin.bundles.field.multiple',
  options: 'admin.bundles.field.options',
};
const OPTION_LABELS: Record<string, Parameters<typeof t>[0]> = {
  id: 'admin.bundles.field.optionId',
  label: 'admin.bundles.field.optionLabel',
};
const MEMBER_LABELS: Record<string, Parameters<typeof t>[0]> = {
  key: 'admin.bundles.field.memberKey',
  implementationId: 'admin.bundles.field.implementationId',
  whenOptions: 'admin.bundles.field.whenOptions',
  dependsOn: 'admin.bundles.field.dependsOn',
};

/** `definition.members.0.key` → `members.0.key`; the body's own fields (`code`) stay as they are. */
export function definitionPath(field: string): string {
  return field.replace(/^definition(\.|$)/, '');
}

const toParts = (path: string): FormName =>
  path
    .split('.')
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));

const patternOf = (parts: FormName) => parts.map((p) => (typeof p === 'number' ? '#' : p)).join('.');

/** The form field a problem belongs on: the field itself, else the nearest field or list holding it. */
export function formNameOf(field: string): FormName | null {
  const path = definitionPath(field);
  const aliased = ALIASES[path] ?? path;
  const parts = toParts(aliased);
  for (let n = parts.length; n > 0; n -= 1) {
    const candidate = parts.slice(0, n);
    if (FORM_FIELDS.has(patternOf(candidate))) return candidate;
  }
  return null;
}

const sep = ' · ';

/** Where a problem is, in words, naming the member by its key when the form values are given. */
export function problemLabel(field: string, values?: Partial<BundleFormValues>): string {
  const parts = toParts(definitionPath(field));
  const [head, index, leaf, optionIndex, optionLeaf] = parts;
  if (head === 'questions' && typeof index === 'number') {
    const words = [t('admin.bundles.field.questionN', { n: index + 1 })];
    const question = values?.questions?.[index]?.question?.trim();
    if (question) words[0] = `${words[0]}「${question}」`;
    if (typeof leaf === 'string') {
      const key = QUESTION_LABELS[leaf];
      if (leaf === 'options' && typeof optionIndex === 'number') {
        words.push(t('admin.bundles.field.optionN', { n: optionIndex + 1 }));
        const optionKey = typeof optionLeaf === 'string' ? OPTION_LABELS[optionLeaf] : undefined;
        if (optionKey) words.push(t(optionKey));
      } else if (key) words.push(t(key));
    }
    return words.join(sep);
  }
  if (head === 'members' && typeof index === 'number') {
    const key = values?.members?.[index]?.key?.trim();
    const words = [`${t('admin.bundles.field.memberN', { n: index + 1 })}${key ? `（${key}）` : ''}`];
    const leafKey = typeof leaf === 'string' ? MEMBER_LABELS[leaf] : undefined;
    if (leafKey) words.push(t(leafKey));
    return words.join(sep);
  }
  const top = typeof head === 'string' ? LEAF_LABELS[head] : undefined;
  return top ? t(top) : t('admin.bundles.general');
}

/** Reads `details.fields` of a 422 answer; anything else gives no problems. */
export function problemsOf(details: unknown): BundleProblem[] {
  if (typeof details !== 'object' || details === null) return [];
  const fields: unknown = Reflect.get(details, 'fields');
  if (!Array.isArray(fields)) return [];
  return fields.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const field: unknown = Reflect.get(entry, 'field');
    const message: unknown = Reflect.get(entry, 'message');
    if (typeof message !== 'string') return [];
    return [{ field: typeof field === 'string' ? field : '', message }];
  });
}

export function placeProblems(
  problems: readonly BundleProblem[],
  values?: Partial<BundleFormValues>,
): PlacedProblem[] {
  return problems.map((p) => ({ ...p, name: formNameOf(p.field), label: problemLabel(p.field, values) }));
}

/** The errors to set on the form: one entry per field, every message of that field. */
export function fieldErrors(placed: readonly PlacedProblem[]): { name: FormName; errors: string[] }[] {
  const byField = new Map<string, { name: FormName; errors: string[] }>();
  for (const p of placed) {
    if (!p.name) continue;
    const key = p.name.join('.');
    const entry = byField.get(key) ?? { name: p.name, errors: [] };
    if (!entry.errors.includes(p.message)) entry.errors.push(p.message);
    byField.set(key, entry);
  }
  return [...byField.values()];
}
