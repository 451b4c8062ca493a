import { describe, expect, it } from 'vitest';
import type { FormField } from './form-schema.ts';
import { mergeForms } from './merge-forms.ts';

const MARRIED = { key: 'marriage.status', equals: '20' } as const;
const DIVORCED = { key: 'marriage.status', equals: '40' } as const;

describe('mergeForms', () => {
  it('asks a shared element once, in first-appearance order, with provenance', () => {
    const merged = mergeForms([
      {
        memberId: 'A',
        form: {
          fields: [
            { key: 'applicant.name', required: true },
            { key: 'applicant.mobile', required: false },
          ],
        },
      },
      {
        memberId: 'B',
        form: {
          fields: [
            { key: 'applicant.mobile', required: true },
            { key: 'child.name', required: true },
          ],
        },
      },
    ]);
    expect(merged.form.fields).toEqual([
      { key: 'applicant.name', required: true },
      { key: 'applicant.mobile', required: true },
      { key: 'child.name', required: true },
    ]);
    expect(merged.provenance.map((p) => [p.key, p.members])).toEqual([
      ['applicant.name', ['A']],
      ['applicant.mobile', ['A', 'B']],
      ['child.name', ['B']],
    ]);
    expect(merged.provenance[1]?.rule).toBe('B要求必填，合并后必填');
    expect(merged.conflicts).toEqual([]);
  });

  it.each<[string, FormField, FormField, Partial<FormField>]>([
    [
      'smaller maxLength',
      { key: 'applicant.address', required: false, overrides: { maxLength: 100 } },
      { key: 'applicant.address', required: false, overrides: { maxLength: 80 } },
      { overrides: { maxLength: 80 } },
    ],
    [
      'larger minimum',
      { key: 'project.investmentFen', required: false, overrides: { minimum: 10 } },
      { key: 'project.investmentFen', required: false, overrides: { minimum: 5 } },
      { overrides: { minimum: 10 } },
    ],
    [
      'smaller maximum',
      { key: 'property.areaSquareMetres', required: false, overrides: { maximum: 300 } },
      { key: 'property.areaSquareMetres', required: false },
      { overrides: { maximum: 300 } },
    ],
    [
      'enum intersection',
      {
        key: 'enterprise.type',
        required: false,
        overrides: { enum: ['limited_liability', 'joint_stock', 'partnership'] },
      },
      { key: 'enterprise.type', required: false, overrides: { enum: ['partnership', 'joint_stock'] } },
      { overrides: { enum: ['joint_stock', 'partnership'] } },
    ],
    [
      'unconditional required beats conditional',
      { key: 'spouse.name', required: true, when: MARRIED },
      { key: 'spouse.name', required: true },
      { required: true },
    ],
    [
      'shared condition kept',
      { key: 'spouse.name', required: false, when: MARRIED },
      { key: 'spouse.name', required: true, when: MARRIED },
      { required: true, when: MARRIED },
    ],
    [
      'differing optional conditions: always shown',
      { key: 'spouse.name', required: false, when: MARRIED },
      { key: 'spouse.name', required: false, when: DIVORCED },
      { required: false },
    ],
    [
      'conditional required with an unconditional optional ask keeps the requiring condition',
      { key: 'spouse.name', required: false },
      { key: 'spouse.name', required: true, when: MARRIED },
      { required: true, when: MARRIED },
    ],
  ])('%s', (_, a, b, expected) => {
    const merged = mergeForms([
      { memberId: 'A', form: { fields: [a] } },
      { memberId: 'B', form: { fields: [b] } },
    ]);
    expect(merged.form.fields).toEqual([{ key: a.key, required: false, ...expected }]);
    expect(merged.conflicts).toEqual([]);
  });

  it('explains which member set the stricter rule', () => {
    const merged = mergeForms([
      {
        memberId: '出生登记',
        form: { fields: [{ key: 'applicant.address', required: false, overrides: { maxLength: 100 } }] },
      },
      {
        memberId: '户口登记',
        form: { fields: [{ key: 'applicant.address', required: true, overrides: { maxLength: 80 } }] },
      },
    ]);
    expect(merged.provenance).toEqual([
      {
        key: 'applicant.address',
        members: ['出生登记', '户口登记'],
        rule: '户口登记要求必填，合并后必填；最大长度取较严的 80（户口登记）',
      },
    ]);
  });

  it('reports an empty enum intersection as a conflict naming both members', () => {
    const merged = mergeForms([
      {
        memberId: 'A',
        form: { fields: [{ key: 'enterprise.type', required: true, overrides: { enum: ['partnership'] } }] },
      },
      {
        memberId: 'B',
        form: { fields: [{ key: 'enterprise.type', required: true, overrides: { enum: ['joint_stock'] } }] },
      },
      { memberId: 'C', form: { fields: [{ key: 'enterprise.type', required: false }] } },
    ]);
    expect(merged.form.fields).toEqual([{ key: 'enterprise.type', required: true }]);
    expect(merged.conflicts).toHaveLength(1);
    expect(merged.conflicts[0]).toMatchObject({ key: 'enterprise.type', members: ['A', 'B'] });
    expect(merged.conflicts[0]?.resolution).toContain('没有共同取值');
  });

  it('reports a minimum above the maximum as a conflict', () => {
    const merged = mergeForms([
      {
        memberId: 'A',
        form: {
          fields: [{ key: 'retirement.contributionMonths', required: true, overrides: { minimum: 180 } }],
        },
      },
      {
        memberId: 'B',
        form: {
          fields: [{ key: 'retirement.contributionMonths', required: true, overrides: { maximum: 120 } }],
        },
      },
    ]);
    expect(merged.conflicts.map((c) => [c.key, c.members])).toEqual([
      ['retirement.contributionMonths', ['A', 'B']],
    ]);
  });

  it('reports required-under-different-conditions as a conflict and makes the field optional', () => {
    const merged = mergeForms([
      {
        memberId: 'A',
        form: {
          fields: [
            { key: 'marriage.status', required: true },
            { key: 'spouse.idNumber', required: true, when: MARRIED },
          ],
        },
      },
      {
        memberId: 'B',
        form: {
          fields: [
            { key: 'marriage.status', required: true },
            { key: 'spouse.idNumber', required: true, when: DIVORCED },
          ],
        },
      },
    ]);
    expect(merged.form.fields).toEqual([
      { key: 'marriage.status', required: true },
      { key: 'spouse.idNumber', required: false },
    ]);
    expect(merged.conflicts).toMatchObject([{ key: 'spouse.idNumber', members: ['A', 'B'] }]);
  });

  it('counts a member that lists an element twice once', () => {
    const merged = mergeForms([
      {
        memberId: 'A',
        form: {
          fields: [
            { key: 'applicant.name', required: false },
            { key: 'applicant.name', required: true },
          ],
        },
      },
    ]);
    expect(merged.form.fields).toEqual([{ key: 'applicant.name', required: false }]);
    expect(merged.provenance[0]?.members).toEqual(['A']);
  });

  it('merges nothing into an empty form', () => {
    expect(mergeForms([])).toEqual({ form: { fields: [] }, provenance: [], conflicts: [] });
  });
});
