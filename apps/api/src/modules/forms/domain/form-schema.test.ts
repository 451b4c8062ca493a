import { describe, expect, it } from 'vitest';
import { type FormData, type FormDefinition, toJsonSchema, validateForm } from './form-schema.ts';

const NOW = new Date('2025-06-01T00:00:00+08:00');
const VALID_ID = '11010519491231002X';
const VALID_CREDIT = '91350100M000100Y43';

const FORM: FormDefinition = {
  fields: [
    { key: 'applicant.name', required: true, overrides: { maxLength: 20 } },
    { key: 'applicant.idNumber', required: true },
    { key: 'applicant.gender', required: false },
    { key: 'applicant.mobile', required: true },
    { key: 'applicant.birthDate', required: false },
    { key: 'applicant.householdRegion', required: false },
    { key: 'enterprise.creditCode', required: false },
    { key: 'enterprise.type', required: false, overrides: { enum: ['limited_liability', 'joint_stock'] } },
    { key: 'project.investmentFen', required: false, overrides: { minimum: 100 } },
    { key: 'project.landAreaSquareMetres', required: false, overrides: { maximum: 5000 } },
    { key: 'agent.authorisation', required: false },
    { key: 'utility.accountNumber', required: false },
    { key: 'marriage.status', required: true },
    { key: 'spouse.idNumber', required: true, when: { key: 'marriage.status', equals: '20' } },
    { key: 'marriage.registrationDate', required: false, when: { key: 'marriage.status', equals: '20' } },
  ],
};

const VALID: FormData = {
  'applicant.name': '张三',
  'applicant.idNumber': VALID_ID,
  'applicant.mobile': '13800138000',
  'marriage.status': '10',
};

describe('toJsonSchema', () => {
  const schema = toJsonSchema(FORM);
  const properties = schema.properties as Record<string, Record<string, unknown>>;

  it('uses flat dotted keys with the element and its Chinese title', () => {
    expect(schema).toMatchObject({ type: 'object', additionalProperties: false });
    expect(Object.keys(properties)).toEqual(FORM.fields.map((f) => f.key));
    expect(properties['applicant.name']).toMatchObject({
      type: 'string',
      title: '申请人姓名',
      'x-element': 'applicant.name',
      'x-personal': true,
      minLength: 1,
      maxLength: 20,
    });
  });

  it.each([
    ['applicant.idNumber', { type: 'string', 'x-format': 'idNumber' }],
    ['applicant.mobile', { type: 'string', pattern: '^1[3-9]\\d{9}$' }],
    ['applicant.birthDate', { type: 'string', format: 'date' }],
    ['applicant.householdRegion', { type: 'string', 'x-format': 'regionCode' }],
    ['enterprise.creditCode', { 'x-format': 'creditCode' }],
    [
      'enterprise.type',
      {
        type: 'string',
        oneOf: [
          { const: 'limited_liability', title: '有限责任公司' },
          { const: 'joint_stock', title: '股份有限公司' },
        ],
      },
    ],
    ['project.investmentFen', { type: 'integer', minimum: 100 }],
    ['project.landAreaSquareMetres', { type: 'number', minimum: 0, maximum: 5000 }],
    ['agent.authorisation', { type: 'boolean' }],
    ['utility.accountNumber', { pattern: '^[0-9A-Za-z-]{4,30}$' }],
  ])('%s', (key, expected) => {
    expect(properties[key]).toMatchObject(expected);
  });

  it('lists unconditional required fields and expresses conditions with if/then/else', () => {
    expect(schema.required).toEqual([
      'applicant.name',
      'applicant.idNumber',
      'applicant.mobile',
      'marriage.status',
    ]);
    expect(schema.allOf).toEqual([
      {
        if: { properties: { 'marriage.status': { const: '20' } }, required: ['marriage.status'] },
        // biome-ignore lint/suspicious/noThenProperty: JSON Schema keyword
        then: { required: ['spouse.idNumber'] },
        else: { not: { required: ['spouse.idNumber'] } },
      },
      {
        if: { properties: { 'marriage.status': { const: '20' } }, required: ['marriage.status'] },
        // biome-ignore lint/suspicious/noThenProperty: JSON Schema keyword
        then: {},
        else: { not: { required: ['marriage.registrationDate'] } },
      },
    ]);
  });

  it('never lets an override loosen the element', () => {
    const loose = toJsonSchema({
      fields: [{ key: 'applicant.name', required: true, overrides: { maxLength: 500 } }],
    });
    expect((loose.properties as Record<string, Record<string, unknown>>)['applicant.name']?.maxLength).toBe(
      50,
    );
  });
});

describe('validateForm', () => {
  it('accepts valid data', () => {
    expect(validateForm(FORM, VALID, { now: NOW })).toEqual([]);
  });

  it.each<[string, FormData, string, string, string]>([
    ['missing required', { 'applicant.name': undefined }, 'applicant.name', 'required', '请填写申请人姓名'],
    ['blank counts as missing', { 'applicant.name': '  ' }, 'applicant.name', 'required', '请填写申请人姓名'],
    [
      'too long (override)',
      { 'applicant.name': '张'.repeat(21) },
      'applicant.name',
      'length',
      '申请人姓名不能超过 20 个字',
    ],
    ['wrong type', { 'applicant.name': 42 }, 'applicant.name', 'type', '申请人姓名应为文字'],
    [
      'ID check digit',
      { 'applicant.idNumber': '110105194912310021' },
      'applicant.idNumber',
      'idNumber',
      '申请人身份证号码：身份证号码校验位不正确，请核对后重新输入',
    ],
    [
      'ID length',
      { 'applicant.idNumber': '1101051949' },
      'applicant.idNumber',
      'idNumber',
      '申请人身份证号码：身份证号码应为 18 位',
    ],
    [
      'mobile prefix',
      { 'applicant.mobile': '12800138000' },
      'applicant.mobile',
      'mobile',
      '申请人手机号码应为以 13–19 开头的 11 位手机号码',
    ],
    [
      'mobile length',
      { 'applicant.mobile': '1380013800' },
      'applicant.mobile',
      'mobile',
      '申请人手机号码应为以 13–19 开头的 11 位手机号码',
    ],
    [
      'credit code check digit',
      { 'enterprise.creditCode': '91350100M000100Y44' },
      'enterprise.creditCode',
      'creditCode',
      '统一社会信用代码：统一社会信用代码校验位不正确，请核对后重新输入',
    ],
    [
      'region code',
      { 'applicant.householdRegion': '000102000000' },
      'applicant.householdRegion',
      'regionCode',
      '申请人户籍所在地应为有效的 12 位行政区划代码',
    ],
    [
      'impossible date',
      { 'applicant.birthDate': '2023-02-29' },
      'applicant.birthDate',
      'date',
      '申请人出生日期应为有效日期，格式为 YYYY-MM-DD',
    ],
    [
      'enum outside element',
      { 'applicant.gender': 'M' },
      'applicant.gender',
      'enum',
      '申请人性别应为以下之一：男、女',
    ],
    [
      'enum outside override',
      { 'enterprise.type': 'partnership' },
      'enterprise.type',
      'enum',
      '企业类型应为以下之一：有限责任公司、股份有限公司',
    ],
    [
      'integer',
      { 'project.investmentFen': 100.5 },
      'project.investmentFen',
      'type',
      '项目总投资（分）应为整数',
    ],
    [
      'below minimum',
      { 'project.investmentFen': 99 },
      'project.investmentFen',
      'range',
      '项目总投资（分）不能小于 100',
    ],
    [
      'above maximum',
      { 'project.landAreaSquareMetres': 5000.5 },
      'project.landAreaSquareMetres',
      'range',
      '用地面积（平方米）不能大于 5000',
    ],
    [
      'number type',
      { 'project.landAreaSquareMetres': '12' },
      'project.landAreaSquareMetres',
      'type',
      '用地面积（平方米）应为数字',
    ],
    [
      'boolean type',
      { 'agent.authorisation': 'yes' },
      'agent.authorisation',
      'type',
      '已取得申请人书面授权委托应为“是”或“否”',
    ],
    ['pattern', { 'utility.accountNumber': '12' }, 'utility.accountNumber', 'pattern', '户号格式不正确'],
    [
      'unknown key',
      { 'applicant.nickname': '小张' },
      'applicant.nickname',
      'unknown',
      '本表单不包含“applicant.nickname”，请勿提交该项',
    ],
  ])('%s', (_, patch, field, rule, message) => {
    expect(validateForm(FORM, { ...VALID, ...patch }, { now: NOW })).toEqual([{ field, rule, message }]);
  });

  it.each([
    ['lowercase x', '11010519491231002x'],
    ['full-width digits', '１１０１０５１９４９１２３１００２Ｘ'],
  ])('accepts an ID number with %s', (_, idNumber) => {
    expect(validateForm(FORM, { ...VALID, 'applicant.idNumber': idNumber }, { now: NOW })).toEqual([]);
  });

  it('accepts valid formats and optional fields', () => {
    const data = {
      ...VALID,
      'applicant.householdRegion': '150102000000',
      'enterprise.creditCode': VALID_CREDIT,
      'applicant.birthDate': '1949-12-31',
      'applicant.gender': '1',
      'enterprise.type': 'joint_stock',
      'project.investmentFen': 100,
      'project.landAreaSquareMetres': 5000,
      'agent.authorisation': false,
      'utility.accountNumber': '0471-123456',
      'applicant.mobile': '19912345678',
    };
    expect(validateForm(FORM, data, { now: NOW })).toEqual([]);
  });

  it('lists every failing field, not just the first, in form order', () => {
    const errors = validateForm(
      FORM,
      { 'applicant.idNumber': '110105194912310021', 'applicant.mobile': '123', 'enterprise.creditCode': 'X' },
      { now: NOW },
    );
    expect(errors.map((e) => [e.field, e.rule])).toEqual([
      ['applicant.name', 'required'],
      ['applicant.idNumber', 'idNumber'],
      ['applicant.mobile', 'mobile'],
      ['enterprise.creditCode', 'creditCode'],
      ['marriage.status', 'required'],
    ]);
  });

  it.each<[string, FormData, [string, string][]]>([
    [
      'condition holds: conditional required field missing',
      { 'marriage.status': '20' },
      [['spouse.idNumber', 'required']],
    ],
    [
      'condition holds: value checked',
      { 'marriage.status': '20', 'spouse.idNumber': '110105194912310021' },
      [['spouse.idNumber', 'idNumber']],
    ],
    [
      'condition holds: filled',
      { 'marriage.status': '20', 'spouse.idNumber': VALID_ID, 'marriage.registrationDate': '2020-05-20' },
      [],
    ],
    ['condition fails: not required', { 'marriage.status': '10' }, []],
    [
      'condition fails: a value is refused',
      { 'marriage.status': '10', 'spouse.idNumber': VALID_ID },
      [['spouse.idNumber', 'unknown']],
    ],
  ])('%s', (_, patch, expected) => {
    const errors = validateForm(FORM, { ...VALID, ...patch }, { now: NOW });
    expect(errors.map((e) => [e.field, e.rule])).toEqual(expected);
  });

  it('names the condition when refusing a value outside it', () => {
    const errors = validateForm(FORM, { ...VALID, 'spouse.idNumber': VALID_ID }, { now: NOW });
    expect(errors[0]?.message).toBe('配偶身份证号码仅在婚姻状况为“已婚”时填写');
  });

  it('refuses an ID number whose birth date lies in the future of the injected clock', () => {
    const errors = validateForm(FORM, { ...VALID }, { now: new Date('1949-12-30T00:00:00+08:00') });
    expect(errors.map((e) => e.rule)).toEqual(['idNumber']);
  });
});
