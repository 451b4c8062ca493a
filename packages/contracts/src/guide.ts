// The service guide (办事指南) of one implementation version: every element that
// seed 002 附件1 (indicators 12–24) and domain-facts §3.3 name. A published version
// stores one Guide document and never changes (seed 002 一网办(六): 事项库 "数据同源").
import Type, { type Static, type TSchema } from 'typebox';

const Text = (options: Record<string, unknown> = {}) => Type.String({ maxLength: 4000, ...options });
const Name = (options: Record<string, unknown> = {}) =>
  Type.String({ minLength: 1, maxLength: 200, ...options });
const Opt = <T extends TSchema>(schema: T) => Type.Optional(schema);

/** 事项类型 (国发〔2022〕5号; codes in domain-facts §3.1, 行政备案's code is a setting). */
export const ITEM_TYPES = [
  'licensing', // 行政许可 01
  'benefit', // 行政给付 05
  'confirmation', // 行政确认 07
  'reward', // 行政奖励 08
  'adjudication', // 行政裁决 09
  'other_power', // 其他行政权力 10
  'public_service', // 公共服务 20
  'filing', // 行政备案 (code NOT CONFIRMED)
] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

/**
 * Type codes used by national platform integrations (domain-facts §3.1, SECONDARY). 行政备案 has no confirmed
 * code, so it comes from the setting ITEM_TYPE_CODE_FILING (config.ts) and is null until an administrator sets it.
 */
export const ITEM_TYPE_CODES: Record<Exclude<ItemType, 'filing'>, string> = {
  licensing: '01',
  benefit: '05',
  confirmation: '07',
  reward: '08',
  adjudication: '09',
  other_power: '10',
  public_service: '20',
};

export const LIMIT_UNITS = ['workday', 'natural'] as const;
export type LimitUnit = (typeof LIMIT_UNITS)[number];
export const TimeLimit = Type.Object({
  amount: Type.Integer({ minimum: 0, maximum: 3650 }),
  unit: Type.Enum(LIMIT_UNITS),
});
export type TimeLimit = Static<typeof TimeLimit>;

export const BUSINESS_KINDS = ['new', 'change', 'renew', 'cancel'] as const; // 新设、变更、延续、注销
export const MATURITY_LEVELS = ['I', 'II', 'III', 'IV'] as const;
export type MaturityLevel = (typeof MATURITY_LEVELS)[number];
export const CHANNELS = ['window', 'web', 'mobile', 'kiosk', 'post'] as const;
export const AUDIENCES = ['person', 'legal_person'] as const;
export const WINDOW_CATEGORIES = ['investment', 'business', 'livelihood', 'professional'] as const;
export const DELIVERY_METHODS = ['window', 'post', 'download'] as const;
export const CROSS_REGION_MODES = ['none', 'full_online', 'remote_proxy', 'multi_place'] as const;
export const MATERIAL_REQUIREMENTS = ['required', 'conditional', 'optional'] as const;
export const MATERIAL_SOURCES = ['applicant', 'government', 'intermediary', 'other'] as const;
export const MATERIAL_MEDIA = ['paper', 'electronic', 'both'] as const;
export const RESULT_KINDS = [
  'licence',
  'certificate',
  'approval_document',
  'filing_receipt',
  'other',
] as const;

export const OpeningHours = Type.Object({
  // 1 = 星期一 … 7 = 星期日
  days: Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), { minItems: 1, maxItems: 7 }),
  start: Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' }),
  end: Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' }),
});
export type OpeningHours = Static<typeof OpeningHours>;

export const Location = Type.Object({
  address: Text(), // 街道名称 (with the city and county)
  doorNumber: Text(), // 门牌号
  room: Text(), // 房间号
  window: Text(), // 窗口号
});

export const Material = Type.Object({
  id: Name({ pattern: '^[a-z0-9][a-z0-9_-]*$', maxLength: 60 }),
  name: Name(),
  requirement: Type.Enum(MATERIAL_REQUIREMENTS),
  /** for conditional materials: the situation options that make it apply */
  whenOptions: Opt(Type.Array(Name({ maxLength: 60 }))),
  condition: Opt(Text()),
  source: Type.Enum(MATERIAL_SOURCES),
  issuer: Text(), // 来源或出具单位
  originals: Type.Integer({ minimum: 0, maximum: 99 }),
  copies: Type.Integer({ minimum: 0, maximum: 99 }),
  certifiedCopies: Type.Integer({ minimum: 0, maximum: 99 }),
  media: Type.Enum(MATERIAL_MEDIA),
  isForm: Type.Boolean(), // 需要申请人填写的表格
  blankForm: Opt(Type.String({ pattern: '^[0-9a-f]{64}$' })), // file sha256
  sampleForm: Opt(Type.String({ pattern: '^[0-9a-f]{64}$' })),
  allowMissing: Type.Boolean(), // 容缺
  commitmentAllowed: Type.Boolean(), // 告知承诺
  licenceType: Opt(Text()), // e-licence type that can replace it (免证办)
  requirements: Opt(Text()), // 格式、签名、签章 (seed 003 三(一)5 材料标准化手册)
  basis: Opt(Text()),
});
export type Material = Static<typeof Material>;

export const SituationOption = Type.Object({ id: Name({ maxLength: 60 }), label: Name() });
export const Situation = Type.Object({
  id: Name({ maxLength: 60 }),
  question: Name({ maxLength: 300 }),
  multiple: Type.Boolean(),
  options: Type.Array(SituationOption, { minItems: 2, maxItems: 20 }),
});
export type Situation = Static<typeof Situation>;

export const ProcessStep = Type.Object({
  name: Name(),
  handlerRole: Text(), // 办理人员/岗位
  limit: TimeLimit,
  standard: Text(), // 审查标准
  result: Text(), // 办理结果
  applicantAttends: Type.Boolean(),
  waitMinutes: Opt(Type.Integer({ minimum: 0, maximum: 600 })),
  counterMinutes: Opt(Type.Integer({ minimum: 0, maximum: 600 })),
});
export type ProcessStep = Static<typeof ProcessStep>;

export const FeeItem = Type.Object({
  name: Name(),
  basis: Text(),
  /** fixed amount in fen, or a rate of a declared amount in basis points (万分之) */
  amountFen: Opt(Type.Integer({ minimum: 0 })),
  rateBasisPoints: Opt(Type.Integer({ minimum: 0, maximum: 10000 })),
  rateOf: Opt(Text()),
});
export const Fees = Type.Object({
  free: Type.Boolean(), // 不收费
  items: Type.Array(FeeItem, { maxItems: 30 }),
});

export const SpecialProcedure = Type.Object({
  // 行政许可法 第四十五条: 不计算在期限内; seed 001: 特别程序清单管理
  name: Name(),
  maxDuration: TimeLimit,
  basis: Text(),
});
export const Intermediary = Type.Object({ name: Name(), basis: Text() });
export const Faq = Type.Object({ question: Name({ maxLength: 300 }), answer: Text() });

/**
 * The item's application form: data-element keys (the forms registry of the API, e.g. `applicant.name`) with
 * required flags, conditions and tightened rules. The API turns it into the JSON Schema the web renders and the
 * server validates with; a guide without one asks the applicant's basic facts for its audience.
 */
export const ApplicationFormField = Type.Object({
  key: Name({ maxLength: 80, pattern: '^[a-z][A-Za-z]*(\\.[a-z][A-Za-z]*)+$' }),
  required: Type.Boolean(),
  when: Opt(
    Type.Object({
      key: Name({ maxLength: 80 }),
      equals: Type.Union([Type.String({ maxLength: 200 }), Type.Number(), Type.Boolean()]),
    }),
  ),
  overrides: Opt(
    Type.Object({
      maxLength: Opt(Type.Integer({ minimum: 1 })),
      minimum: Opt(Type.Number()),
      maximum: Opt(Type.Number()),
      enum: Opt(Type.Array(Type.String({ maxLength: 60 }), { maxItems: 100 })),
    }),
  ),
});
export type ApplicationFormField = Static<typeof ApplicationFormField>;

/** 容缺受理 (seed 000 二(六)、seed 001: 梳理公布可容缺受理的材料): when the missing materials are due, what they
 * hold back, and what happens when they do not come. Optional: an item without it uses the platform's
 * settings (config.ts MISSING_MATERIAL_DUE_WORKDAYS) and the base rule (no decision before they
 * are supplied; suspend on expiry). Nothing here is law: each value is the item's own setting. */
export const MISSING_MATERIAL_HOLDS = ['decision', 'result'] as const;
export type MissingMaterialHold = (typeof MISSING_MATERIAL_HOLDS)[number];
export const MISSING_MATERIAL_EXPIRY_ACTIONS = ['suspend', 'terminate'] as const;
export type MissingMaterialExpiryAction = (typeof MISSING_MATERIAL_EXPIRY_ACTIONS)[number];
export const MissingMaterialRules = Type.Object({
  /** working days from acceptance to supply them; the clerk may set fewer, never more */
  dueWorkdays: Opt(Type.Integer({ minimum: 1, maximum: 60 })),
  /** 'decision': no decision until supplied; 'result': a decision may be made, the result is held back */
  holdUntil: Type.Enum(MISSING_MATERIAL_HOLDS),
  /** what an expired due date does: suspend the case (its clock stops) or terminate it */
  onExpiry: Type.Enum(MISSING_MATERIAL_EXPIRY_ACTIONS),
  /** applicants with a credit mark are not accepted with missing materials (seed 000: 根据申请人信用状况) */
  excludeBadCredit: Type.Boolean(),
});
export type MissingMaterialRules = Static<typeof MissingMaterialRules>;

/** 告知承诺 (seed 001: 明确承诺内容、法律责任、监管细则): the text the applicant signs and the 事后核查 that follows. */
export const Commitment = Type.Object({
  text: Type.String({ maxLength: 4000 }),
  /** working days after the decision within which the department verifies the commitment */
  verifyWithinWorkdays: Type.Integer({ minimum: 1, maximum: 250 }),
  /** applicants who broke a commitment before may not decide on a commitment again */
  excludeBrokenCommitment: Type.Boolean(),
});
export type Commitment = Static<typeof Commitment>;

export const Guide = Type.Object({
  name: Name(),
  baseCode: Name({ maxLength: 60 }),
  itemType: Type.Enum(ITEM_TYPES),
  businessKind: Opt(Type.Enum(BUSINESS_KINDS)),
  basis: Text(), // 设定依据 / 实施依据
  conditions: Text(), // 受理条件
  legalLimit: TimeLimit,
  promisedLimit: TimeLimit,
  instant: Type.Boolean(), // 即办件 (true) / 承诺件
  acceptOnReceipt: Type.Boolean(), // 收件即受理
  location: Location,
  hours: Type.Array(OpeningHours, { maxItems: 14 }),
  hoursNote: Opt(Text()),
  consultPhone: Text(),
  complaintPhone: Text(),
  materials: Type.Array(Material, { maxItems: 100 }),
  situations: Type.Array(Situation, { maxItems: 20 }),
  steps: Type.Array(ProcessStep, { maxItems: 30 }),
  fees: Fees,
  visits: Type.Integer({ minimum: 0, maximum: 2 }),
  maturity: Type.Enum(MATURITY_LEVELS),
  channels: Type.Array(Type.Enum(CHANNELS), { maxItems: 5 }),
  specialProcedures: Type.Array(SpecialProcedure, { maxItems: 20 }),
  intermediaries: Type.Array(Intermediary, { maxItems: 20 }),
  result: Type.Object({
    name: Text(),
    kind: Type.Enum(RESULT_KINDS),
    sample: Opt(Type.String({ pattern: '^[0-9a-f]{64}$' })),
  }),
  delivery: Type.Array(Type.Enum(DELIVERY_METHODS), { maxItems: 3 }),
  crossRegion: Type.Enum(CROSS_REGION_MODES),
  audience: Type.Array(Type.Enum(AUDIENCES), { minItems: 1, maxItems: 2 }),
  themes: Type.Array(Name({ maxLength: 40 }), { maxItems: 20 }),
  windowCategory: Type.Enum(WINDOW_CATEGORIES),
  faqs: Type.Array(Faq, { maxItems: 50 }),
  keywords: Type.Array(Name({ maxLength: 40 }), { maxItems: 30 }),
  applicationForm: Opt(Type.Object({ fields: Type.Array(ApplicationFormField, { maxItems: 100 }) })),
  missingMaterialRules: Opt(MissingMaterialRules),
  commitment: Opt(Commitment),
});
export type Guide = Static<typeof Guide>;
