// 退休一件事 members (domain-facts §4, lead: 人社): 职工正常退休（职）申请 and 退休提取住房公积金.
import {
  acceptStep,
  agentMaterials,
  ask,
  decideStep,
  defineItem,
  form,
  HANDLER_SITUATION,
  idCard,
  issueStep,
  material,
  reviewStep,
  SERVICE_DEFAULT_LIMIT,
  wd,
} from '../build.ts';
import type { DemoItem } from '../types.ts';
import { livelihood, professional } from './common.ts';

export const retirementItems: DemoItem[] = [
  defineItem({
    baseCode: '2000103000',
    baseName: '职工正常退休（职）申请',
    itemType: 'public_service',
    competentDept: '人力资源和社会保障部门',
    basis: '《中华人民共和国社会保险法》；《全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定》',
    conditions:
      '参加企业职工基本养老保险的人员，达到按《全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定》确定的法定退休年龄，且累计缴费年限达到国家规定的最低缴费年限；选择弹性提前或延迟退休的，符合该决定规定的条件。',
    legalLimit: SERVICE_DEFAULT_LIMIT,
    promisedLimit: wd(10),
    instant: false,
    ...livelihood(['退休']),
    crossRegion: 'none',
    delivery: ['download', 'post'],
    acceptOnReceipt: false,
    materials: [
      form('retirement-form', '职工退休（职）申请表', {
        requirements: '本人签字；由单位申报的加盖单位公章',
      }),
      idCard(),
      material({
        id: 'personnel-file',
        name: '职工本人人事档案',
        source: 'other',
        issuer: '存档单位或公共就业和人才服务机构',
        originals: 1,
        requirements: '由存档机构按规定转递，申请人不得自带；已实现档案数字化共享的免于转递纸质档案',
      }),
      form('early-application', '弹性提前退休书面申请', {
        requirement: 'conditional',
        whenOptions: ['flexible-early'],
        condition: '选择弹性提前退休时提交',
        issuer: '职工本人书写签字',
      }),
      material({
        id: 'deferral-agreement',
        name: '与所在单位协商一致的弹性延迟退休书面材料',
        requirement: 'conditional',
        whenOptions: ['flexible-late'],
        condition: '选择弹性延迟退休时提交',
        issuer: '职工与所在单位签署',
      }),
      ...agentMaterials('职工本人'),
    ],
    situations: [
      {
        id: 'retirement-choice',
        question: '选择哪种退休方式？',
        multiple: false,
        options: [
          { id: 'statutory', label: '达到法定退休年龄按时退休' },
          { id: 'flexible-early', label: '弹性提前退休' },
          { id: 'flexible-late', label: '弹性延迟退休' },
        ],
      },
      HANDLER_SITUATION,
    ],
    steps: [
      acceptStep({ online: true, role: '社会保险经办人员' }),
      reviewStep(
        6,
        '审核出生时间、参加工作时间、视同缴费年限和累计缴费年限',
        '养老保险审核人员',
        '档案审核与待遇测算',
      ),
      decideStep(2, '基本养老金待遇核定结果', '社会保险经办机构负责人'),
      issueStep(1, '基本养老金待遇核定通知，次月起发放'),
    ],
    maturity: 'IV',
    visits: 0,
    channels: ['web', 'mobile', 'window'],
    result: { name: '职工基本养老保险待遇核定通知', kind: 'other' },
    faqs: [
      {
        question: '退休后医保和公积金需要另外办吗？',
        answer:
          '通过“退休一件事”办理的，基本医疗保险退休人员身份确认和退休提取住房公积金一并申请，无需分别跑腿。',
      },
      {
        question: '可以提前多长时间申请？',
        answer: '可在达到退休年龄前 3 个月内由单位或本人提出申请，以便按时核定发放养老金。',
      },
    ],
    keywords: ['退休', '退休申请', '退休审批', '养老金申领'],
    applicationForm: {
      fields: [
        // 特殊工种、病残提前退休 are separate 核准 items; this one is 正常退休 or 弹性提前退休
        ask('retirement.type', { overrides: { enum: ['normal', 'flexible'] } }),
        ask('retirement.date'),
        // 最低缴费年限 15 年 (180 months); the 决定 raises it by six months a year from 2030
        ask('retirement.contributionMonths', { overrides: { minimum: 180 } }),
      ],
    },
    at: [
      { org: 'hlbe-rsj', popularity: 120 },
      { org: 'kdl-rsj', popularity: 150 },
      { org: 'xt-zzrsb', popularity: 30 },
      { org: 'wsq-rsj', popularity: 40 },
    ],
  }),

  defineItem({
    baseCode: '2000202002',
    baseName: '退休提取住房公积金',
    itemType: 'public_service',
    competentDept: '住房公积金管理中心',
    basis: '《住房公积金管理条例》',
    conditions: '缴存职工离休、退休的，可以提取本人住房公积金账户内的全部存储余额并销户。',
    legalLimit: wd(3),
    promisedLimit: wd(1),
    instant: false,
    ...professional(['person'], ['退休']),
    delivery: ['download'],
    crossRegion: 'full_online',
    acceptOnReceipt: true,
    materials: [
      idCard(),
      material({
        id: 'retirement-proof',
        name: '退休审批表或基本养老金待遇核定通知',
        source: 'government',
        issuer: '人力资源和社会保障部门',
        originals: 0,
        copies: 1,
        requirements: '通过“退休一件事”共享的免于提交',
      }),
      material({
        id: 'bank-card',
        name: '申请人本人名下的银行借记卡',
        source: 'other',
        issuer: '商业银行',
        originals: 1,
        requirements: '窗口核对卡号后当场退还；网上办理的填写卡号并完成实名核验',
      }),
      ...agentMaterials('申请人'),
    ],
    situations: [HANDLER_SITUATION],
    steps: [
      acceptStep({ online: true }),
      reviewStep(
        1,
        '核验退休信息和账户状态，结清公积金贷款后办理销户提取',
        '公积金业务审核人员',
        '审核并转账',
      ),
      issueStep(0, '提取资金转入本人银行账户，个人账户销户'),
    ],
    maturity: 'IV',
    visits: 0,
    channels: ['mobile', 'web', 'window', 'kiosk'],
    result: { name: '住房公积金销户提取到账通知', kind: 'other' },
    faqs: [
      {
        question: '还有公积金贷款没还清可以退休提取吗？',
        answer: '可以先用账户余额偿还贷款本息，余额部分再办理提取；贷款结清后方可销户。',
      },
    ],
    keywords: ['退休提取', '公积金销户', '公积金提取'],
    applicationForm: { fields: [ask('retirement.date')] },
    at: [
      { org: 'hlbe-gjj', popularity: 160 },
      { org: 'kdl-gjj', popularity: 170 },
      { org: 'xt-gjj', popularity: 30 },
      { org: 'wsq-gjj', popularity: 40 },
    ],
  }),
];
