// 企业开办 members beside the business licence (企业开办一件事, seed 000 附件1): 公章刻制备案 (公安)、
// 发票申领 (税务)、单位社会保险登记 (人社)、住房公积金单位缴存登记 (公积金中心). All 即办件.
import {
  agentMaterials,
  ask,
  businessLicence,
  defineItem,
  form,
  HANDLER_SITUATION,
  idCard,
  instantStep,
  issueStep,
  material,
  wd,
} from '../build.ts';
import type { DemoItem } from '../types.ts';
import { business } from './common.ts';

const ONLINE_CHANNELS: ('web' | 'mobile' | 'window' | 'kiosk')[] = ['web', 'mobile', 'window', 'kiosk'];

export const enterpriseOpeningItems: DemoItem[] = [
  defineItem({
    // 行政备案 has no confirmed national type code (domain-facts §3.1): the demo code says so with BA
    baseCode: 'BA00101000',
    baseName: '公章刻制备案',
    itemType: 'filing',
    competentDept: '公安机关',
    basis:
      '《国务院对确需保留的行政审批项目设定行政许可的决定》；《国务院关于第二批取消152项中央指定地方实施行政审批事项的决定》',
    conditions:
      '已取得营业执照等主体资格证明的单位，自主选择具有资质的印章刻制企业刻制公章，由刻章企业或单位向公安机关备案。',
    legalLimit: wd(0),
    promisedLimit: wd(0),
    instant: true,
    ...business(['开办']),
    materials: [
      businessLicence({ media: 'electronic' }),
      idCard('法定代表人（负责人）', {
        originals: 0,
        copies: 1,
        media: 'electronic',
        requirements: '电子照片或复印件',
      }),
      material({
        id: 'loss-notice',
        name: '印章遗失声明',
        requirement: 'conditional',
        whenOptions: ['lost'],
        condition: '印章遗失申请补刻时提交',
        issuer: '单位在国家企业信用信息公示系统或报刊刊登',
        originals: 0,
        copies: 1,
      }),
      ...agentMaterials('单位'),
    ],
    situations: [
      {
        id: 'seal-reason',
        question: '本次刻制印章的原因是什么？',
        multiple: false,
        options: [
          { id: 'first', label: '新开办企业首次刻制' },
          { id: 'lost', label: '印章遗失补刻' },
          { id: 'damaged', label: '印章损坏或名称变更后重新刻制' },
        ],
      },
      HANDLER_SITUATION,
    ],
    steps: [
      instantStep('核对单位主体信息和印章印模，在印章治安管理信息系统完成备案', '印章刻制备案回执', {
        online: true,
        role: '公安治安管理人员',
      }),
      issueStep(0, '公章（由刻章企业交付，企业开办首套印章免费）'),
    ],
    maturity: 'IV',
    visits: 0,
    channels: ONLINE_CHANNELS,
    result: { name: '印章刻制备案回执', kind: 'filing_receipt' },
    faqs: [
      {
        question: '新开办企业刻章要花钱吗？',
        answer:
          '通过“企业开办一件事”办理的，首套印章（公章、财务专用章、发票专用章、合同专用章、法定代表人名章）由政府购买服务免费刻制。',
      },
      {
        question: '可以自己选择刻章店吗？',
        answer: '可以。申请人可以在已备案的印章刻制企业中自主选择，任何部门不得指定刻章企业。',
      },
    ],
    keywords: ['刻章', '公章', '印章备案', '刻公章'],
    applicationForm: { fields: [ask('enterprise.legalRepresentative.idNumber')] },
    at: [
      { org: 'hlbe-gaj', popularity: 300 },
      { org: 'kdl-gafj', popularity: 280 },
      { org: 'xt-gafj', popularity: 120 },
      { org: 'wsq-gaj', popularity: 70 },
    ],
  }),

  defineItem({
    baseCode: '1000201000',
    baseName: '发票申领',
    itemType: 'other_power',
    competentDept: '税务机关',
    basis:
      '《中华人民共和国税收征收管理法》；《中华人民共和国发票管理办法》；《中华人民共和国发票管理办法实施细则》',
    conditions: '已办理涉税信息确认的纳税人，根据经营需要申请领用发票；纸质发票领用人已刻制发票专用章。',
    legalLimit: wd(0),
    promisedLimit: wd(0),
    instant: true,
    ...business(['开办']),
    materials: [
      form('invoice-form', '发票票种核定及领用信息表', {
        media: 'electronic',
        originals: 0,
        issuer: '纳税人在电子税务局在线填报',
      }),
      businessLicence({ media: 'electronic' }),
      idCard('办税人员', {
        originals: 0,
        copies: 0,
        media: 'electronic',
        requirements: '办税人员完成实名认证即可，无需提交纸质件',
      }),
      material({
        id: 'invoice-seal',
        name: '发票专用章印模',
        requirement: 'conditional',
        whenOptions: ['paper-invoice'],
        condition: '领用纸质发票时提交',
        issuer: '纳税人提供',
        originals: 1,
      }),
    ],
    situations: [
      {
        id: 'invoice-kind',
        question: '申请领用哪类发票？',
        multiple: false,
        options: [
          { id: 'digital-invoice', label: '全面数字化的电子发票' },
          { id: 'paper-invoice', label: '纸质发票' },
        ],
      },
    ],
    steps: [
      instantStep('核对纳税人信息，按规定核定发票票种并确定开票额度', '发票票种核定结果和开票额度', {
        online: true,
        role: '税务综合服务人员',
      }),
    ],
    maturity: 'IV',
    visits: 0,
    channels: ONLINE_CHANNELS,
    result: { name: '发票票种核定结果及开票额度', kind: 'other' },
    faqs: [
      {
        question: '新办企业领用数电发票需要税控设备吗？',
        answer: '不需要。全面数字化的电子发票无需税控设备，纳税人登录电子税务局即可开具。',
      },
    ],
    keywords: ['领发票', '发票领用', '数电票', '票种核定'],
    // 票种核定 follows the business scope
    applicationForm: { fields: [ask('enterprise.businessScope')] },
    at: [
      { org: 'hlbe-swj', popularity: 350 },
      { org: 'kdl-swj', popularity: 300 },
      { org: 'xt-swj', popularity: 140 },
      { org: 'wsq-swj', popularity: 80 },
    ],
  }),

  defineItem({
    baseCode: '2000101000',
    baseName: '单位社会保险登记',
    itemType: 'public_service',
    competentDept: '人力资源和社会保障部门',
    basis: '《中华人民共和国社会保险法》；《社会保险费征缴暂行条例》',
    conditions:
      '用人单位自成立之日起三十日内申请办理社会保险登记；已实行“多证合一”的，登记机关共享营业执照信息后即可确认登记。',
    legalLimit: wd(0),
    promisedLimit: wd(0),
    instant: true,
    ...business(['开办']),
    materials: [
      form('registration-form', '社会保险单位信息登记表', { media: 'electronic', originals: 0 }),
      businessLicence({ media: 'electronic' }),
      form('employee-list', '职工参保登记花名册', {
        requirement: 'conditional',
        whenOptions: ['with-employees'],
        condition: '同时为职工办理参保登记时提交',
        media: 'electronic',
        originals: 0,
      }),
    ],
    situations: [
      {
        id: 'employees',
        question: '是否同时为职工办理参保登记？',
        multiple: false,
        options: [
          { id: 'with-employees', label: '是，同时为职工参保' },
          { id: 'unit-only', label: '否，仅办理单位登记' },
        ],
      },
    ],
    steps: [
      instantStep('核对单位登记信息，生成社会保险登记编号', '社会保险登记信息', {
        online: true,
        role: '社会保险经办人员',
      }),
    ],
    maturity: 'IV',
    visits: 0,
    channels: ONLINE_CHANNELS,
    result: { name: '社会保险登记证明（单位社会保险编号）', kind: 'certificate' },
    faqs: [
      {
        question: '还需要领取纸质社会保险登记证吗？',
        answer: '不需要。营业执照已加载统一社会信用代码，社会保险登记信息可在网上随时查询打印。',
      },
    ],
    keywords: ['社保开户', '社保登记', '单位参保'],
    applicationForm: {
      fields: [ask('enterprise.type'), ask('enterprise.legalRepresentative.idNumber')],
    },
    at: [
      { org: 'hlbe-rsj', popularity: 260 },
      { org: 'kdl-rsj', popularity: 240 },
      { org: 'xt-zzrsb', popularity: 100 },
      { org: 'wsq-rsj', popularity: 60 },
    ],
  }),

  defineItem({
    baseCode: '2000201000',
    baseName: '住房公积金单位缴存登记',
    itemType: 'public_service',
    competentDept: '住房公积金管理中心',
    basis: '《住房公积金管理条例》',
    conditions:
      '新设立的单位自设立之日起三十日内到住房公积金管理中心办理住房公积金缴存登记，并为本单位职工办理住房公积金账户设立手续。',
    legalLimit: wd(0),
    promisedLimit: wd(0),
    instant: true,
    ...business(['开办']),
    materials: [
      form('unit-registration', '住房公积金单位缴存登记表'),
      businessLicence({ media: 'electronic' }),
      form('initial-deposit-list', '单位职工住房公积金初次缴存清册', {
        requirement: 'conditional',
        whenOptions: ['open-accounts'],
        condition: '同时为职工设立个人账户时提交',
      }),
      ...agentMaterials('单位'),
    ],
    situations: [
      {
        id: 'accounts',
        question: '是否同时为职工设立住房公积金个人账户？',
        multiple: false,
        options: [
          { id: 'open-accounts', label: '是' },
          { id: 'unit-account-only', label: '否，暂不设立' },
        ],
      },
      HANDLER_SITUATION,
    ],
    steps: [
      instantStep('核对单位信息，设立单位住房公积金账户', '住房公积金单位登记回执', {
        online: true,
        role: '公积金业务经办人员',
      }),
    ],
    maturity: 'IV',
    visits: 0,
    channels: ONLINE_CHANNELS,
    result: { name: '住房公积金单位登记回执', kind: 'filing_receipt' },
    faqs: [
      {
        question: '单位和职工的缴存比例是多少？',
        answer:
          '职工和单位住房公积金的缴存比例均不得低于职工上一年度月平均工资的 5%，具体比例按本地住房公积金管理委员会规定执行。',
      },
    ],
    keywords: ['公积金开户', '公积金登记', '单位公积金'],
    applicationForm: { fields: [ask('enterprise.legalRepresentative.idNumber')] },
    at: [
      { org: 'hlbe-gjj', popularity: 150 },
      { org: 'kdl-gjj', popularity: 140 },
      { org: 'xt-gjj', popularity: 70 },
      { org: 'wsq-gjj', popularity: 40 },
    ],
  }),
];
