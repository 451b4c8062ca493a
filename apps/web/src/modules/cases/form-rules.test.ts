import { customizeValidator } from '@rjsf/validator-ajv8';
import { describe, expect, it } from 'vitest';
import {
  checkDigitProblems,
  decodeKey,
  encodeKey,
  fieldProblemsOf,
  firstProblemStep,
  formDataToSave,
  formUiSchema,
  fromRjsfData,
  hiddenKeys,
  keywordMessage,
  localiseErrors,
  problemCount,
  propertyKey,
  schemaWithout,
  sortProblems,
  toRjsfData,
  toRjsfSchema,
} from './form-rules.ts';

/** The shape GET /api/cases/:id sends as form.schema (apps/api forms/domain/form-schema.ts). */
const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  properties: {
    'applicant.name': { title: '申请人姓名', type: 'string', minLength: 1, maxLength: 50 },
    'applicant.idNumber': { title: '申请人身份证号码', type: 'string', 'x-format': 'idNumber' },
    'applicant.mobile': { title: '申请人手机号码', type: 'string', pattern: '^1[3-9]\\d{9}$' },
    'applicant.birthDate': { title: '出生日期', type: 'string', format: 'date' },
    'agent.authorisation': { title: '已取得申请人书面授权委托', type: 'boolean' },
    'agent.name': { title: '代理人姓名', type: 'string', minLength: 1, maxLength: 50 },
  },
  required: ['applicant.name', 'applicant.idNumber', 'applicant.mobile'],
  additionalProperties: false,
  allOf: [
    {
      if: { properties: { 'agent.authorisation': { const: true } }, required: ['agent.authorisation'] },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema keyword
      then: { required: ['agent.name'] },
      else: { not: { required: ['agent.name'] } },
    },
  ],
};

describe('keys for rjsf', () => {
  it('writes dots as "__" and back', () => {
    expect(encodeKey('enterprise.legalRepresentative.name')).toBe('enterprise__legalRepresentative__name');
    expect(decodeKey('enterprise__legalRepresentative__name')).toBe('enterprise.legalRepresentative.name');
    expect(fromRjsfData(toRjsfData({ 'a.b': 1, c: 2 }))).toEqual({ 'a.b': 1, c: 2 });
  });

  it('renames properties, required lists and the conditional rules, and drops $schema', () => {
    const out = toRjsfSchema(schema);
    expect(out.$schema).toBeUndefined();
    expect(Object.keys(out.properties as object)).toContain('applicant__mobile');
    expect(out.required).toEqual(['applicant__name', 'applicant__idNumber', 'applicant__mobile']);
    expect(out.allOf).toEqual([
      {
        if: { properties: { agent__authorisation: { const: true } }, required: ['agent__authorisation'] },
        // biome-ignore lint/suspicious/noThenProperty: JSON Schema keyword
        then: { required: ['agent__name'] },
        else: { not: { required: ['agent__name'] } },
      },
    ]);
  });

  it('finds the key of an rjsf error path', () => {
    const keys = ['applicant__name', 'applicant__mobile'];
    expect(propertyKey('.applicant__name', keys)).toBe('applicant__name');
    expect(propertyKey('applicant__mobile', keys)).toBe('applicant__mobile');
    expect(propertyKey('.applicant__name.0', keys)).toBe('applicant__name');
    expect(propertyKey('.other', keys)).toBeUndefined();
    expect(propertyKey(undefined, keys)).toBeUndefined();
  });
});

describe('Chinese validation messages', () => {
  const cases: [string, Record<string, unknown>, object | undefined, string][] = [
    ['required', {}, undefined, '请填写手机号码'],
    ['minLength', { limit: 1 }, { minLength: 1 }, '请填写手机号码'],
    ['minLength', { limit: 5 }, { minLength: 5 }, '手机号码至少 5 个字'],
    ['maxLength', { limit: 50 }, {}, '手机号码不能超过 50 个字'],
    ['minimum', { limit: 0 }, {}, '手机号码不能小于 0'],
    ['maximum', { limit: 9 }, {}, '手机号码不能大于 9'],
    ['pattern', {}, { pattern: '^1[3-9]\\d{9}$' }, '手机号码应为 11 位手机号码'],
    ['pattern', {}, { pattern: '^\\d{12}$', 'x-format': 'regionCode' }, '手机号码应为 12 位行政区划代码'],
    ['pattern', {}, { pattern: '^x$' }, '手机号码格式不正确'],
    ['format', { format: 'date' }, {}, '手机号码请按“年-月-日”填写，如 2026-01-31'],
    ['type', { type: 'integer' }, {}, '手机号码应为整数'],
    ['type', { type: 'number' }, {}, '手机号码应为数字'],
    ['oneOf', {}, {}, '请从选项中选择手机号码'],
    ['not', {}, {}, '手机号码在当前选择下无需填写'],
    ['whatever', {}, {}, '手机号码填写有误'],
  ];
  it.each(cases)('%s %j', (keyword, params, p, expected) => {
    expect(keywordMessage(keyword, params, p, '手机号码')).toBe(expected);
  });

  it('localises what rjsf reports for the schema, naming the field, and drops "if" errors', () => {
    const rjsfSchema = toRjsfSchema(schema);
    const out = localiseErrors(
      [
        {
          name: 'required',
          property: 'applicant__mobile',
          params: { missingProperty: 'applicant__mobile' },
          stack: 'x',
        },
        { name: 'pattern', property: '.applicant__mobile', params: { pattern: '^1' }, stack: 'x' },
        { name: 'if', property: '', params: { failingKeyword: 'then' }, stack: 'x' },
      ],
      rjsfSchema,
    );
    expect(out).toEqual([
      expect.objectContaining({
        property: '.applicant__mobile',
        message: '请填写申请人手机号码',
        stack: '请填写申请人手机号码',
      }),
      expect.objectContaining({
        property: '.applicant__mobile',
        message: '申请人手机号码应为 11 位手机号码',
      }),
    ]);
  });

  it('files real ajv errors under the whole key, in Chinese', () => {
    const validator = customizeValidator();
    const rjsfSchema = toRjsfSchema(schema);
    const result = validator.validateFormData(
      { applicant__name: '', applicant__idNumber: 'x', applicant__mobile: '123', agent__authorisation: true },
      rjsfSchema,
      undefined,
      (errors) => localiseErrors(errors, rjsfSchema),
    );
    const errorSchema = result.errorSchema as Record<string, { __errors?: string[] }>;
    expect(errorSchema.applicant__mobile?.__errors).toEqual(['申请人手机号码应为 11 位手机号码']);
    expect(errorSchema.applicant__name?.__errors).toEqual(['请填写申请人姓名']);
    expect(errorSchema.agent__name?.__errors).toEqual(['请填写代理人姓名']);
    expect(errorSchema.applicant).toBeUndefined();
  });
});

describe('check digits', () => {
  it('reports an ID number with a wrong check digit and leaves masked values alone', () => {
    const now = new Date('2026-06-01T00:00:00Z');
    expect(checkDigitProblems(schema, { 'applicant.idNumber': '150203199001010011' }, now)).toEqual([
      { field: 'applicant.idNumber', message: expect.stringContaining('校验') },
    ]);
    expect(checkDigitProblems(schema, { 'applicant.idNumber': '150203199001010010' }, now)).toEqual([]);
    expect(checkDigitProblems(schema, { 'applicant.idNumber': '1502**********0010' }, now)).toEqual([]);
  });
});

describe('server field errors', () => {
  const details = {
    fields: [
      { field: 'formData.applicant.mobile', message: '请填写申请人手机号码' },
      { field: 'formData.applicant.mobile', message: '又一条' },
      { field: 'materials.id-card', message: '请上传“申请人居民身份证”' },
      { field: 'deliveryPreference', message: '请选择办理结果的送达方式' },
      { field: 'postalAddress', message: '选择邮寄送达的，请填写收件地址' },
      { field: 'authorisationId', message: '授权委托不存在' },
      { nonsense: true },
    ],
  };

  it('reads the fields of a 422 and ignores anything malformed', () => {
    expect(fieldProblemsOf(details)).toHaveLength(6);
    expect(fieldProblemsOf(undefined)).toEqual([]);
    expect(fieldProblemsOf({ fields: 'x' })).toEqual([]);
  });

  it('maps form fields to rjsf extraErrors, materials to their rows, the rest to the top', () => {
    const sorted = sortProblems(fieldProblemsOf(details));
    expect(sorted.form).toEqual({ applicant__mobile: { __errors: ['请填写申请人手机号码', '又一条'] } });
    expect(sorted.materials).toEqual({ 'id-card': ['请上传“申请人居民身份证”'] });
    expect(sorted.delivery).toEqual(['请选择办理结果的送达方式']);
    expect(sorted.postalAddress).toEqual(['选择邮寄送达的，请填写收件地址']);
    expect(sorted.other).toEqual(['授权委托不存在']);
    expect(problemCount(sorted)).toBe(6);
    expect(firstProblemStep(sorted)).toBe(0);
    expect(firstProblemStep(sortProblems([{ field: 'materials.x', message: 'm' }]))).toBe(1);
    expect(firstProblemStep(sortProblems([{ field: 'postalAddress', message: 'm' }]))).toBe(2);
    expect(firstProblemStep(sortProblems([]))).toBeNull();
  });
});

describe('conditional fields and what is saved', () => {
  it('hides a field whose condition does not hold and does not save its value', () => {
    expect(hiddenKeys(schema, {})).toEqual(['agent.name']);
    expect(hiddenKeys(schema, { 'agent.authorisation': true })).toEqual([]);
    expect(
      formDataToSave(schema, {
        'applicant.name': '张三',
        'agent.name': '李四',
        stray: 1,
        'applicant.mobile': null,
      }),
    ).toEqual({ 'applicant.name': '张三' });
  });

  it('disables the held facts with a note and hides conditional fields', () => {
    const ui = formUiSchema(schema, {
      readOnly: ['applicant.name'],
      hidden: ['agent.name'],
      readOnlyHelp: '平台',
    });
    expect(ui.applicant__name).toEqual({ 'ui:disabled': true, 'ui:help': '平台' });
    expect(ui.agent__name).toEqual({ 'ui:widget': 'hidden' });
    expect(ui['ui:submitButtonOptions']).toEqual({ norender: true });
  });
});

describe('schemaWithout', () => {
  it('drops the fields from the properties and from every required list, conditions included', () => {
    const out = schemaWithout(schema, ['applicant.name', 'applicant.idNumber', 'agent.name']);
    expect(Object.keys(out.properties as object)).toEqual([
      'applicant.mobile',
      'applicant.birthDate',
      'agent.authorisation',
    ]);
    expect(out.required).toEqual(['applicant.mobile']);
    // a condition left asking nothing goes: its empty `not: { required: [] }` would refuse every form
    expect(out.allOf).toEqual([]);
    const kept = schemaWithout(schema, ['applicant.name']);
    expect(kept.allOf).toEqual(schema.allOf);
    // the schema handed in is left as it was
    expect(schema.required).toEqual(['applicant.name', 'applicant.idNumber', 'applicant.mobile']);
  });
});
