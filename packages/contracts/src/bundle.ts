// 一件事一次办: a bundle definition (seed 000, seed 002 一次办; 国发〔2024〕3号, domain-facts §4). One version of
// a bundle stores one BundleDefinition and, once published, never changes; bundle cases point at it.
import Type, { type Static } from 'typebox';
import { Situation, TimeLimit } from './guide.ts';

const Name = (options: Record<string, unknown> = {}) =>
  Type.String({ minLength: 1, maxLength: 200, ...options });
const Text = (options: Record<string, unknown> = {}) => Type.String({ maxLength: 4000, ...options });
const Uuid = () => Type.String({ format: 'uuid' });
const Slug = () => Type.String({ minLength: 1, maxLength: 60, pattern: '^[a-z0-9][a-z0-9_-]*$' });

/** 企业和个人两个全生命周期 (国办发〔2025〕24号): the stage of life a bundle serves. */
export const PERSON_LIFE_STAGES = [
  'birth',
  'education',
  'employment',
  'marriage',
  'housing',
  'retirement',
  'after_death',
] as const;
export const ENTERPRISE_LIFE_STAGES = ['opening', 'permits', 'operation', 'change', 'closure'] as const;
export const LIFE_STAGES = [...PERSON_LIFE_STAGES, ...ENTERPRISE_LIFE_STAGES] as const;
export type LifeStage = (typeof LIFE_STAGES)[number];

export const LIFE_STAGE_LABELS: Record<LifeStage, string> = {
  birth: '出生',
  education: '入学',
  employment: '就业',
  marriage: '婚育',
  housing: '住房',
  retirement: '退休',
  after_death: '身后',
  opening: '开办',
  permits: '准营',
  operation: '经营',
  change: '变更',
  closure: '注销',
};

export const BUNDLE_AUDIENCES = ['person', 'enterprise'] as const;
export type BundleAudience = (typeof BUNDLE_AUDIENCES)[number];

/**
 * How the applicant receives the results (seed 000 二(六): 统一窗口出件, 现场或邮寄一次送达): all together at
 * the output window once the last member is done, each as it is issued, or all in one parcel by post.
 */
export const BUNDLE_OUTPUT_MODES = ['together', 'each', 'post'] as const;
export type BundleOutputMode = (typeof BUNDLE_OUTPUT_MODES)[number];
export const BUNDLE_OUTPUT_LABELS: Record<BundleOutputMode, string> = {
  together: '全部办结后在出件窗口一次领取',
  each: '逐项办结逐项领取或下载',
  post: '全部办结后一次邮寄送达',
};

export const BundleMember = Type.Object({
  /** stable within the bundle: answers, dependencies and member errors name it */
  key: Slug(),
  /** the catalogue implementation (实施清单) handled as this member */
  implementationId: Uuid(),
  /** the options of the bundle's questions that make it apply; none means it always applies */
  whenOptions: Type.Optional(Type.Array(Name({ maxLength: 60 }), { maxItems: 40 })),
  /** members whose approval this one needs before it can be handled (e.g. 食品经营许可 after 营业执照) */
  dependsOn: Type.Array(Slug(), { maxItems: 20 }),
});
export type BundleMember = Static<typeof BundleMember>;

export const BundleDefinition = Type.Object({
  name: Name(),
  summary: Text(),
  audience: Type.Enum(BUNDLE_AUDIENCES),
  lifeStage: Type.Enum(LIFE_STAGES),
  /** 牵头部门: sees and chases every member */
  leadOrgId: Uuid(),
  /** 情形引导: questions whose answers pick the members (and, with each member's own situations, materials) */
  questions: Type.Array(Situation, { maxItems: 20 }),
  members: Type.Array(BundleMember, { minItems: 2, maxItems: 20 }),
  /** the bundle's own promise; 行政许可法 第四十二条第二款 caps joint handling at 45 working days */
  promisedLimit: TimeLimit,
  /** 统一出件: where results are collected, e.g. "一件事综合窗口（出件）" */
  outputWindow: Name(),
  outputModes: Type.Array(Type.Enum(BUNDLE_OUTPUT_MODES), { minItems: 1, maxItems: 3 }),
  basis: Text(),
});
export type BundleDefinition = Static<typeof BundleDefinition>;

/** situation id → chosen option ids, for the bundle's own questions and for each member's situations */
export const BundleAnswers = Type.Object({
  bundle: Type.Record(
    Type.String({ maxLength: 60 }),
    Type.Array(Type.String({ maxLength: 60 }), { maxItems: 20 }),
  ),
  members: Type.Record(
    Type.String({ maxLength: 60 }),
    Type.Record(Type.String({ maxLength: 60 }), Type.Array(Type.String({ maxLength: 60 }), { maxItems: 20 })),
  ),
});
export type BundleAnswers = Static<typeof BundleAnswers>;
