// 公民身后一件事 members: 死亡医学证明（推断）书签发 (卫健)、户口注销（死亡注销） (公安)、
// 丧葬补助金、抚恤金申领 (人社).
import {
  acceptStep,
  agentMaterials,
  ask,
  decideStep,
  defineItem,
  form,
  HANDLER_SITUATION,
  householdRegister,
  idCard,
  instantStep,
  issueStep,
  material,
  reviewStep,
  SERVICE_DEFAULT_LIMIT,
  wd,
} from '../build.ts';
import type { DemoItem } from '../types.ts';
import { livelihood, professional } from './common.ts';

const deathCertificate = () =>
  material({
    id: 'death-certificate',
    name: '居民死亡医学证明（推断）书',
    source: 'other',
    issuer: '医疗卫生机构',
    originals: 1,
    copies: 0,
    requirements: '已通过“身后一件事”共享的免于提交',
  });

export const afterDeathItems: DemoItem[] = [
  defineItem({
    baseCode: '2000401002',
    baseName: '死亡医学证明（推断）书签发',
    itemType: 'public_service',
    competentDept: '卫生健康部门',
    basis:
      '《中华人民共和国基本医疗卫生与健康促进法》；《国家卫生计生委 公安部 民政部关于进一步规范人口死亡医学证明和信息登记管理工作的通知》',
    conditions:
      '在医疗卫生机构内死亡的，由负责救治的医疗卫生机构签发；在家中等医疗卫生机构外正常死亡的，由负责该地区死亡调查的基层医疗卫生机构调查后签发。',
    legalLimit: wd(0),
    promisedLimit: wd(0),
    instant: true,
    ...livelihood(['身后']),
    delivery: ['window'],
    materials: [
      idCard('死者', { id: 'deceased-id-card', originals: 1, copies: 1 }),
      idCard('申报人（死者家属）'),
      material({
        id: 'community-statement',
        name: '居（村）民委员会出具的死亡情况证明',
        requirement: 'conditional',
        whenOptions: ['outside-hospital'],
        condition: '在医疗卫生机构外死亡的提交',
        source: 'other',
        issuer: '死者生前居住地居（村）民委员会',
      }),
    ],
    situations: [
      {
        id: 'death-place',
        question: '死者在哪里去世？',
        multiple: false,
        options: [
          { id: 'in-hospital', label: '在医疗卫生机构内' },
          { id: 'outside-hospital', label: '在家中等医疗卫生机构外（正常死亡）' },
        ],
      },
    ],
    steps: [
      instantStep(
        '核实死者身份和死亡原因，按规定填写并签发死亡医学证明（推断）书',
        '居民死亡医学证明（推断）书',
        {
          role: '医疗卫生机构签发医师',
          wait: 10,
          counter: 20,
        },
      ),
    ],
    maturity: 'II',
    visits: 1,
    channels: ['window', 'mobile'],
    result: { name: '居民死亡医学证明（推断）书', kind: 'certificate' },
    faqs: [
      {
        question: '死亡医学证明遗失了怎么办？',
        answer: '可由死者家属持有效身份证件向原签发机构申请补发，原签发机构核实后补发第四联。',
      },
    ],
    keywords: ['死亡证明', '死亡医学证明', '身后一件事'],
    applicationForm: {
      fields: [
        ask('deceased.name'),
        ask('deceased.idNumber'),
        ask('deceased.deathDate'),
        ask('deceased.relationship'),
      ],
    },
    at: [
      { org: 'hlbe-wjw', popularity: 150 },
      { org: 'kdl-wjw', popularity: 140 },
      { org: 'xt-shswj', popularity: 20 },
      { org: 'wsq-wjw', popularity: 60 },
    ],
  }),

  defineItem({
    baseCode: '0700601002',
    baseName: '户口注销（死亡注销）',
    itemType: 'confirmation',
    competentDept: '公安机关',
    basis: '《中华人民共和国户口登记条例》',
    conditions:
      '公民死亡，城市在葬前，农村在一个月以内，由户主、亲属、抚养人或者邻居向户口登记机关申报死亡登记，注销户口；被人民法院宣告死亡的，凭判决书申报注销。',
    legalLimit: wd(0),
    promisedLimit: wd(0),
    instant: true,
    ...professional(['person'], ['身后', '户籍']),
    acceptOnReceipt: true,
    materials: [
      deathCertificate(),
      material({
        id: 'declaration-judgment',
        name: '人民法院宣告死亡判决书',
        requirement: 'conditional',
        whenOptions: ['declared-dead'],
        condition: '被宣告死亡的提交',
        source: 'other',
        issuer: '人民法院',
        originals: 0,
        copies: 1,
      }),
      material({
        id: 'police-death-proof',
        name: '公安机关出具的死亡证明',
        requirement: 'conditional',
        whenOptions: ['unnatural'],
        condition: '非正常死亡的提交',
        source: 'government',
        issuer: '公安机关',
      }),
      idCard('死者', { id: 'deceased-id-card', copies: 0, requirements: '原件交回注销；遗失的在申报时说明' }),
      householdRegister('死者'),
      idCard('申报人'),
    ],
    situations: [
      {
        id: 'death-kind',
        question: '属于哪种死亡情形？',
        multiple: false,
        options: [
          { id: 'normal', label: '正常死亡' },
          { id: 'unnatural', label: '非正常死亡' },
          { id: 'declared-dead', label: '被人民法院宣告死亡' },
        ],
      },
    ],
    steps: [
      instantStep('核对死亡证明和户籍信息，注销户口并收缴居民身份证', '户口注销证明', {
        online: true,
        role: '公安户政民警',
      }),
      issueStep(0, '户口注销证明（可在线下载）'),
    ],
    maturity: 'IV',
    visits: 0,
    channels: ['mobile', 'web', 'window'],
    delivery: ['download', 'window', 'post'],
    result: { name: '户口注销证明', kind: 'certificate' },
    faqs: [
      {
        question: '注销户口后还要去社保、医保停保吗？',
        answer:
          '不需要。通过“身后一件事”办理的，死亡信息共享至人社、医保、民政、住房公积金等部门，由其主动办理停保和待遇停发。',
      },
    ],
    keywords: ['销户', '死亡销户', '户口注销', '死亡注销'],
    applicationForm: {
      fields: [
        ask('deceased.name'),
        ask('deceased.idNumber'),
        ask('deceased.deathDate'),
        ask('deceased.relationship'),
      ],
    },
    at: [
      { org: 'hlbe-gaj', popularity: 140 },
      { org: 'kdl-gafj', popularity: 130 },
      { org: 'xt-gafj', popularity: 15 },
      { org: 'wsq-gaj', popularity: 60 },
    ],
  }),

  defineItem({
    baseCode: '0500101000',
    baseName: '丧葬补助金、抚恤金申领',
    itemType: 'benefit',
    competentDept: '人力资源和社会保障部门',
    basis: '《中华人民共和国社会保险法》',
    conditions:
      '参加基本养老保险的个人因病或者非因工死亡的，其遗属可以领取丧葬补助金和抚恤金；有符合条件的供养直系亲属的，按规定领取抚恤金。',
    legalLimit: SERVICE_DEFAULT_LIMIT,
    promisedLimit: wd(5),
    instant: false,
    ...livelihood(['身后']),
    delivery: ['download', 'post'],
    acceptOnReceipt: false,
    materials: [
      form('claim-form', '丧葬补助金、抚恤金申领表'),
      material({
        id: 'death-proof',
        name: '居民死亡医学证明（推断）书或户口注销证明',
        source: 'government',
        issuer: '医疗卫生机构或公安机关',
        originals: 0,
        copies: 1,
        requirements: '已通过“身后一件事”共享的免于提交',
      }),
      idCard('申领人'),
      material({
        id: 'kinship-proof',
        name: '申领人与死者的亲属关系证明',
        source: 'government',
        issuer: '公安派出所（居民户口簿）、婚姻登记机关（结婚证）或公证机构（亲属关系公证书）',
        originals: 1,
        copies: 1,
        requirements: '提供载明亲属关系的居民户口簿、结婚证或亲属关系公证书之一',
      }),
      material({
        id: 'dependant-proof',
        name: '供养直系亲属无生活来源的证明',
        requirement: 'conditional',
        whenOptions: ['with-dependants'],
        condition: '申请抚恤金中供养直系亲属部分时提交',
        source: 'other',
        issuer: '供养直系亲属居住地居（村）民委员会',
      }),
      material({
        id: 'bank-card',
        name: '申领人本人名下的银行借记卡',
        source: 'other',
        issuer: '商业银行',
        originals: 1,
      }),
      ...agentMaterials('申领人'),
    ],
    situations: [
      {
        id: 'dependants',
        question: '死者是否有需要供养的直系亲属？',
        multiple: false,
        options: [
          { id: 'with-dependants', label: '有' },
          { id: 'no-dependants', label: '没有' },
        ],
      },
      HANDLER_SITUATION,
    ],
    steps: [
      acceptStep({ online: true, role: '社会保险经办人员' }),
      reviewStep(2, '核实死亡信息、参保缴费情况和申领人资格，计算待遇标准', '养老保险审核人员'),
      decideStep(1, '丧葬补助金、抚恤金核定结果', '社会保险经办机构负责人'),
      issueStep(1, '待遇核定通知，资金发放至申领人银行账户'),
    ],
    maturity: 'IV',
    visits: 0,
    channels: ['web', 'mobile', 'window'],
    result: { name: '丧葬补助金、抚恤金待遇核定通知', kind: 'other' },
    faqs: [
      {
        question: '个人账户余额可以一并领取吗？',
        answer: '可以。参保人死亡后个人账户余额可以依法继承，可在申领丧葬补助金、抚恤金时一并申请。',
      },
    ],
    keywords: ['丧葬费', '抚恤金', '丧葬补助金领取', '遗属待遇'],
    applicationForm: {
      fields: [
        ask('deceased.name'),
        ask('deceased.idNumber'),
        ask('deceased.deathDate'),
        // 遗属待遇 are paid to the deceased's relatives only
        ask('deceased.relationship', { overrides: { enum: ['spouse', 'child', 'parent', 'sibling'] } }),
      ],
    },
    at: [
      { org: 'hlbe-rsj', popularity: 110 },
      { org: 'kdl-rsj', popularity: 100 },
      { org: 'xt-zzrsb', popularity: 10 },
      { org: 'wsq-rsj', popularity: 35 },
    ],
  }),
];
