// 掌上办 high-frequency services (seed 002 掌上办 附件2): 公积金提取、居住证在线办理、婚姻登记预约、
// 出入境证件办理、老年证办理. Each is also offered at the hall window (seed 001: 不得强制网上预约).
import {
  acceptStep,
  agentMaterials,
  decideStep,
  defineItem,
  form,
  HANDLER_SITUATION,
  idCard,
  instantStep,
  issueStep,
  LICENSING_LAW,
  marriageCertificate,
  material,
  propertyCertificate,
  reviewStep,
  SERVICE_DEFAULT_LIMIT,
  wd,
} from '../build.ts';
import type { DemoItem } from '../types.ts';
import { livelihood, professional } from './common.ts';

const HOUSING_FUND_BASIS = '《住房公积金管理条例》';

const photo = (name = '近期免冠白底彩色证件照片') =>
  material({
    id: 'photo',
    name,
    issuer: '窗口现场免费采集，或申请人通过“蒙速办”上传符合标准的数码照片',
    originals: 1,
    media: 'both',
  });

const bankCard = () =>
  material({
    id: 'bank-card',
    name: '申请人本人名下的银行借记卡',
    source: 'other',
    issuer: '商业银行',
    originals: 1,
    copies: 0,
    requirements: '窗口核对卡号后当场退还；网上办理的填写卡号并完成实名核验',
  });

export const livelihoodItems: DemoItem[] = [
  defineItem({
    baseCode: '2000202001',
    baseName: '住房消费提取住房公积金',
    itemType: 'public_service',
    competentDept: '住房公积金管理中心',
    basis: HOUSING_FUND_BASIS,
    conditions:
      '缴存职工购买、建造、翻建、大修自住住房，租赁自住住房，或偿还购房贷款本息的，可以提取本人及配偶住房公积金账户内的存储余额。',
    legalLimit: wd(3),
    promisedLimit: wd(1),
    instant: false,
    ...professional(['person'], ['住房']),
    delivery: ['download'],
    crossRegion: 'full_online',
    acceptOnReceipt: true,
    materials: [
      form('withdrawal-form', '住房公积金提取申请书', { media: 'electronic', originals: 0 }),
      idCard(),
      bankCard(),
      material({
        id: 'purchase-contract',
        name: '购房合同及购房发票',
        requirement: 'conditional',
        whenOptions: ['buy-house'],
        condition: '购买自住住房提取时提交；已办理不动产登记的可提交不动产权证书代替',
        issuer: '房屋出卖人与申请人签订；发票由出卖人开具',
        originals: 1,
        copies: 1,
      }),
      propertyCertificate({
        requirement: 'conditional',
        whenOptions: ['buy-house'],
        condition: '已办理不动产登记的提交，可代替购房合同及发票',
        originals: 0,
        copies: 1,
        requirements: '已取得电子证照的经授权后免于提交',
      }),
      form('rent-commitment', '租赁自住住房提取承诺书', {
        requirement: 'conditional',
        whenOptions: ['rent'],
        condition: '本人及配偶在缴存地无自有住房、租赁住房提取时提交',
        commitmentAllowed: true,
      }),
      material({
        id: 'loan-contract',
        name: '住房贷款借款合同及近期还款明细',
        requirement: 'conditional',
        whenOptions: ['repay'],
        condition: '偿还商业性住房贷款本息提取时提交；偿还本中心公积金贷款的无需提交',
        source: 'other',
        issuer: '贷款银行',
        originals: 0,
        copies: 1,
      }),
      marriageCertificate({
        requirement: 'conditional',
        whenOptions: ['with-spouse'],
        condition: '同时提取配偶住房公积金时提交',
      }),
    ],
    situations: [
      {
        id: 'withdrawal-reason',
        question: '因何种住房消费提取？',
        multiple: false,
        options: [
          { id: 'buy-house', label: '购买自住住房' },
          { id: 'rent', label: '租赁自住住房' },
          { id: 'repay', label: '偿还住房贷款本息' },
        ],
      },
      {
        id: 'spouse',
        question: '是否同时提取配偶的住房公积金？',
        multiple: false,
        options: [
          { id: 'with-spouse', label: '是' },
          { id: 'self-only', label: '否，仅提取本人' },
        ],
      },
    ],
    steps: [
      acceptStep({ online: true }),
      reviewStep(
        1,
        '核验提取事由、提取额度和账户状态；租房提取通过数据共享核查名下住房情况',
        '公积金业务审核人员',
        '审核并转账',
      ),
      issueStep(0, '提取资金转入申请人本人银行账户'),
    ],
    maturity: 'IV',
    visits: 0,
    channels: ['mobile', 'web', 'window', 'kiosk'],
    result: { name: '住房公积金提取到账通知', kind: 'other' },
    faqs: [
      {
        question: '租房提取每年可以提几次？',
        answer: '按本地住房公积金管理委员会规定的额度和频次提取，可在“蒙速办”设置按月或按季度自动提取。',
      },
      {
        question: '在外地买房可以提取吗？',
        answer: '可以。住房公积金提取已实现“跨省通办”，异地购房可在网上申请，无需回缴存地办理。',
      },
    ],
    keywords: ['公积金提取', '取公积金', '租房提取', '购房提取', '还贷提取'],
    at: [
      { org: 'hlbe-gjj', popularity: 900 },
      { org: 'kdl-gjj', popularity: 850 },
      { org: 'xt-gjj', popularity: 300 },
      { org: 'wsq-gjj', popularity: 200 },
    ],
  }),

  defineItem({
    baseCode: '0700301000',
    baseName: '居住证核发',
    itemType: 'confirmation',
    competentDept: '公安机关',
    basis: '《居住证暂行条例》',
    conditions:
      '公民离开常住户口所在地，到其他城市居住半年以上，符合有合法稳定就业、合法稳定住所、连续就读条件之一的，可以申领居住证。',
    legalLimit: wd(15),
    promisedLimit: wd(5),
    instant: false,
    ...professional(['person'], ['户籍', '就业', '教育']),
    materials: [
      form('application', '居住证申领登记表'),
      idCard(),
      photo(),
      material({
        id: 'employment-proof',
        name: '劳动合同或营业执照',
        requirement: 'conditional',
        whenOptions: ['work'],
        condition: '以合法稳定就业申领时提交',
        issuer: '用人单位与申请人签订（劳动合同）或市场监督管理部门核发（营业执照）',
        originals: 1,
        copies: 1,
      }),
      material({
        id: 'residence-proof',
        name: '房屋租赁合同或不动产权证书',
        requirement: 'conditional',
        whenOptions: ['housing'],
        condition: '以合法稳定住所申领时提交',
        issuer: '出租人与申请人签订（租赁合同）或不动产登记机构核发（不动产权证书）',
        originals: 1,
        copies: 1,
      }),
      material({
        id: 'study-proof',
        name: '学生证或就读学校出具的在读证明',
        requirement: 'conditional',
        whenOptions: ['study'],
        condition: '以连续就读申领时提交',
        issuer: '就读学校',
      }),
    ],
    situations: [
      {
        id: 'residence-basis',
        question: '以哪种条件申领居住证？',
        multiple: false,
        options: [
          { id: 'work', label: '合法稳定就业' },
          { id: 'housing', label: '合法稳定住所' },
          { id: 'study', label: '连续就读' },
        ],
      },
    ],
    steps: [
      acceptStep({ wait: 15, counter: 10, role: '公安户政窗口民警' }),
      reviewStep(3, '核查居住登记满半年情况和申领条件', '户政审核民警'),
      decideStep(1, '居住证', '户政部门负责人'),
      issueStep(1, '居住证（可选择邮寄）'),
    ],
    maturity: 'III',
    visits: 1,
    channels: ['window', 'mobile', 'web'],
    result: { name: '居住证', kind: 'certificate' },
    faqs: [
      {
        question: '居住证需要每年签注吗？',
        answer: '需要。居住证持有人在居住地连续居住的，应当每年签注一次，可在“蒙速办”在线签注。',
      },
    ],
    keywords: ['居住证办理', '暂住证', '居住证预约'],
    at: [
      { org: 'hlbe-gaj', popularity: 120 },
      { org: 'kdl-gafj', popularity: 200 },
      { org: 'xt-gafj', popularity: 90 },
      { org: 'wsq-gaj', popularity: 40 },
    ],
  }),

  defineItem({
    baseCode: '0700401000',
    baseName: '内地居民结婚登记',
    itemType: 'confirmation',
    competentDept: '民政部门',
    basis: '《中华人民共和国民法典》；《婚姻登记条例》',
    conditions:
      '男女双方完全自愿，男方年满二十二周岁、女方年满二十周岁，双方均无配偶，双方不属于直系血亲和三代以内旁系血亲，双方亲自到婚姻登记机关申请。',
    legalLimit: wd(0),
    promisedLimit: wd(0),
    instant: true,
    ...livelihood(['婚育']),
    delivery: ['window'],
    materials: [
      idCard('男女双方', {
        copies: 0,
        originals: 2,
        requirements: '双方本人有效居民身份证原件，核验后当场退还',
      }),
      form('declaration', '申请结婚登记声明书', {
        issuer: '男女双方在婚姻登记员面前亲笔签名（现场提供）',
        originals: 1,
        media: 'paper',
        requirements: '声明本人无配偶以及与对方当事人没有直系血亲和三代以内旁系血亲关系，不得代签',
      }),
      photo('男女双方近期半身免冠合影照片（2寸，3张）'),
    ],
    situations: [],
    steps: [
      instantStep('婚姻登记员询问双方结婚意愿，核对证件和声明，符合条件的当场予以登记', '结婚证', {
        role: '婚姻登记员',
        wait: 20,
        counter: 20,
      }),
      issueStep(0, '结婚证（可选择颁证仪式）', { attends: true, wait: 0, counter: 10 }),
    ],
    maturity: 'II',
    visits: 1,
    channels: ['window', 'mobile'],
    result: { name: '结婚证', kind: 'certificate' },
    faqs: [
      {
        question: '必须先在网上预约吗？',
        answer:
          '不必须。可通过“蒙速办”婚姻登记预约选择时段，也可以直接到婚姻登记处现场办理，现场办理不因未预约而拒绝受理。',
      },
      {
        question: '需要带户口簿吗？',
        answer: '不需要。双方持本人有效居民身份证即可，照片可以现场拍摄。',
      },
    ],
    keywords: ['结婚登记', '领证', '婚姻登记预约', '结婚证'],
    at: [
      { org: 'hlbe-mzj', popularity: 300 },
      { org: 'kdl-mzj', popularity: 260 },
      { org: 'wsq-mzj', popularity: 90 },
    ],
  }),

  defineItem({
    baseCode: '0101201000',
    baseName: '普通护照签发',
    itemType: 'licensing',
    competentDept: '公安机关出入境管理机构',
    basis: `《中华人民共和国护照法》；《中华人民共和国出境入境管理法》；${LICENSING_LAW}`,
    conditions:
      '中国公民因前往外国定居、探亲、学习、就业、旅行、从事商务活动等非公务原因出国，不存在法律规定不予签发护照的情形。',
    legalLimit: wd(15),
    promisedLimit: wd(7),
    instant: false,
    ...professional(['person'], ['出境']),
    crossRegion: 'remote_proxy',
    fees: {
      free: false,
      items: [
        {
          name: '普通护照工本费',
          basis: '《国家发展改革委 财政部关于降低部分行政事业性收费标准的通知》',
          amountFen: 12000,
        },
      ],
    },
    materials: [
      form('application', '中国公民出入境证件申请表', {
        issuer: '窗口根据身份信息自动生成，申请人核对签字（可在“蒙速办”预填）',
      }),
      idCard(),
      photo('出入境证件数码照片'),
      material({
        id: 'old-passport',
        name: '原护照',
        requirement: 'conditional',
        whenOptions: ['renew'],
        condition: '护照有效期即将届满、签证页即将使用完毕等换发时提交',
        source: 'government',
        issuer: '公安机关出入境管理机构',
      }),
      material({
        id: 'loss-report',
        name: '护照遗失或被盗情况说明',
        requirement: 'conditional',
        whenOptions: ['reissue'],
        condition: '护照遗失、被盗补发时提交',
        issuer: '申请人书写',
      }),
      idCard('监护人', {
        id: 'guardian-id',
        requirement: 'conditional',
        whenOptions: ['minor'],
        condition: '未满十六周岁的申请人由监护人陪同办理时提交',
      }),
      material({
        id: 'guardianship-proof',
        name: '出生医学证明或载明监护关系的居民户口簿',
        requirement: 'conditional',
        whenOptions: ['minor'],
        condition: '未满十六周岁的申请人提交',
        source: 'government',
        issuer: '助产医疗机构（出生医学证明）或公安派出所（居民户口簿）',
      }),
    ],
    situations: [
      {
        id: 'passport-kind',
        question: '申请类型是什么？',
        multiple: false,
        options: [
          { id: 'first', label: '首次申请' },
          { id: 'renew', label: '换发' },
          { id: 'reissue', label: '遗失或被盗补发' },
        ],
      },
      {
        id: 'age',
        question: '申请人是否未满十六周岁？',
        multiple: false,
        options: [
          { id: 'minor', label: '未满十六周岁' },
          { id: 'adult', label: '已满十六周岁' },
        ],
      },
    ],
    steps: [
      acceptStep({ wait: 20, counter: 10, role: '出入境受理民警' }),
      reviewStep(4, '核查申请人身份、出境管控情况和证件信息', '出入境审核民警'),
      decideStep(1, '普通护照', '出入境部门负责人'),
      issueStep(2, '普通护照（可选择邮寄或自助机领取）'),
    ],
    maturity: 'II',
    visits: 1,
    channels: ['window', 'mobile'],
    result: { name: '中华人民共和国普通护照', kind: 'licence' },
    faqs: [
      {
        question: '可以在户籍地以外办理护照吗？',
        answer: '可以。内地居民可在全国任一出入境管理机构申请普通护照，无需提交居住证明。',
      },
      {
        question: '护照办好后必须本人领取吗？',
        answer: '可以选择免费邮寄到家，也可以凭受理回执在出入境自助发证机领取。',
      },
    ],
    keywords: ['出入境', '办护照', '护照', '出入境证件办理', '出入境预约'],
    at: [
      { org: 'hlbe-gaj', popularity: 260 },
      { org: 'kdl-gafj', popularity: 220 },
      { org: 'wsq-gaj', popularity: 60 },
    ],
  }),

  defineItem({
    baseCode: '2000301000',
    baseName: '老年人优待证办理',
    itemType: 'public_service',
    competentDept: '卫生健康部门（老龄工作机构）',
    basis: '《中华人民共和国老年人权益保障法》',
    conditions: '年满六十周岁的本地户籍老年人，以及持有本地居住证的外地户籍老年人。',
    legalLimit: SERVICE_DEFAULT_LIMIT,
    promisedLimit: wd(3),
    instant: false,
    ...livelihood(['养老']),
    delivery: ['download', 'window', 'post'],
    materials: [
      idCard('老年人本人'),
      photo(),
      material({
        id: 'residence-permit',
        name: '居住证',
        requirement: 'conditional',
        whenOptions: ['non-local'],
        condition: '外地户籍老年人提交',
        source: 'government',
        issuer: '居住地公安机关',
        originals: 1,
        copies: 1,
      }),
      ...agentMaterials('老年人'),
    ],
    situations: [
      {
        id: 'household',
        question: '老年人的户籍在哪里？',
        multiple: false,
        options: [
          { id: 'local', label: '本地户籍' },
          { id: 'non-local', label: '外地户籍，持本地居住证' },
        ],
      },
      HANDLER_SITUATION,
    ],
    steps: [
      acceptStep({ online: true }),
      reviewStep(1, '核对年龄和户籍（居住证）信息', '老龄工作经办人员', '审核'),
      issueStep(2, '老年人优待证（电子证即时发放，实体卡制卡后邮寄或窗口领取）'),
    ],
    maturity: 'IV',
    visits: 0,
    channels: ['mobile', 'web', 'window'],
    result: { name: '老年人优待证', kind: 'certificate' },
    faqs: [
      {
        question: '电子优待证和实体卡有什么区别？',
        answer: '两者效力相同。电子优待证在“蒙速办”卡包中亮证使用，行动不便的老年人可由家属代办实体卡。',
      },
    ],
    keywords: ['老年证', '优待证', '老人证', '老年卡'],
    at: [
      { org: 'hlbe-wjw', popularity: 500 },
      { org: 'kdl-wjw', popularity: 450 },
      { org: 'xt-shswj', popularity: 120 },
      { org: 'wsq-wjw', popularity: 150 },
    ],
  }),
];
