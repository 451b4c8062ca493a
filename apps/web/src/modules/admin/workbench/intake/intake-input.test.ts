import { describe, expect, it } from 'vitest';
import { fieldName, situationAnswers, windowFormData } from './intake-input.ts';

describe('window application input', () => {
  it('keeps situation answers as lists of option ids, dropping unanswered questions', () => {
    expect(situationAnswers({ who: 'resident', docs: ['a', 'b'], skipped: [], blank: '' })).toEqual({
      who: ['resident'],
      docs: ['a', 'b'],
    });
    expect(situationAnswers(undefined)).toEqual({});
  });

  it('sends the address under the data element of the applicant kind, and nothing when blank', () => {
    expect(windowFormData('person', { contactMobile: '13900000000', address: ' 钢铁大街 1 号 ' })).toEqual({
      'applicant.address': '钢铁大街 1 号',
    });
    expect(windowFormData('enterprise', { contactMobile: '13900000000', address: '阿尔丁大街' })).toEqual({
      'enterprise.registeredAddress': '阿尔丁大街',
    });
    expect(windowFormData('person', { contactMobile: '13900000000', address: '  ' })).toEqual({});
  });

  it('puts the server field messages on the inputs that collect them', () => {
    expect(fieldName('contactMobile')).toEqual(['contactMobile']);
    expect(fieldName('postalAddress')).toEqual(['postalAddress']);
    expect(fieldName('formData.applicant.address')).toEqual(['address']);
    expect(fieldName('situation.handler')).toEqual(['situation', 'handler']);
    expect(fieldName('formData.applicant.name')).toBeNull();
  });
});
