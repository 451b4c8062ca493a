import { describe, expect, it } from 'vitest';
import { fieldProblemsOf, sortProblems } from './form-rules.ts';
import { problemMessages } from './use-application-steps.ts';

describe('the problems listed above the steps', () => {
  it('lists each message once, leaving out those of a material provided since', () => {
    const sorted = sortProblems([
      ...fieldProblemsOf({
        fields: [
          { field: 'formData.applicant.mobile', message: '请填写申请人手机号码' },
          { field: 'formData.applicant.mobile', message: '又一条' },
          { field: 'materials.id-card', message: '请上传“申请人居民身份证”' },
          { field: 'deliveryPreference', message: '请选择办理结果的送达方式' },
          { field: 'postalAddress', message: '选择邮寄送达的，请填写收件地址' },
          { field: 'authorisationId', message: '授权委托不存在' },
        ],
      }),
      { field: 'materials.photo', message: '请上传照片' },
      { field: 'situation.s1', message: '请选择情形' },
      { field: 'other', message: '授权委托不存在' },
    ]);
    expect(problemMessages(sorted, (id) => id === 'photo')).toEqual([
      '请填写申请人手机号码',
      '又一条',
      '请选择情形',
      '请上传“申请人居民身份证”',
      '请选择办理结果的送达方式',
      '选择邮寄送达的，请填写收件地址',
      '授权委托不存在',
    ]);
  });
});
