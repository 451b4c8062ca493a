// Test data: a complete, publishable guide for 食品经营许可（新办） at a 盟市 政务服务中心, which every
// check accepts. Tests start from it and break one thing. Not imported by production code.
import type { Guide, Material } from '@msb/contracts';
import type { ScoreEntry } from './scorecard-types.ts';

const BLANK_FORM = 'ff71cf74abb3ccb005b8b64371725db15edc42c1ad33413bbe561b2da3c85ef9';
const SAMPLE_FORM = 'af2bdbe1aa9b6ec1e2ade1d694f41fc71a831d0268e9891562113d8a62add1bf';
const RESULT_SAMPLE = 'f6a214f7a5fcda0c2cee9660b7fc29f5649e3c68aad48e20e950137c98913a68';

/** A paper material the applicant brings: one original. */
export function buildMaterial(overrides: Partial<Material> = {}): Material {
  return {
    id: 'material',
    name: '食品安全管理制度文本',
    requirement: 'required',
    source: 'applicant',
    issuer: '申请人',
    originals: 1,
    copies: 0,
    certifiedCopies: 0,
    media: 'paper',
    isForm: false,
    allowMissing: false,
    commitmentAllowed: false,
    ...overrides,
  };
}

function buildMaterials(): Material[] {
  return [
    buildMaterial({
      id: 'application',
      name: '食品经营许可申请书',
      issuer: '申请人',
      media: 'both',
      isForm: true,
      blankForm: BLANK_FORM,
      sampleForm: SAMPLE_FORM,
      requirements: '法定代表人（负责人）签字并加盖公章',
      basis: '《食品经营许可和备案管理办法》',
    }),
    buildMaterial({
      id: 'business-licence',
      name: '营业执照',
      source: 'government',
      issuer: '市场监督管理部门',
      originals: 0,
      media: 'electronic',
      licenceType: '营业执照',
    }),
    buildMaterial({
      id: 'layout',
      name: '经营场所平面布局图及设备布局、工艺流程图',
      requirements: '标明面积、功能分区，申请人签字确认',
    }),
    buildMaterial({ id: 'safety-rules', name: '食品安全管理制度文本', allowMissing: true }),
    buildMaterial({
      id: 'agent-papers',
      name: '授权委托书及委托代理人身份证复印件',
      requirement: 'conditional',
      whenOptions: ['by-agent'],
      condition: '委托他人办理的提交',
      issuer: '申请人（授权委托书）；公安机关（居民身份证）',
      originals: 1,
      copies: 1,
    }),
  ];
}

/** The complete guide; `overrides` replace whole top-level elements. */
export function buildGuide(overrides: Partial<Guide> = {}): Guide {
  return {
    name: '食品经营许可（新办）',
    baseCode: '000117005000',
    itemType: 'licensing',
    businessKind: 'new',
    basis: '《中华人民共和国食品安全法》；《食品经营许可和备案管理办法》',
    conditions:
      '（一）具有与经营的食品品种、数量相适应的食品原料处理和食品加工、销售、贮存场所；（二）具有与经营的食品品种、数量相适应的经营设备或者设施；（三）有专职或者兼职的食品安全管理人员和保证食品安全的规章制度；（四）具有合理的设备布局和工艺流程。',
    legalLimit: { amount: 20, unit: 'workday' },
    promisedLimit: { amount: 10, unit: 'workday' },
    instant: false,
    acceptOnReceipt: false,
    location: {
      address: '内蒙古自治区呼伦贝尔市海拉尔区示例大街',
      doorNumber: '1号',
      room: '呼伦贝尔市政务服务中心一楼A区',
      window: '12号窗口',
    },
    hours: [
      { days: [1, 2, 3, 4, 5], start: '09:00', end: '12:00' },
      { days: [1, 2, 3, 4, 5], start: '13:30', end: '17:30' },
    ],
    hoursNote: '法定节假日除外',
    consultPhone: '0470-0000123',
    complaintPhone: '12345',
    materials: buildMaterials(),
    situations: [
      {
        id: 'who-applies',
        question: '由谁到窗口或在网上提交申请？',
        multiple: false,
        options: [
          { id: 'in-person', label: '法定代表人（负责人）本人' },
          { id: 'by-agent', label: '委托代理人' },
        ],
      },
    ],
    steps: [
      {
        name: '受理',
        handlerRole: '综合窗口受理人员',
        limit: { amount: 1, unit: 'workday' },
        standard: '申请材料齐全、符合法定形式',
        result: '出具受理通知书或一次性告知补正材料通知书',
        applicantAttends: false,
      },
      {
        name: '审查',
        handlerRole: '市场监督管理局食品经营许可审查人员',
        limit: { amount: 6, unit: 'workday' },
        standard: '对申请材料进行审查，必要时按规定进行现场核查',
        result: '提出审查意见',
        applicantAttends: false,
      },
      {
        name: '决定',
        handlerRole: '市场监督管理局分管负责人',
        limit: { amount: 2, unit: 'workday' },
        standard: '符合《食品经营许可和备案管理办法》规定的许可条件',
        result: '作出准予许可或不予许可的决定',
        applicantAttends: false,
      },
      {
        name: '制证送达',
        handlerRole: '出件窗口工作人员',
        limit: { amount: 1, unit: 'workday' },
        standard: '许可证信息与许可决定一致',
        result: '颁发食品经营许可证，邮寄送达或网上下载电子证照',
        applicantAttends: false,
      },
    ],
    fees: { free: true, items: [] },
    visits: 0,
    maturity: 'IV',
    channels: ['web', 'mobile', 'window'],
    specialProcedures: [],
    intermediaries: [],
    result: { name: '食品经营许可证', kind: 'licence', sample: RESULT_SAMPLE },
    delivery: ['window', 'post', 'download'],
    crossRegion: 'full_online',
    audience: ['legal_person'],
    themes: ['开办餐饮店'],
    windowCategory: 'business',
    faqs: [{ question: '食品经营许可证有效期是多久？', answer: '食品经营许可证有效期为5年。' }],
    keywords: ['食品经营', '餐饮', '超市'],
    ...overrides,
  };
}

/** One catalogue entry for the scorecard: a published implementation of the guide. */
export function buildEntry(overrides: Partial<ScoreEntry> = {}): ScoreEntry {
  return {
    implementationId: 'impl-1',
    name: '食品经营许可（新办）',
    orgId: 'org-scjg',
    orgName: '呼伦贝尔市市场监督管理局',
    regionCode: '150700',
    published: true,
    guide: buildGuide(),
    ...overrides,
  };
}

/** A value outside its type, for tests of what the checks do with data that bypassed the schema. */
export const invalid = <T>(value: unknown): T => value as T;
