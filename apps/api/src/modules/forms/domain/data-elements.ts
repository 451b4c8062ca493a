// 数据元 (data elements): the one registry of facts a form may ask. Every item's application form binds its
// fields to these keys, so prefill, validation and bundle merging speak of the same fact by the same name.
// Keys are stable identifiers stored in published forms and case data: add keys, never rename them.

export const DATA_ELEMENT_TYPES = ['string', 'integer', 'number', 'boolean', 'date', 'enum'] as const;
export type DataElementType = (typeof DATA_ELEMENT_TYPES)[number];

/** Checks beyond type and length; `idNumber`, `creditCode` and `regionCode` use the contracts checksums. */
export const DATA_ELEMENT_FORMATS = ['idNumber', 'creditCode', 'mobile', 'regionCode', 'date'] as const;
export type DataElementFormat = (typeof DATA_ELEMENT_FORMATS)[number];

export interface EnumOption {
  value: string;
  label: string;
}

export interface DataElement<K extends string = string> {
  key: K;
  /** shown to applicants and used in error messages */
  label: string;
  type: DataElementType;
  enum?: readonly EnumOption[];
  format?: DataElementFormat;
  /** in characters (code points), for strings */
  minLength?: number;
  maxLength?: number;
  /** inclusive, for integers and numbers */
  minimum?: number;
  maximum?: number;
  /** a regular expression source, matched against the whole value with the `u` flag */
  pattern?: string;
  /** personal data: presenters mask it, logs leave it out */
  personal?: boolean;
}

function element<const K extends string>(e: DataElement<K>): DataElement<K> {
  return e;
}

// GB/T 2261.1-2003 个人基本信息分类与代码 第1部分：人的性别代码 (0 未知 and 9 未说明 are not offered to applicants)
const GENDERS: readonly EnumOption[] = [
  { value: '1', label: '男' },
  { value: '2', label: '女' },
];

// GB/T 2261.2-2003 婚姻状况代码
const MARITAL_STATUSES: readonly EnumOption[] = [
  { value: '10', label: '未婚' },
  { value: '20', label: '已婚' },
  { value: '21', label: '初婚' },
  { value: '22', label: '再婚' },
  { value: '23', label: '复婚' },
  { value: '30', label: '丧偶' },
  { value: '40', label: '离婚' },
];

const ENTERPRISE_TYPES: readonly EnumOption[] = [
  { value: 'limited_liability', label: '有限责任公司' },
  { value: 'joint_stock', label: '股份有限公司' },
  { value: 'sole_proprietorship', label: '个人独资企业' },
  { value: 'partnership', label: '合伙企业' },
  { value: 'individual_business', label: '个体工商户' },
  { value: 'farmer_cooperative', label: '农民专业合作社' },
  { value: 'branch', label: '分支机构' },
];

const RETIREMENT_TYPES: readonly EnumOption[] = [
  { value: 'normal', label: '正常退休' },
  { value: 'special_work', label: '特殊工种提前退休' },
  { value: 'illness', label: '因病或非因工致残提前退休' },
  { value: 'flexible', label: '弹性提前退休' },
];

// who applies for a deceased person's affairs (身后一件事): the applicant's relation to the deceased
const RELATIONSHIPS_TO_DECEASED: readonly EnumOption[] = [
  { value: 'spouse', label: '配偶' },
  { value: 'child', label: '子女' },
  { value: 'parent', label: '父母' },
  { value: 'sibling', label: '兄弟姐妹' },
  { value: 'other', label: '其他亲属或有关人员' },
];

const UTILITY_KINDS: readonly EnumOption[] = [
  { value: 'water', label: '供水' },
  { value: 'electricity', label: '供电' },
  { value: 'gas', label: '供气' },
  { value: 'heating', label: '供热' },
];

// Names of people: minority names written in Han characters with "·" run long, so 50 rather than 20.
const PERSON_NAME = { type: 'string', minLength: 1, maxLength: 50, personal: true } as const;
const ID_NUMBER = { type: 'string', format: 'idNumber', personal: true } as const;
const MOBILE = { type: 'string', format: 'mobile', personal: true } as const;
const ADDRESS = { type: 'string', minLength: 1, maxLength: 200 } as const;
const DATE = { type: 'date', format: 'date' } as const;
// Money in integer fen (CONVENTIONS: Data); Number.MAX_SAFE_INTEGER fen is about 90 万亿元.
const FEN = { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER } as const;
// 户号: each utility numbers its own accounts, so a form that transfers several asks each one by its own key
const UTILITY_ACCOUNT = { type: 'string', pattern: '^[0-9A-Za-z-]{4,30}$' } as const;

const ELEMENTS = [
  // 申请人 (natural person)
  element({ key: 'applicant.name', label: '申请人姓名', ...PERSON_NAME }),
  element({ key: 'applicant.idNumber', label: '申请人身份证号码', ...ID_NUMBER }),
  element({ key: 'applicant.gender', label: '申请人性别', type: 'enum', enum: GENDERS, personal: true }),
  element({ key: 'applicant.birthDate', label: '申请人出生日期', ...DATE, personal: true }),
  element({ key: 'applicant.mobile', label: '申请人手机号码', ...MOBILE }),
  element({ key: 'applicant.address', label: '申请人现住址', ...ADDRESS, personal: true }),
  element({
    key: 'applicant.householdRegion',
    label: '申请人户籍所在地',
    type: 'string',
    format: 'regionCode',
  }),
  element({ key: 'applicant.postalCode', label: '申请人邮政编码', type: 'string', pattern: '^\\d{6}$' }),
  // 代理人 (someone acting for the applicant)
  element({ key: 'agent.name', label: '代理人姓名', ...PERSON_NAME }),
  element({ key: 'agent.idNumber', label: '代理人身份证号码', ...ID_NUMBER }),
  element({ key: 'agent.mobile', label: '代理人手机号码', ...MOBILE }),
  element({ key: 'agent.authorisation', label: '已取得申请人书面授权委托', type: 'boolean' }),
  // 企业 (legal person)
  element({ key: 'enterprise.name', label: '企业名称', type: 'string', minLength: 2, maxLength: 100 }),
  element({ key: 'enterprise.creditCode', label: '统一社会信用代码', type: 'string', format: 'creditCode' }),
  element({ key: 'enterprise.type', label: '企业类型', type: 'enum', enum: ENTERPRISE_TYPES }),
  element({ key: 'enterprise.legalRepresentative.name', label: '法定代表人姓名', ...PERSON_NAME }),
  element({ key: 'enterprise.legalRepresentative.idNumber', label: '法定代表人身份证号码', ...ID_NUMBER }),
  element({ key: 'enterprise.registeredAddress', label: '企业住所', ...ADDRESS }),
  element({
    key: 'enterprise.businessScope',
    label: '经营范围',
    type: 'string',
    minLength: 1,
    maxLength: 2000,
  }),
  element({ key: 'enterprise.registeredCapitalFen', label: '注册资本（分）', ...FEN }),
  element({ key: 'enterprise.contactMobile', label: '企业联系电话', ...MOBILE, personal: false }),
  // 投资项目
  element({ key: 'project.name', label: '项目名称', type: 'string', minLength: 2, maxLength: 200 }),
  // 投资项目统一代码: its structure is not among the reference facts, so only its length is checked
  element({ key: 'project.code', label: '投资项目统一代码', type: 'string', minLength: 6, maxLength: 40 }),
  element({ key: 'project.address', label: '项目建设地点', ...ADDRESS }),
  element({ key: 'project.region', label: '项目所在行政区划', type: 'string', format: 'regionCode' }),
  element({ key: 'project.investmentFen', label: '项目总投资（分）', ...FEN }),
  element({
    key: 'project.landAreaSquareMetres',
    label: '用地面积（平方米）',
    type: 'number',
    minimum: 0,
    maximum: 100_000_000,
  }),
  element({
    key: 'project.buildingAreaSquareMetres',
    label: '建筑面积（平方米）',
    type: 'number',
    minimum: 0,
    maximum: 100_000_000,
  }),
  element({ key: 'project.plannedStartDate', label: '计划开工日期', ...DATE }),
  // 子女 (birth registration, 出生一件事)
  element({ key: 'child.name', label: '子女姓名', ...PERSON_NAME }),
  element({ key: 'child.birthDate', label: '子女出生日期', ...DATE, personal: true }),
  element({ key: 'child.gender', label: '子女性别', type: 'enum', enum: GENDERS, personal: true }),
  // 出生医学证明编号: its shape is NOT CONFIRMED by the reference facts, so only its length is checked
  element({
    key: 'child.birthCertificateNumber',
    label: '出生医学证明编号',
    type: 'string',
    minLength: 6,
    maxLength: 20,
    personal: true,
  }),
  // 婚姻
  element({
    key: 'marriage.status',
    label: '婚姻状况',
    type: 'enum',
    enum: MARITAL_STATUSES,
    personal: true,
  }),
  element({ key: 'marriage.registrationDate', label: '结婚登记日期', ...DATE, personal: true }),
  element({ key: 'spouse.name', label: '配偶姓名', ...PERSON_NAME }),
  element({ key: 'spouse.idNumber', label: '配偶身份证号码', ...ID_NUMBER }),
  // 逝者 (公民身后一件事)
  element({ key: 'deceased.name', label: '逝者姓名', ...PERSON_NAME }),
  element({ key: 'deceased.idNumber', label: '逝者身份证号码', ...ID_NUMBER }),
  element({ key: 'deceased.deathDate', label: '死亡日期', ...DATE, personal: true }),
  element({
    key: 'deceased.relationship',
    label: '申请人与逝者的关系',
    type: 'enum',
    enum: RELATIONSHIPS_TO_DECEASED,
    personal: true,
  }),
  // 退休
  element({ key: 'retirement.type', label: '退休类型', type: 'enum', enum: RETIREMENT_TYPES }),
  element({ key: 'retirement.date', label: '退休日期', ...DATE }),
  element({
    key: 'retirement.contributionMonths',
    label: '基本养老保险累计缴费月数',
    type: 'integer',
    minimum: 0,
    maximum: 900,
  }),
  // 不动产
  element({
    key: 'property.certificateNumber',
    label: '不动产权证书号',
    type: 'string',
    minLength: 1,
    maxLength: 60,
  }),
  element({ key: 'property.address', label: '不动产坐落', ...ADDRESS }),
  element({
    key: 'property.areaSquareMetres',
    label: '不动产面积（平方米）',
    type: 'number',
    minimum: 0,
    maximum: 10_000_000,
  }),
  // 经营场所与户外招牌 (开办餐饮店一件事)
  element({ key: 'premises.address', label: '经营场所地址', ...ADDRESS }),
  element({
    key: 'premises.areaSquareMetres',
    label: '经营场所建筑面积（平方米）',
    type: 'number',
    minimum: 0,
    maximum: 10_000_000,
  }),
  element({ key: 'signboard.text', label: '招牌文字内容', type: 'string', minLength: 1, maxLength: 50 }),
  element({
    key: 'signboard.areaSquareMetres',
    label: '招牌面积（平方米）',
    type: 'number',
    minimum: 0,
    maximum: 1_000,
  }),
  // 水电气暖
  element({ key: 'utility.kind', label: '公用事业类别', type: 'enum', enum: UTILITY_KINDS }),
  element({ key: 'utility.accountNumber', label: '户号', ...UTILITY_ACCOUNT }),
  element({ key: 'utility.electricityAccountNumber', label: '用电户号', ...UTILITY_ACCOUNT }),
  element({ key: 'utility.waterAccountNumber', label: '用水户号', ...UTILITY_ACCOUNT }),
  element({ key: 'utility.gasAccountNumber', label: '用气户号', ...UTILITY_ACCOUNT }),
] as const;

export type DataElementKey = (typeof ELEMENTS)[number]['key'];

export const DATA_ELEMENTS: readonly DataElement<DataElementKey>[] = ELEMENTS;

const BY_KEY: ReadonlyMap<string, DataElement<DataElementKey>> = new Map(
  DATA_ELEMENTS.map((e) => [e.key, e]),
);

export function isDataElementKey(key: string): key is DataElementKey {
  return BY_KEY.has(key);
}

/** The registry entry for a key, or undefined for a key the registry does not know (e.g. from stored JSON). */
export function findDataElement(key: string): DataElement<DataElementKey> | undefined {
  return BY_KEY.get(key);
}
