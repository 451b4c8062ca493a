// The application form of an item version: the guide's own form when it has one, otherwise the applicant's
// basic facts for its audience, so every item can be applied for online and prefilled from the profile.
import type { ApplicationFormField, Guide } from '@msb/contracts';
import { isDataElementKey } from './data-elements.ts';
import type { FormDefinition, FormField } from './form-schema.ts';

const PERSON_FIELDS: readonly FormField[] = [
  { key: 'applicant.name', required: true },
  { key: 'applicant.idNumber', required: true },
  { key: 'applicant.mobile', required: true },
  { key: 'applicant.address', required: false },
];

const ENTERPRISE_FIELDS: readonly FormField[] = [
  { key: 'enterprise.name', required: true },
  { key: 'enterprise.creditCode', required: true },
  { key: 'enterprise.legalRepresentative.name', required: true },
  { key: 'enterprise.contactMobile', required: true },
  { key: 'enterprise.registeredAddress', required: false },
];

/** Which basic block an applicant kind fills in. */
export function basicFields(kind: 'person' | 'enterprise'): readonly FormField[] {
  return kind === 'person' ? PERSON_FIELDS : ENTERPRISE_FIELDS;
}

/**
 * The form a case of this guide fills in, for an applicant of `kind`: the basic block of that kind first
 * (asked once, prefilled from the profile), then the guide's own fields that are not already in it.
 */
export function applicationFormOf(guide: Guide, kind: 'person' | 'enterprise'): FormDefinition {
  const basic = basicFields(kind);
  const own = (guide.applicationForm?.fields ?? []).flatMap((field) => {
    const converted = toFormField(field);
    return converted && !basic.some((b) => b.key === converted.key) ? [converted] : [];
  });
  return { fields: [...basic, ...own] };
}

function toFormField(field: ApplicationFormField): FormField | undefined {
  if (!isDataElementKey(field.key)) return undefined;
  const when =
    field.when && isDataElementKey(field.when.key)
      ? { key: field.when.key, equals: field.when.equals }
      : undefined;
  return {
    key: field.key,
    required: field.required,
    ...(when ? { when } : {}),
    ...(field.overrides ? { overrides: field.overrides } : {}),
  };
}

/** Problems a publish check reports: form keys and condition keys must be registered data elements. */
export function applicationFormProblems(guide: Guide): { field: string; message: string; fix: string }[] {
  const fields = guide.applicationForm?.fields ?? [];
  const seen = new Set<string>();
  return fields.flatMap((field, i) => {
    const problems: { field: string; message: string; fix: string }[] = [];
    const at = `applicationForm.fields.${i}`;
    if (!isDataElementKey(field.key)) {
      problems.push({
        field: `${at}.key`,
        message: `申请表字段“${field.key}”不是已登记的数据元`,
        fix: '从数据元目录中选择字段，同一事实在各事项中使用同一数据元',
      });
    } else if (seen.has(field.key)) {
      problems.push({
        field: `${at}.key`,
        message: `申请表字段“${field.key}”重复`,
        fix: '每个数据元只列一次',
      });
    }
    seen.add(field.key);
    if (field.when && !fields.some((f) => f.key === field.when?.key)) {
      problems.push({
        field: `${at}.when.key`,
        message: `填写条件引用的“${field.when.key}”不在本申请表中`,
        fix: '条件只能引用本表中的字段',
      });
    }
    return problems;
  });
}
