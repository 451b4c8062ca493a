// 一件事 bundle form: the union of the member items' forms keyed by data element, so each fact is asked once;
// where members constrain the same element differently, the stricter rule holds.
import type { DataElementKey } from './data-elements.ts';
import { findDataElement } from './data-elements.ts';
import type { FieldCondition, FieldOverrides, FormDefinition, FormField } from './form-schema.ts';

export interface FormMember {
  memberId: string;
  form: FormDefinition;
}

export interface FieldProvenance {
  key: DataElementKey;
  /** every member that asks the element, in member order */
  members: string[];
  /** why the merged field looks the way it does, in Chinese */
  rule: string;
}

/** A difference the merge cannot settle by taking the stricter rule; staff resolve it before publishing. */
export interface MergeConflict {
  key: DataElementKey;
  members: string[];
  resolution: string;
}

export interface MergedForm {
  form: FormDefinition;
  provenance: FieldProvenance[];
  conflicts: MergeConflict[];
}

interface Ask {
  memberId: string;
  field: FormField;
}

/** Fields keep the order in which they first appear across the members. */
export function mergeForms(members: readonly FormMember[]): MergedForm {
  const asks = new Map<DataElementKey, Ask[]>();
  for (const { memberId, form } of members) {
    for (const field of form.fields) {
      const list = asks.get(field.key) ?? [];
      // a member listing the same element twice still counts once, with its first definition
      if (!list.some((a) => a.memberId === memberId)) list.push({ memberId, field });
      asks.set(field.key, list);
    }
  }
  const fields: FormField[] = [];
  const provenance: FieldProvenance[] = [];
  const conflicts: MergeConflict[] = [];
  for (const [key, list] of asks) {
    const presence = mergePresence(key, list);
    const constraints = mergeOverrides(key, list);
    const field: FormField = { key, required: presence.required };
    if (presence.when) field.when = presence.when;
    if (constraints.overrides) field.overrides = constraints.overrides;
    fields.push(field);
    provenance.push({
      key,
      members: list.map((a) => a.memberId),
      rule: [presence.rule, ...constraints.rules].join('；'),
    });
    if (presence.conflict) conflicts.push(presence.conflict);
    conflicts.push(...constraints.conflicts);
  }
  return { form: { fields }, provenance, conflicts };
}

interface Presence {
  required: boolean;
  when?: FieldCondition;
  rule: string;
  conflict?: MergeConflict;
}

/**
 * Required if any member requires it; an unconditional requirement beats a conditional one. A condition is
 * kept when every asking member shares it. When the conditions differ, making the field required for everyone
 * could ask a fact the applicant does not have (an unmarried person's spouse), so:
 * - the requiring members share one condition → required under that condition (other members only asked
 *   it as optional, so hiding it outside the condition loses no requirement);
 * - the requiring members' conditions differ → optional and always shown, reported as a conflict.
 */
function mergePresence(key: DataElementKey, list: readonly Ask[]): Presence {
  const ids = (asks: readonly Ask[]) => asks.map((a) => a.memberId).join('、');
  const requiring = list.filter((a) => a.field.required);
  const unconditional = requiring.filter((a) => !a.field.when);
  if (unconditional.length > 0) return { required: true, rule: `${ids(unconditional)}要求必填，合并后必填` };
  const shared = sharedCondition(list);
  if (shared) {
    const required = requiring.length > 0;
    const how = required ? `必填（${ids(requiring)}要求）` : '选填';
    return { required, when: shared, rule: `各事项在同一条件下询问，合并后保留该条件，${how}` };
  }
  if (requiring.length === 0)
    return { required: false, rule: '各事项的询问条件不同且均为选填，合并后始终显示、选填' };
  const requiringCondition = sharedCondition(requiring);
  if (requiringCondition)
    return {
      required: true,
      when: requiringCondition,
      rule: `${ids(requiring)}在同一条件下要求必填，合并后按该条件显示并必填；其他事项仅作选填询问`,
    };
  return {
    required: false,
    rule: '各事项要求必填的条件不同，无法合并为一个条件，合并后始终显示、选填',
    conflict: {
      key,
      members: requiring.map((a) => a.memberId),
      resolution: '各事项要求必填的条件不同，合并表单暂按选填处理；请统一各事项的填写条件后再发布',
    },
  };
}

/** The one condition every ask carries, or undefined when some ask is unconditional or they differ. */
function sharedCondition(list: readonly Ask[]): FieldCondition | undefined {
  const first = list[0]?.field.when;
  if (!first) return undefined;
  const same = list.every((a) => a.field.when?.key === first.key && a.field.when.equals === first.equals);
  return same ? { key: first.key, equals: first.equals } : undefined;
}

interface Constraints {
  overrides?: FieldOverrides;
  rules: string[];
  conflicts: MergeConflict[];
}

type NumericOverride = 'maxLength' | 'minimum' | 'maximum';

const NUMERIC: readonly { name: NumericOverride; label: string; pick: 'min' | 'max' }[] = [
  { name: 'maxLength', label: '最大长度', pick: 'min' },
  { name: 'minimum', label: '最小值', pick: 'max' },
  { name: 'maximum', label: '最大值', pick: 'min' },
];

/** The stricter override of every member: smaller maxLength and maximum, larger minimum, common enum values. */
function mergeOverrides(key: DataElementKey, list: readonly Ask[]): Constraints {
  const overrides: FieldOverrides = {};
  const rules: string[] = [];
  const conflicts: MergeConflict[] = [];
  for (const { name, label, pick } of NUMERIC) {
    let best: { value: number; members: string[] } | undefined;
    for (const { memberId, field } of list) {
      const value = field.overrides?.[name];
      if (value === undefined) continue;
      const better = !best || (pick === 'min' ? value < best.value : value > best.value);
      if (better) best = { value, members: [memberId] };
      else if (best && value === best.value) best.members.push(memberId);
    }
    if (!best) continue;
    overrides[name] = best.value;
    rules.push(`${label}取较严的 ${best.value}（${best.members.join('、')}）`);
  }
  const limiting = list.filter((a) => a.field.overrides?.enum !== undefined);
  if (limiting.length > 0) {
    const element = findDataElement(key);
    const all = element?.enum?.map((o) => o.value) ?? [];
    const common = all.filter((v) => limiting.every((a) => a.field.overrides?.enum?.includes(v)));
    const members = limiting.map((a) => a.memberId);
    if (common.length > 0) {
      overrides.enum = common;
      rules.push(`可选值取${members.join('、')}限定范围的交集`);
    } else {
      rules.push('可选值无交集，暂不限定');
      conflicts.push({
        key,
        members,
        resolution: `${members.join('、')}限定的可选值没有共同取值，合并表单暂按数据元的全部取值处理；请调整成员事项表单后再发布`,
      });
    }
  }
  const { minimum, maximum } = overrides;
  if (minimum !== undefined && maximum !== undefined && minimum > maximum) {
    conflicts.push({
      key,
      members: list
        .filter((a) => a.field.overrides?.minimum !== undefined || a.field.overrides?.maximum !== undefined)
        .map((a) => a.memberId),
      resolution: `合并后最小值 ${minimum} 大于最大值 ${maximum}，无法填写；请调整成员事项表单后再发布`,
    });
  }
  return { overrides: Object.keys(overrides).length > 0 ? overrides : undefined, rules, conflicts };
}
