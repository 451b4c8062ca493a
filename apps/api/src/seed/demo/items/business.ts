// 商事登记: 营业执照 设立/变更/注销 — three 业务办理项 (new/change/cancel) of one 主项, accepted at the
// 商事登记 comprehensive window (seed 003) and online through 企业登记全程电子化.
import {
  acceptStep,
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
  nd,
  reviewStep,
  wd,
} from '../build.ts';
import type { DemoItem } from '../types.ts';
import { business } from './common.ts';

const REGISTRATION_BASIS =
  '《中华人民共和国市场主体登记管理条例》；《中华人民共和国市场主体登记管理条例实施细则》；《中华人民共和国公司法》';
const REGISTRATION_KEYWORDS = ['营业执照', '执照', '工商登记', '市场主体登记'];

const registrationAuthority = { role: '登记审核人员' };

export const businessItems: DemoItem[] = [
  defineItem({
    baseCode: '0100901001',
    baseName: '市场主体设立登记',
    itemType: 'licensing',
    businessKind: 'new',
    competentDept: '市场监督管理部门',
    basis: REGISTRATION_BASIS,
    conditions:
      '申请人具有相应民事行为能力；名称经自主申报且不与同行业已登记名称相同；住所（经营场所）真实合法；经营范围、注册资本（出资额）等登记事项符合法律法规规定；申请材料齐全、符合法定形式。',
    legalLimit: wd(3),
    promisedLimit: wd(0),
    instant: true,
    ...business(['开办']),
    audience: ['legal_person', 'person'],
    materials: [
      form('application', '市场主体设立登记申请书', {
        requirements: '通过企业登记全程电子化平台填报的，由相关人员电子签名，无需另交纸质件',
      }),
      idCard('法定代表人（负责人、经营者）'),
      material({
        id: 'premises',
        name: '住所（经营场所）使用相关文件',
        issuer: '产权人出具或申请人与产权人签订的租赁合同',
        originals: 0,
        copies: 1,
        commitmentAllowed: true,
        requirements: '实行住所申报承诺制的，可以填写住所（经营场所）信息申报承诺书代替',
      }),
      material({
        id: 'articles',
        name: '公司章程',
        requirement: 'conditional',
        whenOptions: ['company'],
        condition: '设立公司时提交',
        issuer: '全体股东签署',
        requirements: '可选用登记机关提供的章程参考文本，全体股东签字（盖章）',
      }),
      material({
        id: 'partnership-agreement',
        name: '合伙协议',
        requirement: 'conditional',
        whenOptions: ['partnership'],
        condition: '设立合伙企业时提交',
        issuer: '全体合伙人签署',
      }),
      material({
        id: 'investor-identity',
        name: '股东（出资人、合伙人）主体资格文件',
        requirement: 'conditional',
        whenOptions: ['company', 'partnership'],
        condition: '出资人为自然人的提交居民身份证，为单位的提交营业执照或其他主体资格证明',
        source: 'government',
        issuer: '公安机关（居民身份证）或登记机关（主体资格证明）',
        originals: 0,
        copies: 1,
      }),
      material({
        id: 'officer-appointment',
        name: '法定代表人、董事、监事和经理的任职文件',
        requirement: 'conditional',
        whenOptions: ['company'],
        condition: '设立公司时提交',
        issuer: '股东会决议或股东决定',
      }),
      ...agentMaterials('全体投资人'),
    ],
    situations: [
      {
        id: 'entity-type',
        question: '拟设立哪种类型的市场主体？',
        multiple: false,
        options: [
          { id: 'company', label: '有限责任公司' },
          { id: 'partnership', label: '合伙企业' },
          { id: 'sole', label: '个人独资企业' },
          { id: 'individual', label: '个体工商户' },
        ],
      },
      HANDLER_SITUATION,
    ],
    steps: [
      instantStep('核对申请材料齐全、符合法定形式，予以确认并当场登记', '营业执照（纸质和电子）', {
        online: true,
        ...registrationAuthority,
      }),
      issueStep(0, '营业执照正副本，同步发放电子营业执照'),
    ],
    maturity: 'IV',
    visits: 0,
    channels: ['web', 'mobile', 'window', 'kiosk'],
    result: { name: '营业执照', kind: 'licence' },
    faqs: [
      {
        question: '没有自有房屋可以用租赁的房子注册吗？',
        answer: '可以。提交租赁合同复印件，或填写住所（经营场所）信息申报承诺书，对住所真实性作出承诺即可。',
      },
      {
        question: '营业执照可以邮寄吗？',
        answer:
          '可以。选择免费邮寄的，纸质营业执照寄送到指定地址；电子营业执照在核准后即时发放，可在“蒙速办”卡包中亮照使用。',
      },
      {
        question: '开办企业还需要跑哪些部门？',
        answer:
          '通过“企业开办一件事”可一次申请营业执照、公章刻制备案、发票申领、社会保险登记和住房公积金缴存登记，在商事登记综合受理窗口一次领取全部结果。',
      },
    ],
    keywords: [...REGISTRATION_KEYWORDS, '公司注册', '企业开办', '个体户注册'],
    // enterprise.name and the address are in the basic block of an enterprise applicant; a person founding
    // one (个体工商户、个人独资企业) is asked them here
    applicationForm: {
      fields: [
        ask('enterprise.name'),
        ask('enterprise.type'),
        ask('enterprise.legalRepresentative.name'),
        ask('enterprise.legalRepresentative.idNumber'),
        ask('enterprise.registeredAddress'),
        ask('enterprise.businessScope'),
        // 注册资本或者出资额 (个体工商户: 资金数额) is a registration item of every kind of market entity
        ask('enterprise.registeredCapitalFen'),
      ],
    },
    at: [
      { org: 'hlbe-scjg', popularity: 420 },
      { org: 'kdl-scjg', popularity: 380 },
      { org: 'xt-sygsj', popularity: 160 },
      { org: 'wsq-scjg', popularity: 90 },
    ],
  }),

  defineItem({
    baseCode: '0100901002',
    baseName: '市场主体变更登记',
    itemType: 'licensing',
    businessKind: 'change',
    competentDept: '市场监督管理部门',
    basis: REGISTRATION_BASIS,
    conditions:
      '市场主体的登记事项发生变更，自作出变更决议、决定或者法定变更事项发生之日起 30 日内申请；变更后的登记事项符合法律法规规定。',
    legalLimit: wd(3),
    promisedLimit: wd(1),
    instant: false,
    ...business(['变更']),
    audience: ['legal_person', 'person'],
    materials: [
      form('application', '市场主体变更登记申请书'),
      businessLicence({
        originals: 1,
        copies: 0,
        name: '营业执照正副本',
        requirements: '原件收回换发；领取电子营业执照的无需提交纸质原件',
      }),
      material({
        id: 'resolution',
        name: '股东会决议或股东决定（合伙人决定）',
        issuer: '市场主体权力机构作出',
        requirements: '写明变更事项，由股东签字（盖章）',
      }),
      material({
        id: 'articles-amendment',
        name: '修改后的公司章程或章程修正案',
        requirement: 'conditional',
        whenOptions: [
          'change-name',
          'change-address',
          'change-capital',
          'change-scope',
          'change-shareholder',
        ],
        condition: '变更事项涉及章程记载事项时提交',
        issuer: '股东签署',
      }),
      material({
        id: 'new-premises',
        name: '新住所（经营场所）使用相关文件',
        requirement: 'conditional',
        whenOptions: ['change-address'],
        condition: '变更住所时提交',
        issuer: '产权人出具或申请人与产权人签订的租赁合同',
        originals: 0,
        copies: 1,
        commitmentAllowed: true,
      }),
      idCard('新任法定代表人', {
        id: 'new-representative-id',
        requirement: 'conditional',
        whenOptions: ['change-representative'],
        condition: '变更法定代表人时提交',
      }),
      material({
        id: 'equity-transfer',
        name: '股权转让协议',
        requirement: 'conditional',
        whenOptions: ['change-shareholder'],
        condition: '因股权转让变更股东时提交',
        issuer: '转让方与受让方签订',
      }),
      ...agentMaterials('市场主体'),
    ],
    situations: [
      {
        id: 'change-items',
        question: '本次变更哪些登记事项？（可多选）',
        multiple: true,
        options: [
          { id: 'change-name', label: '名称' },
          { id: 'change-address', label: '住所（经营场所）' },
          { id: 'change-representative', label: '法定代表人（负责人）' },
          { id: 'change-capital', label: '注册资本' },
          { id: 'change-scope', label: '经营范围' },
          { id: 'change-shareholder', label: '股东（投资人）' },
        ],
      },
      HANDLER_SITUATION,
    ],
    steps: [
      acceptStep({ online: true }),
      reviewStep(1, '审查变更事项及相关文件是否符合法律法规规定', '登记审核人员', '审核并登记'),
      issueStep(0, '换发的营业执照（变更事项涉及执照记载事项时）或登记通知书'),
    ],
    maturity: 'IV',
    visits: 0,
    channels: ['web', 'mobile', 'window', 'kiosk'],
    result: { name: '营业执照（换发）或准予变更登记通知书', kind: 'licence' },
    faqs: [
      {
        question: '变更登记后税务、社保等信息要分别去改吗？',
        answer:
          '不需要。通过“企业信息变更一件事”办理的，变更信息同步推送至税务、社会保险、医疗保障、住房公积金等部门。',
      },
    ],
    keywords: [...REGISTRATION_KEYWORDS, '执照变更', '企业信息变更'],
    at: [
      { org: 'hlbe-scjg', popularity: 260 },
      { org: 'kdl-scjg', popularity: 230 },
      { org: 'xt-sygsj', popularity: 90 },
      { org: 'wsq-scjg', popularity: 60 },
    ],
  }),

  defineItem({
    baseCode: '0100901003',
    baseName: '市场主体注销登记',
    itemType: 'licensing',
    businessKind: 'cancel',
    competentDept: '市场监督管理部门',
    basis: REGISTRATION_BASIS,
    conditions:
      '市场主体因解散、被宣告破产或者其他法定事由需要终止的，依法清算后申请注销登记；未发生债权债务或已将债权债务清偿完结、未发生或已结清清偿费用的，可以适用简易程序。',
    legalLimit: wd(3),
    promisedLimit: wd(1),
    instant: false,
    ...business(['注销']),
    audience: ['legal_person', 'person'],
    materials: [
      form('application', '市场主体注销登记申请书'),
      businessLicence({
        originals: 1,
        copies: 0,
        name: '营业执照正副本',
        requirements: '原件收缴；遗失的在国家企业信用信息公示系统公告作废',
      }),
      material({
        id: 'dissolution-resolution',
        name: '依法作出解散的决议或者决定',
        requirement: 'conditional',
        whenOptions: ['general'],
        condition: '适用普通注销程序时提交',
        issuer: '股东会或投资人作出',
      }),
      material({
        id: 'liquidation-report',
        name: '经确认的清算报告',
        requirement: 'conditional',
        whenOptions: ['general'],
        condition: '适用普通注销程序时提交',
        issuer: '清算组编制，股东会或投资人确认',
      }),
      form('simple-commitment', '全体投资人承诺书', {
        requirement: 'conditional',
        whenOptions: ['simple'],
        condition: '适用简易注销程序时提交',
        commitmentAllowed: true,
        requirements: '全体投资人签字（盖章），承诺无债权债务或已清偿完结',
      }),
      ...agentMaterials('市场主体'),
    ],
    situations: [
      {
        id: 'procedure',
        question: '适用哪种注销程序？',
        multiple: false,
        options: [
          { id: 'general', label: '普通注销（已成立清算组并完成清算）' },
          { id: 'simple', label: '简易注销（未发生或已清偿完结债权债务）' },
        ],
      },
      HANDLER_SITUATION,
    ],
    steps: [
      acceptStep({ online: true }),
      reviewStep(
        1,
        '审查清算或承诺情况，核查是否存在被列入经营异常名录、股权冻结等不得注销情形',
        '登记审核人员',
        '审核并登记',
      ),
      issueStep(0, '准予注销登记通知书'),
    ],
    maturity: 'IV',
    visits: 0,
    channels: ['web', 'mobile', 'window'],
    specialProcedures: [
      { name: '简易注销公示', maxDuration: nd(20), basis: '《中华人民共和国市场主体登记管理条例》' },
      { name: '债权人公告', maxDuration: nd(45), basis: '《中华人民共和国公司法》' },
    ],
    result: { name: '准予注销登记通知书', kind: 'other' },
    faqs: [
      {
        question: '简易注销要等多久？',
        answer:
          '简易注销需在国家企业信用信息公示系统公示 20 日，公示期内无异议的，可在公示期满后申请注销登记，当日即可办结。',
      },
    ],
    keywords: [...REGISTRATION_KEYWORDS, '执照注销', '企业注销', '简易注销'],
    at: [
      { org: 'hlbe-scjg', popularity: 80 },
      { org: 'kdl-scjg', popularity: 70 },
      { org: 'xt-sygsj', popularity: 30 },
      { org: 'wsq-scjg', popularity: 20 },
    ],
  }),
];
