// 不动产登记 (seed 002 掌上办 附件2: 不动产登记办理预约): 首次登记 and 转移登记, two 业务办理项 of one 主项.
import {
  acceptStep,
  agentMaterials,
  ask,
  businessLicence,
  decideStep,
  defineItem,
  form,
  HANDLER_SITUATION,
  idCard,
  issueStep,
  marriageCertificate,
  material,
  propertyCertificate,
  reviewStep,
  spouseFields,
  wd,
} from '../build.ts';
import type { DemoItem } from '../types.ts';
import { professional } from './common.ts';

const REGISTRATION_BASIS = '《中华人民共和国民法典》；《不动产登记暂行条例》；《不动产登记暂行条例实施细则》';
const FEE_BASIS = '《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》';

const registrationForm = () => form('application', '不动产登记申请书');

export const realEstateItems: DemoItem[] = [
  defineItem({
    baseCode: '0700501001',
    baseName: '国有建设用地使用权及房屋所有权首次登记',
    itemType: 'confirmation',
    businessKind: 'new',
    competentDept: '自然资源主管部门（不动产登记机构）',
    basis: REGISTRATION_BASIS,
    conditions:
      '依法取得国有建设用地使用权并已登记，房屋已竣工并通过规划核实和竣工验收，由建设用地使用权人申请房屋所有权首次登记。',
    legalLimit: wd(30),
    promisedLimit: wd(5),
    instant: false,
    ...professional(['legal_person', 'person'], ['住房', '投资建设']),
    fees: {
      free: false,
      items: [
        { name: '不动产登记费（住宅）', basis: FEE_BASIS, amountFen: 8000 },
        { name: '不动产登记费（非住宅）', basis: FEE_BASIS, amountFen: 55000 },
      ],
    },
    materials: [
      registrationForm(),
      businessLicence({
        requirement: 'conditional',
        whenOptions: ['unit'],
        condition: '申请人为单位时提交',
      }),
      idCard('申请人', {
        requirement: 'conditional',
        whenOptions: ['individual'],
        condition: '申请人为个人时提交',
      }),
      propertyCertificate({
        name: '不动产权证书（国有建设用地使用权）',
        originals: 1,
        copies: 0,
        requirements: '原件核验；已取得电子证照的经授权后免于提交',
      }),
      material({
        id: 'planning-verification',
        name: '建设工程竣工规划核实合格证',
        source: 'government',
        issuer: '自然资源主管部门',
        originals: 0,
        copies: 1,
        requirements: '已通过部门共享获取的免于提交',
      }),
      material({
        id: 'completion-filing',
        name: '房屋建筑工程竣工验收备案表',
        source: 'government',
        issuer: '住房和城乡建设主管部门',
        originals: 0,
        copies: 1,
      }),
      material({
        id: 'survey-report',
        name: '房产测绘报告',
        source: 'intermediary',
        issuer: '具有相应测绘资质的测绘单位',
        originals: 1,
        media: 'both',
      }),
      ...agentMaterials('申请人'),
    ],
    situations: [
      {
        id: 'applicant-kind',
        question: '申请人是单位还是个人？',
        multiple: false,
        options: [
          { id: 'unit', label: '单位（房地产开发企业等）' },
          { id: 'individual', label: '个人' },
        ],
      },
      HANDLER_SITUATION,
    ],
    steps: [
      acceptStep({ wait: 20, counter: 20, role: '不动产登记受理人员' }),
      reviewStep(3, '查验权属来源、规划核实和竣工验收情况，核对测绘成果与登记簿', '不动产登记审核人员'),
      decideStep(1, '不动产登簿', '登簿人员'),
      issueStep(1, '不动产权证书或不动产登记证明'),
    ],
    maturity: 'III',
    visits: 1,
    channels: ['window', 'web'],
    specialProcedures: [
      { name: '首次登记公告', maxDuration: wd(15), basis: '《不动产登记暂行条例实施细则》' },
      { name: '实地查看', maxDuration: wd(5), basis: '《不动产登记暂行条例》' },
    ],
    intermediaries: [{ name: '房产测绘', basis: '《中华人民共和国测绘法》' }],
    result: { name: '不动产权证书', kind: 'certificate' },
    faqs: [
      {
        question: '首次登记为什么要公告？',
        answer: '按规定，不动产首次登记应在登簿前公告，公告期不少于 15 个工作日，公告期不计入办理时限。',
      },
    ],
    keywords: ['不动产登记', '房产证', '大证', '首次登记'],
    at: [
      { org: 'hlbe-zrzy', popularity: 40 },
      { org: 'wsq-zrzy', popularity: 30 },
    ],
  }),

  defineItem({
    baseCode: '0700501002',
    baseName: '国有建设用地使用权及房屋所有权转移登记',
    itemType: 'confirmation',
    businessKind: 'change',
    competentDept: '自然资源主管部门（不动产登记机构）',
    basis: REGISTRATION_BASIS,
    conditions:
      '已经登记的国有建设用地使用权及房屋所有权因买卖、赠与、继承、互换、作价出资等原因发生转移的，当事人共同申请转移登记（继承、受遗赠的可以单方申请）。',
    legalLimit: wd(30),
    promisedLimit: wd(3),
    instant: false,
    ...professional(['person', 'legal_person'], ['住房']),
    fees: {
      free: false,
      items: [
        { name: '不动产登记费（住宅）', basis: FEE_BASIS, amountFen: 8000 },
        { name: '不动产权证书工本费（每增加一本）', basis: FEE_BASIS, amountFen: 1000 },
      ],
    },
    materials: [
      registrationForm(),
      idCard('转让方和受让方', { originals: 2, copies: 2 }),
      propertyCertificate(),
      material({
        id: 'sale-contract',
        name: '存量房买卖合同（网签备案）',
        requirement: 'conditional',
        whenOptions: ['sale'],
        condition: '因买卖转移时提交；已网签备案的系统调取',
        issuer: '买卖双方签订',
        originals: 1,
      }),
      material({
        id: 'tax-certificate',
        name: '契税完税凭证',
        requirement: 'conditional',
        whenOptions: ['sale', 'gift'],
        condition: '因买卖、赠与转移时提交；“一窗受理”同步缴税的由税务部门推送',
        source: 'government',
        issuer: '税务机关',
        originals: 0,
        copies: 1,
      }),
      material({
        id: 'gift-contract',
        name: '经公证的赠与合同',
        requirement: 'conditional',
        whenOptions: ['gift'],
        condition: '因赠与转移时提交',
        source: 'other',
        issuer: '公证机构',
      }),
      material({
        id: 'inheritance',
        name: '继承权公证书或人民法院生效法律文书',
        requirement: 'conditional',
        whenOptions: ['inherit'],
        condition: '因继承、受遗赠转移时提交',
        source: 'other',
        issuer: '公证机构或人民法院',
      }),
      marriageCertificate({
        requirement: 'conditional',
        whenOptions: ['married'],
        condition: '受让方已婚、登记为夫妻共有时提交',
      }),
      ...agentMaterials('转让方和受让方'),
    ],
    situations: [
      {
        id: 'transfer-reason',
        question: '不动产因何种原因转移？',
        multiple: false,
        options: [
          { id: 'sale', label: '买卖' },
          { id: 'gift', label: '赠与' },
          { id: 'inherit', label: '继承、受遗赠' },
        ],
      },
      {
        id: 'marital-status',
        question: '受让方婚姻状况？',
        multiple: false,
        options: [
          { id: 'married', label: '已婚，登记为夫妻共有' },
          { id: 'single-owner', label: '未婚或登记为个人所有' },
        ],
      },
      HANDLER_SITUATION,
    ],
    steps: [
      acceptStep({ wait: 20, counter: 25, role: '不动产登记受理人员' }),
      reviewStep(1, '查验权属、查封抵押和异议登记情况，核验交易和完税信息', '不动产登记审核人员'),
      decideStep(1, '不动产登簿', '登簿人员'),
      issueStep(1, '不动产权证书（纸质和电子）'),
    ],
    maturity: 'II',
    visits: 1,
    channels: ['window', 'mobile', 'web'],
    result: { name: '不动产权证书', kind: 'certificate' },
    faqs: [
      {
        question: '二手房过户要跑几个窗口？',
        answer:
          '实行“一窗受理、集成服务”，交易、缴税和登记在不动产登记专区一个窗口一次提交，办结后可邮寄证书。',
      },
      {
        question: '可以只来一次吗？',
        answer: '可以。买卖双方预约后共同到场签字一次，证书可选择邮寄或领取电子证照。',
      },
    ],
    keywords: ['不动产登记', '过户', '二手房过户', '房产证', '转移登记'],
    applicationForm: {
      fields: [
        ask('property.certificateNumber'),
        ask('property.address'),
        ask('property.areaSquareMetres'),
        // 受让方 may be a unit, which has no marital status; a married buyer names the co-owning spouse
        ...spouseFields({ statusRequired: false }),
      ],
    },
    at: [
      { org: 'hlbe-zrzy', popularity: 600 },
      // 包头稀土高新区 has no 自然资源局 of its own: its 建设环保局 (seed 000) receives 不动产登记 at the hall's
      // 不动产登记 window (demo assumption), where the 二手房 + 水电气过户 一件事 starts
      { org: 'xt-jshbj', popularity: 150 },
      { org: 'wsq-zrzy', popularity: 180 },
    ],
  }),
];
