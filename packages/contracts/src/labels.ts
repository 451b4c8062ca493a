// Chinese labels for every element of a service guide (packages/contracts/src/guide.ts) and for its enum
// values, so findings, diffs and exports speak the words of the notices: seed 002 附件 指标12–24 names
// 法定办结时限、承诺办结时限、办理地点、办理时间、咨询方式、材料来源或出具单位 ….
import type {
  AUDIENCES,
  BUSINESS_KINDS,
  CHANNELS,
  CROSS_REGION_MODES,
  DELIVERY_METHODS,
  Guide,
  ItemType,
  LimitUnit,
  MATERIAL_MEDIA,
  MATERIAL_REQUIREMENTS,
  MATERIAL_SOURCES,
  MaturityLevel,
  MISSING_MATERIAL_EXPIRY_ACTIONS,
  MISSING_MATERIAL_HOLDS,
  RESULT_KINDS,
  TimeLimit,
  WINDOW_CATEGORIES,
} from './guide.ts';

type Labels<T extends readonly string[]> = Record<T[number], string>;

/**
 * Labels of an enum. Guide enum fields are typed `string` (typebox's Enum), so lookups take any string;
 * `satisfies` below still makes each table cover every value of its contract list.
 */
export type EnumLabels = Readonly<Record<string, string>>;

/** The label of an enum value, or the value itself when it has none. */
export function labelOf(labels: EnumLabels, value: string): string {
  return labels[value] ?? value;
}

/** Labels by path pattern; `[]` stands for any array position. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  name: '事项名称',
  baseCode: '事项编码',
  itemType: '事项类型',
  businessKind: '业务办理项类型',
  basis: '设定和实施依据',
  conditions: '受理条件',
  legalLimit: '法定办结时限',
  'legalLimit.amount': '法定办结时限·时长',
  'legalLimit.unit': '法定办结时限·计算单位（工作日/自然日）',
  promisedLimit: '承诺办结时限',
  'promisedLimit.amount': '承诺办结时限·时长',
  'promisedLimit.unit': '承诺办结时限·计算单位（工作日/自然日）',
  instant: '办件类型（即办件/承诺件）',
  acceptOnReceipt: '收件即受理',
  location: '办理地点',
  'location.address': '街道名称',
  'location.doorNumber': '门牌号',
  'location.room': '房间号',
  'location.window': '窗口号',
  hours: '办理时间',
  'hours[].days': '星期',
  'hours[].start': '开始时间',
  'hours[].end': '结束时间',
  hoursNote: '办理时间说明',
  consultPhone: '咨询电话',
  complaintPhone: '监督投诉电话',
  materials: '申请材料',
  'materials[].id': '材料标识',
  'materials[].name': '材料名称',
  'materials[].requirement': '材料必要性',
  'materials[].whenOptions': '适用情形',
  'materials[].condition': '提交情形说明',
  'materials[].source': '材料来源渠道',
  'materials[].issuer': '材料来源或出具单位',
  'materials[].originals': '原件份数',
  'materials[].copies': '复印件份数',
  'materials[].certifiedCopies': '核验件份数',
  'materials[].media': '材料形式（纸质/电子）',
  'materials[].isForm': '是否需填写的表格',
  'materials[].blankForm': '空白表格',
  'materials[].sampleForm': '示范样表',
  'materials[].allowMissing': '可容缺受理',
  'materials[].commitmentAllowed': '可告知承诺',
  'materials[].licenceType': '可替代的电子证照',
  'materials[].requirements': '格式、签名、签章要求',
  'materials[].basis': '材料依据',
  situations: '办理情形',
  'situations[].id': '情形标识',
  'situations[].question': '情形问题',
  'situations[].multiple': '可多选',
  'situations[].options': '选项',
  'situations[].options[].id': '选项标识',
  'situations[].options[].label': '选项名称',
  steps: '办理流程',
  'steps[].name': '环节名称',
  'steps[].handlerRole': '办理人员（岗位）',
  'steps[].limit': '环节办理时限',
  'steps[].limit.amount': '环节办理时限·时长',
  'steps[].limit.unit': '环节办理时限·计算单位',
  'steps[].standard': '审查标准',
  'steps[].result': '环节办理结果',
  'steps[].applicantAttends': '申请人是否到场',
  'steps[].waitMinutes': '等候时长（分钟）',
  'steps[].counterMinutes': '窗口办理时长（分钟）',
  fees: '收费',
  'fees.free': '是否收费',
  'fees.items': '收费项目',
  'fees.items[].name': '收费项目名称',
  'fees.items[].basis': '收费依据',
  'fees.items[].amountFen': '收费金额（分）',
  'fees.items[].rateBasisPoints': '收费费率（万分之）',
  'fees.items[].rateOf': '费率计算基数',
  visits: '到办事现场次数',
  maturity: '网上办理深度',
  channels: '办理渠道',
  specialProcedures: '特殊环节（特别程序）',
  'specialProcedures[].name': '特殊环节名称',
  'specialProcedures[].maxDuration': '特殊环节所需时限',
  'specialProcedures[].maxDuration.amount': '特殊环节所需时限·时长',
  'specialProcedures[].maxDuration.unit': '特殊环节所需时限·计算单位',
  'specialProcedures[].basis': '特殊环节设定依据',
  intermediaries: '中介服务',
  'intermediaries[].name': '中介服务名称',
  'intermediaries[].basis': '中介服务设定依据',
  result: '办理结果',
  'result.name': '审批结果名称',
  'result.kind': '审批结果类型',
  'result.sample': '审批结果样本',
  delivery: '结果送达方式',
  crossRegion: '跨域通办方式',
  audience: '服务对象',
  themes: '主题分类',
  windowCategory: '窗口类别',
  faqs: '常见问题',
  'faqs[].question': '问题',
  'faqs[].answer': '解答',
  keywords: '关键词',
  applicationForm: '申请表',
  'applicationForm.fields': '申请表字段',
  'applicationForm.fields[].key': '数据元',
  'applicationForm.fields[].required': '是否必填',
  'applicationForm.fields[].when': '填写条件',
  'applicationForm.fields[].when.key': '条件数据元',
  'applicationForm.fields[].when.equals': '条件取值',
  'applicationForm.fields[].overrides': '收紧的校验规则',
  'applicationForm.fields[].overrides.maxLength': '最大长度',
  'applicationForm.fields[].overrides.minimum': '最小值',
  'applicationForm.fields[].overrides.maximum': '最大值',
  'applicationForm.fields[].overrides.enum': '可选值',
  missingMaterialRules: '容缺受理规则',
  'missingMaterialRules.dueWorkdays': '容缺材料补交期限（工作日）',
  'missingMaterialRules.holdUntil': '容缺材料未补齐时暂缓',
  'missingMaterialRules.onExpiry': '逾期未补交的处理',
  'missingMaterialRules.excludeBadCredit': '有失信记录的申请人不适用容缺',
  commitment: '告知承诺',
  'commitment.text': '承诺书内容',
  'commitment.verifyWithinWorkdays': '事后核查期限（工作日）',
  'commitment.excludeBrokenCommitment': '曾违背承诺的申请人不适用告知承诺',
};

export const ITEM_TYPE_LABELS: EnumLabels = {
  licensing: '行政许可',
  benefit: '行政给付',
  confirmation: '行政确认',
  reward: '行政奖励',
  adjudication: '行政裁决',
  other_power: '其他行政权力',
  public_service: '公共服务',
  filing: '行政备案',
} satisfies Record<ItemType, string>;

export const LIMIT_UNIT_LABELS: EnumLabels = { workday: '工作日', natural: '自然日' } satisfies Record<
  LimitUnit,
  string
>;

export const BUSINESS_KIND_LABELS: EnumLabels = {
  new: '新设',
  change: '变更',
  renew: '延续',
  cancel: '注销',
} satisfies Labels<typeof BUSINESS_KINDS>;

// seed 002 附件 指标3–6: 信息发布(I级)、材料预审(II级)、材料核验(III级)、全程网办(IV级)
export const MATURITY_LABELS: EnumLabels = {
  I: 'I级 信息发布',
  II: 'II级 材料预审',
  III: 'III级 材料核验',
  IV: 'IV级 全程网办',
} satisfies Record<MaturityLevel, string>;

export const CHANNEL_LABELS: EnumLabels = {
  window: '窗口办理',
  web: '网上办理（政务服务网）',
  mobile: '掌上办理（蒙速办）',
  kiosk: '自助终端办理',
  post: '邮寄申请',
} satisfies Labels<typeof CHANNELS>;

export const AUDIENCE_LABELS: EnumLabels = { person: '个人', legal_person: '法人' } satisfies Labels<
  typeof AUDIENCES
>;

// seed 003: 投资项目、商事登记、社会民生三类综合窗口, plus 专业窗口 for what stays with a department
export const WINDOW_CATEGORY_LABELS: EnumLabels = {
  investment: '投资项目',
  business: '商事登记',
  livelihood: '社会民生',
  professional: '专业',
} satisfies Labels<typeof WINDOW_CATEGORIES>;

export const DELIVERY_LABELS: EnumLabels = {
  window: '窗口领取',
  post: '邮政寄递',
  download: '网上下载（电子证照）',
} satisfies Labels<typeof DELIVERY_METHODS>;

// 国办发〔2020〕35号: 全程网办、异地代收代办、多地联办
export const CROSS_REGION_LABELS: EnumLabels = {
  none: '不适用',
  full_online: '全程网办',
  remote_proxy: '异地代收代办',
  multi_place: '多地联办',
} satisfies Labels<typeof CROSS_REGION_MODES>;

export const MATERIAL_REQUIREMENT_LABELS: EnumLabels = {
  required: '必要',
  conditional: '按情形提交',
  optional: '非必要',
} satisfies Labels<typeof MATERIAL_REQUIREMENTS>;

export const MATERIAL_SOURCE_LABELS: EnumLabels = {
  applicant: '申请人自备',
  government: '政府部门核发',
  intermediary: '中介机构出具',
  other: '其他',
} satisfies Labels<typeof MATERIAL_SOURCES>;

// seed 002 附件 指标20: 材料形式：纸质、电子、纸质和电子
export const MATERIAL_MEDIA_LABELS: EnumLabels = {
  paper: '纸质',
  electronic: '电子',
  both: '纸质和电子',
} satisfies Labels<typeof MATERIAL_MEDIA>;

export const RESULT_KIND_LABELS: EnumLabels = {
  licence: '证照',
  certificate: '证明',
  approval_document: '批准文书',
  filing_receipt: '备案凭证',
  other: '其他',
} satisfies Labels<typeof RESULT_KINDS>;

export const MISSING_MATERIAL_HOLD_LABELS: EnumLabels = {
  decision: '补齐前不作出决定',
  result: '可作出决定，补齐前不出具结果',
} satisfies Labels<typeof MISSING_MATERIAL_HOLDS>;

export const MISSING_MATERIAL_EXPIRY_LABELS: EnumLabels = {
  suspend: '中止办理（办理时限暂停计算）',
  terminate: '终止办理',
} satisfies Labels<typeof MISSING_MATERIAL_EXPIRY_ACTIONS>;

export const WEEKDAY_LABELS: Readonly<Record<number, string>> = {
  1: '星期一',
  2: '星期二',
  3: '星期三',
  4: '星期四',
  5: '星期五',
  6: '星期六',
  7: '星期日',
};

/** "20个工作日"; 0 reads as 当场办结. */
export function formatTimeLimit(limit: TimeLimit): string {
  if (limit.amount === 0) return '当场办结';
  return `${limit.amount}个${labelOf(LIMIT_UNIT_LABELS, limit.unit)}`;
}

const INDEX = /^\d+$/u;

/** The name, question or label of an array element, when it has one. */
function nameOf(element: unknown): string | undefined {
  if (typeof element !== 'object' || element === null) return undefined;
  for (const key of ['name', 'question', 'label']) {
    const value: unknown = Reflect.get(element, key);
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return undefined;
}

function child(node: unknown, segment: string): unknown {
  if (typeof node !== 'object' || node === null) return undefined;
  return Reflect.get(node, segment);
}

/**
 * Turns a dotted Guide path into Chinese: `materials.2.issuer` → `申请材料第3项·材料来源或出具单位`, or with
 * the guide → `申请材料第3项「营业执照」·材料来源或出具单位`. Unknown segments are kept as they are.
 */
export function labelPath(path: string, guide?: Guide): string {
  const segments = path.split('.').filter((segment) => segment !== '');
  const parts: string[] = [];
  let pattern = '';
  let node: unknown = guide;
  segments.forEach((segment, position) => {
    node = child(node, segment);
    if (INDEX.test(segment)) {
      const name = nameOf(node);
      const last = parts.pop() ?? '';
      parts.push(`${last}第${Number(segment) + 1}项${name === undefined ? '' : `「${name}」`}`);
      pattern = `${pattern}[]`;
      return;
    }
    pattern = pattern === '' ? segment : `${pattern}.${segment}`;
    const label = FIELD_LABELS[pattern] ?? segment;
    const parentLabel = position > 0 ? labelOfParent(pattern) : undefined;
    parts.push(
      parentLabel !== undefined && label.startsWith(`${parentLabel}·`)
        ? label.slice(parentLabel.length + 1)
        : label,
    );
  });
  return parts.join('·');
}

/** The label of the object a pattern sits in (`legalLimit.unit` → 法定办结时限). */
function labelOfParent(pattern: string): string | undefined {
  const cut = pattern.lastIndexOf('.');
  if (cut < 0) return undefined;
  return FIELD_LABELS[pattern.slice(0, cut).replace(/\[\]$/u, '')];
}
