import type { Guide } from '@msb/contracts';
import { describe, expect, it } from 'vitest';
import { buildGuide } from '../../catalog/domain/test-guide.ts';
import { applicationFormOf, applicationFormProblems } from './item-form.ts';

const withForm = (fields: NonNullable<Guide['applicationForm']>['fields']): Guide => ({
  ...buildGuide(),
  applicationForm: { fields },
});

describe('application form of an item', () => {
  it('asks a person their basic facts when the guide has no form', () => {
    expect(applicationFormOf(buildGuide(), 'person').fields.map((f) => f.key)).toEqual([
      'applicant.name',
      'applicant.idNumber',
      'applicant.mobile',
      'applicant.address',
    ]);
  });

  it('asks an enterprise its credit code and legal representative', () => {
    const keys = applicationFormOf(buildGuide(), 'enterprise').fields.map((f) => f.key);
    expect(keys).toContain('enterprise.creditCode');
    expect(keys).toContain('enterprise.legalRepresentative.name');
    expect(keys).not.toContain('applicant.idNumber');
  });

  it("appends the guide's own fields after the basic block, each key once", () => {
    const guide = withForm([
      { key: 'applicant.name', required: true },
      { key: 'child.name', required: true },
      { key: 'child.birthDate', required: false, when: { key: 'child.name', equals: 'x' } },
    ]);
    const fields = applicationFormOf(guide, 'person').fields;
    expect(fields.map((f) => f.key)).toEqual([
      'applicant.name',
      'applicant.idNumber',
      'applicant.mobile',
      'applicant.address',
      'child.name',
      'child.birthDate',
    ]);
    expect(fields.at(-1)?.when).toEqual({ key: 'child.name', equals: 'x' });
  });

  it('reports unregistered keys, repeats and conditions on absent fields for the publish check', () => {
    const problems = applicationFormProblems(
      withForm([
        { key: 'pet.name', required: true },
        { key: 'child.name', required: true },
        { key: 'child.name', required: false },
        { key: 'child.gender', required: false, when: { key: 'marriage.status', equals: 'married' } },
      ]),
    );
    expect(problems.map((p) => p.field)).toEqual([
      'applicationForm.fields.0.key',
      'applicationForm.fields.2.key',
      'applicationForm.fields.3.when.key',
    ]);
    expect(problems[0]?.message).toContain('pet.name');
  });
});
