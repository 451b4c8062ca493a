// 投资项目 生态环境、水利: 帮您办 annexes 1–2 of seed 002 (市生态环境局、市水利局 items and their
// 旗县 counterparts).
import {
  acceptStep,
  agentMaterials,
  businessLicence,
  decideStep,
  defineItem,
  form,
  HANDLER_SITUATION,
  idCard,
  issueStep,
  LICENCE_DEFAULT_LIMIT,
  LICENSING_LAW,
  material,
  reviewStep,
  wd,
} from '../build.ts';
import type { DemoItem } from '../types.ts';
import { INVESTMENT_CONDITIONS_COMMON, investment } from './common.ts';

const EIA_LAW = '《中华人民共和国环境影响评价法》';
const WATER_PERMIT_BASIS = '《中华人民共和国水法》；《取水许可和水资源费征收管理条例》；《取水许可管理办法》';

const projectApproval = () =>
  material({
    id: 'project-approval',
    name: '项目批准、核准或备案文件',
    source: 'government',
    issuer: '投资主管部门',
    originals: 0,
    copies: 1,
    requirements: '已在投资项目在线审批监管平台共享的免于提交',
  });

export const investmentEnvItems: DemoItem[] = [
  defineItem({
    baseCode: '0100401000',
    baseName: '建设项目环境影响评价审批',
    itemType: 'licensing',
    competentDept: '生态环境主管部门',
    basis: `${EIA_LAW}；《建设项目环境保护管理条例》；《环境影响评价公众参与办法》；${LICENSING_LAW}`,
    conditions: `依法应当编制环境影响报告书或报告表的建设项目，在开工建设前报批；项目符合生态环境保护法律法规和生态环境分区管控要求，采取的污染防治措施能够确保污染物排放达到国家和地方排放标准；${INVESTMENT_CONDITIONS_COMMON}`,
    legalLimit: wd(60),
    promisedLimit: wd(20),
    instant: false,
    ...investment(),
    materials: [
      form('application', '建设项目环境影响评价文件审批申请书'),
      material({
        id: 'eia-report-book',
        name: '建设项目环境影响报告书（全本及公开本）',
        requirement: 'conditional',
        whenOptions: ['eia-book'],
        condition: '可能造成重大环境影响、应当编制环境影响报告书的项目提交',
        source: 'intermediary',
        issuer: '建设单位委托的技术单位编制或建设单位自行编制',
        originals: 2,
        media: 'both',
        requirements:
          '编制单位和编制人员信息与环境影响评价信用平台一致，删除涉及国家秘密、商业秘密的内容后形成公开本',
      }),
      material({
        id: 'eia-report-table',
        name: '建设项目环境影响报告表',
        requirement: 'conditional',
        whenOptions: ['eia-table'],
        condition: '可能造成轻度环境影响、应当编制环境影响报告表的项目提交',
        source: 'intermediary',
        issuer: '建设单位委托的技术单位编制或建设单位自行编制',
        originals: 2,
        media: 'both',
      }),
      material({
        id: 'public-participation',
        name: '建设项目环境影响评价公众参与说明',
        requirement: 'conditional',
        whenOptions: ['eia-book'],
        condition: '编制环境影响报告书的项目提交',
        issuer: '建设单位编制',
      }),
      projectApproval(),
      ...agentMaterials('建设单位'),
    ],
    situations: [
      {
        id: 'eia-kind',
        question: '按《建设项目环境影响评价分类管理名录》，项目应编制哪类环评文件？',
        multiple: false,
        options: [
          { id: 'eia-book', label: '环境影响报告书' },
          { id: 'eia-table', label: '环境影响报告表' },
        ],
      },
      HANDLER_SITUATION,
    ],
    steps: [
      acceptStep({ wait: 15, counter: 20 }),
      reviewStep(12, '组织技术评估，审查项目选址选线、污染防治和生态保护措施、环境风险防范措施的可行性'),
      decideStep(5, '环境影响评价文件批复'),
      issueStep(1, '环境影响评价文件批复'),
    ],
    maturity: 'III',
    visits: 1,
    channels: ['window', 'web'],
    specialProcedures: [
      { name: '技术评估（专家评审）', maxDuration: wd(30), basis: EIA_LAW },
      { name: '拟审批公示', maxDuration: wd(5), basis: '《环境影响评价公众参与办法》' },
    ],
    intermediaries: [{ name: '环境影响报告书（表）编制', basis: EIA_LAW }],
    result: { name: '关于××项目环境影响报告书（表）的批复', kind: 'approval_document' },
    faqs: [
      {
        question: '报告书和报告表的法定审批期限一样吗？',
        answer:
          '不一样。审批部门应当自收到环境影响报告书之日起六十日内、收到环境影响报告表之日起三十日内作出审批决定；本中心对两类文件均按承诺时限办理。',
      },
      {
        question: '环评文件必须委托中介机构编制吗？',
        answer:
          '不强制。建设单位具备环境影响评价技术能力的，可以自行编制；委托编制的，可以自主选择技术单位。',
      },
    ],
    keywords: ['环评', '环评审批', '环境影响报告书', '环境影响报告表'],
    at: [
      { org: 'hlbe-sthj', popularity: 10 },
      { org: 'xt-jshbj', popularity: 6 },
      { org: 'wsq-sthj', popularity: 12 },
    ],
  }),

  defineItem({
    baseCode: '0100402000',
    baseName: '排污许可',
    itemType: 'licensing',
    competentDept: '生态环境主管部门',
    basis: `《中华人民共和国环境保护法》；《排污许可管理条例》；${LICENSING_LAW}`,
    conditions:
      '纳入固定污染源排污许可分类管理名录的排污单位，在发生实际排污行为之前申请；依法取得环境影响评价审批文件或已办理登记备案，污染防治设施和自行监测方案符合要求。',
    legalLimit: LICENCE_DEFAULT_LIMIT,
    promisedLimit: wd(10),
    instant: false,
    ...investment(),
    delivery: ['download', 'window', 'post'],
    materials: [
      form('application', '排污许可证申请表', {
        media: 'electronic',
        originals: 0,
        issuer: '排污单位在全国排污许可证管理信息平台在线填报',
      }),
      form('commitment', '排污许可证申请承诺书', {
        commitmentAllowed: true,
        requirements: '法定代表人或主要负责人签字并加盖单位公章，对申请材料真实性和依法排污作出承诺',
      }),
      material({
        id: 'monitoring-plan',
        name: '排污单位自行监测方案',
        issuer: '排污单位编制',
        media: 'electronic',
      }),
      material({
        id: 'eia-approval',
        name: '建设项目环境影响评价审批文件',
        requirement: 'conditional',
        whenOptions: ['new-source'],
        condition: '新建、改建、扩建项目提交',
        source: 'government',
        issuer: '生态环境主管部门',
        originals: 0,
        copies: 1,
        media: 'electronic',
      }),
      material({
        id: 'disclosure',
        name: '排污许可证申请前信息公开情况说明',
        requirement: 'conditional',
        whenOptions: ['key-management'],
        condition: '实行重点管理的排污单位提交',
        issuer: '排污单位编制',
        media: 'electronic',
      }),
      businessLicence({ media: 'electronic' }),
    ],
    situations: [
      {
        id: 'management-class',
        question: '排污单位属于哪一管理类别？',
        multiple: false,
        options: [
          { id: 'key-management', label: '重点管理' },
          { id: 'simplified-management', label: '简化管理' },
        ],
      },
      {
        id: 'source-kind',
        question: '申请对象是新建项目还是现有排污单位？',
        multiple: false,
        options: [
          { id: 'new-source', label: '新建、改建、扩建项目' },
          { id: 'existing-source', label: '现有排污单位' },
        ],
      },
    ],
    steps: [
      acceptStep({ online: true }),
      reviewStep(6, '审查排放口、污染物种类、许可排放浓度和排放量、自行监测和台账要求是否符合规定'),
      decideStep(2, '排污许可证（电子证照）'),
      issueStep(1, '排污许可证'),
    ],
    maturity: 'IV',
    visits: 0,
    channels: ['web', 'window'],
    specialProcedures: [{ name: '现场核查', maxDuration: wd(10), basis: '《排污许可管理条例》' }],
    result: { name: '排污许可证', kind: 'licence' },
    faqs: [
      {
        question: '排污许可证有效期多久？',
        answer: '排污许可证有效期为 5 年。需要延续的，应当在有效期届满 60 日前向审批部门提出申请。',
      },
    ],
    keywords: ['排污证', '排污许可证', '固定污染源'],
    at: [
      { org: 'hlbe-sthj', popularity: 14 },
      { org: 'wsq-sthj', popularity: 16 },
    ],
  }),

  defineItem({
    baseCode: '0100501000',
    baseName: '取水许可',
    itemType: 'licensing',
    competentDept: '水行政主管部门',
    basis: `${WATER_PERMIT_BASIS}；${LICENSING_LAW}`,
    conditions:
      '利用取水工程或者设施直接从江河、湖泊或者地下取用水资源的单位和个人（法定免于申领的情形除外）；取水符合水资源规划和用水总量控制指标，不损害第三者合法权益。',
    legalLimit: wd(45),
    promisedLimit: wd(20),
    instant: false,
    ...investment(),
    audience: ['legal_person', 'person'],
    materials: [
      form('application', '取水许可申请书'),
      material({
        id: 'water-report-book',
        name: '建设项目水资源论证报告书',
        requirement: 'conditional',
        whenOptions: ['water-book'],
        condition: '按规定需要编制水资源论证报告书的建设项目提交',
        source: 'intermediary',
        issuer: '建设单位委托的技术单位编制',
        originals: 2,
        media: 'both',
      }),
      material({
        id: 'water-report-table',
        name: '建设项目水资源论证表',
        requirement: 'conditional',
        whenOptions: ['water-table'],
        condition: '取用水量较少、按规定编制水资源论证表的建设项目提交',
        issuer: '建设单位编制',
        originals: 2,
        media: 'both',
      }),
      material({
        id: 'third-party',
        name: '与第三者利害关系的相关说明',
        issuer: '申请人出具',
        requirements: '存在利害关系的，附第三者的书面意见',
      }),
      businessLicence({ requirement: 'conditional', whenOptions: ['unit'], condition: '单位申请时提交' }),
      idCard('申请人', {
        requirement: 'conditional',
        whenOptions: ['individual'],
        condition: '个人申请时提交',
      }),
    ],
    situations: [
      {
        id: 'applicant-kind',
        question: '取水申请人是单位还是个人？',
        multiple: false,
        options: [
          { id: 'unit', label: '单位' },
          { id: 'individual', label: '个人' },
        ],
      },
      {
        id: 'water-report',
        question: '建设项目水资源论证文件是哪一种？',
        multiple: false,
        options: [
          { id: 'water-book', label: '水资源论证报告书' },
          { id: 'water-table', label: '水资源论证表' },
        ],
      },
    ],
    steps: [
      acceptStep({ wait: 15, counter: 15 }),
      reviewStep(14, '审查取水水源、取水量、取水用途、退水方式和水资源论证结论，征求利害关系人意见'),
      decideStep(4, '取水申请批准文件'),
      issueStep(1, '取水申请批准文件'),
    ],
    maturity: 'III',
    visits: 1,
    channels: ['window', 'web'],
    specialProcedures: [{ name: '水资源论证报告书专家评审', maxDuration: wd(20), basis: WATER_PERMIT_BASIS }],
    intermediaries: [{ name: '建设项目水资源论证报告书编制', basis: WATER_PERMIT_BASIS }],
    result: { name: '取水申请批准文件', kind: 'approval_document' },
    faqs: [
      {
        question: '取得批准文件后就可以取水了吗？',
        answer: '不可以。取水工程建成并试运行后，经验收合格，由审批机关核发取水许可证，方可正式取水。',
      },
    ],
    keywords: ['取水证', '取水许可证', '水资源论证'],
    at: [
      { org: 'hlbe-slj', popularity: 5 },
      { org: 'xt-nlmsj', popularity: 3 },
      { org: 'wsq-slj', popularity: 8 },
    ],
  }),

  defineItem({
    baseCode: '0100502000',
    baseName: '生产建设项目水土保持方案审批',
    itemType: 'licensing',
    competentDept: '水行政主管部门',
    basis: `《中华人民共和国水土保持法》；${LICENSING_LAW}`,
    conditions:
      '在山区、丘陵区、风沙区以及水土保持规划确定的容易发生水土流失的其他区域开办可能造成水土流失的生产建设项目，在开工建设前报批水土保持方案。',
    legalLimit: LICENCE_DEFAULT_LIMIT,
    promisedLimit: wd(10),
    instant: false,
    ...investment(),
    delivery: ['download', 'window'],
    materials: [
      form('application', '生产建设项目水土保持方案审批申请表'),
      material({
        id: 'swc-book',
        name: '生产建设项目水土保持方案报告书',
        requirement: 'conditional',
        whenOptions: ['swc-book'],
        condition: '征占地面积在 5 公顷以上或挖填土石方总量在 5 万立方米以上的项目提交',
        issuer: '生产建设单位自行编制或委托技术单位编制',
        originals: 1,
        media: 'both',
      }),
      material({
        id: 'swc-table',
        name: '生产建设项目水土保持方案报告表',
        requirement: 'conditional',
        whenOptions: ['swc-table'],
        condition:
          '征占地面积在 0.5 公顷以上 5 公顷以下或挖填土石方总量在 1 千立方米以上 5 万立方米以下的项目提交',
        issuer: '生产建设单位自行编制或委托技术单位编制',
        originals: 1,
        media: 'both',
      }),
      form('commitment', '水土保持方案审批承诺书', {
        requirement: 'conditional',
        whenOptions: ['swc-table'],
        condition: '报告表实行承诺制管理的提交',
        commitmentAllowed: true,
      }),
    ],
    situations: [
      {
        id: 'swc-scale',
        question: '项目征占地面积和挖填土石方量属于哪一档？',
        multiple: false,
        options: [
          { id: 'swc-book', label: '5 公顷以上或 5 万立方米以上（报告书）' },
          { id: 'swc-table', label: '0.5–5 公顷或 1 千–5 万立方米（报告表）' },
        ],
      },
    ],
    steps: [
      acceptStep({ online: true }),
      reviewStep(6, '审查水土流失防治责任范围、防治目标和措施、水土保持投资估算'),
      decideStep(2, '水土保持方案批复'),
      issueStep(1, '水土保持方案批复'),
    ],
    maturity: 'IV',
    visits: 0,
    channels: ['web', 'mobile', 'window'],
    specialProcedures: [{ name: '技术评审', maxDuration: wd(15), basis: '《中华人民共和国水土保持法》' }],
    result: { name: '关于××项目水土保持方案的批复', kind: 'approval_document' },
    faqs: [
      {
        question: '报告表项目可以承诺制审批吗？',
        answer:
          '可以。编制水土保持方案报告表的项目，生产建设单位签署承诺书后，审批部门可直接作出批复，并在事后进行核查。',
      },
    ],
    keywords: ['水保方案', '水土保持', '水保审批'],
    at: [
      { org: 'hlbe-slj', popularity: 7 },
      { org: 'wsq-slj', popularity: 9 },
    ],
  }),

  defineItem({
    baseCode: '0100503000',
    baseName: '非防洪建设项目洪水影响评价报告审批',
    itemType: 'licensing',
    competentDept: '水行政主管部门',
    basis: `《中华人民共和国防洪法》；${LICENSING_LAW}`,
    conditions: '在洪泛区、蓄滞洪区内建设非防洪建设项目，已编制洪水影响评价报告，提出防御措施。',
    legalLimit: LICENCE_DEFAULT_LIMIT,
    promisedLimit: wd(10),
    instant: false,
    ...investment(),
    materials: [
      form('application', '洪水影响评价报告审批申请表'),
      material({
        id: 'flood-report',
        name: '洪水影响评价报告',
        source: 'intermediary',
        issuer: '建设单位委托的技术单位编制',
        originals: 2,
        media: 'both',
      }),
      projectApproval(),
    ],
    situations: [],
    steps: [
      acceptStep({ wait: 15, counter: 15 }),
      reviewStep(5, '审查项目对防洪的影响、洪水对项目的影响及防御措施'),
      decideStep(3, '洪水影响评价报告批复'),
      issueStep(1, '洪水影响评价报告批复'),
    ],
    maturity: 'III',
    visits: 1,
    channels: ['window', 'web'],
    specialProcedures: [{ name: '专家评审', maxDuration: wd(15), basis: '《中华人民共和国防洪法》' }],
    intermediaries: [{ name: '洪水影响评价报告编制', basis: '《中华人民共和国防洪法》' }],
    result: { name: '关于××项目洪水影响评价报告的批复', kind: 'approval_document' },
    faqs: [
      {
        question: '同一项目还涉及河道内建设方案审批怎么办？',
        answer: '可以合并编制洪水影响评价报告，在同一窗口一并申请，实行“多评合一”。',
      },
    ],
    keywords: ['洪评', '洪水影响评价'],
    at: [{ org: 'hlbe-slj', popularity: 2 }],
  }),

  defineItem({
    baseCode: '0100504000',
    baseName: '河道管理范围内建设项目工程建设方案审批',
    itemType: 'licensing',
    competentDept: '水行政主管部门',
    basis: `《中华人民共和国水法》；《中华人民共和国防洪法》；《中华人民共和国河道管理条例》；${LICENSING_LAW}`,
    conditions:
      '在河道管理范围内建设桥梁、码头、道路、管道、缆线、取水和排水等工程设施，工程建设方案符合防洪标准、岸线规划和有关技术要求。',
    legalLimit: LICENCE_DEFAULT_LIMIT,
    promisedLimit: wd(10),
    instant: false,
    ...investment(),
    materials: [
      form('application', '河道管理范围内建设项目申请书'),
      material({
        id: 'river-scheme',
        name: '工程建设方案及防洪评价报告',
        source: 'intermediary',
        issuer: '建设单位委托的技术单位编制',
        originals: 2,
        media: 'both',
      }),
      material({
        id: 'location-map',
        name: '建设项目所在河段位置图及平面布置图',
        issuer: '建设单位提供',
        originals: 2,
      }),
    ],
    situations: [],
    steps: [
      acceptStep({ wait: 15, counter: 15 }),
      reviewStep(5, '审查工程对河势稳定、行洪安全、堤防安全和第三者合法权益的影响'),
      decideStep(3, '河道管理范围内建设项目审查意见书'),
      issueStep(1, '河道管理范围内建设项目审查意见书'),
    ],
    maturity: 'III',
    visits: 1,
    channels: ['window', 'web'],
    specialProcedures: [{ name: '现场勘验', maxDuration: wd(5), basis: '《中华人民共和国河道管理条例》' }],
    intermediaries: [{ name: '防洪评价报告编制', basis: '《中华人民共和国防洪法》' }],
    result: { name: '河道管理范围内建设项目审查意见书', kind: 'approval_document' },
    faqs: [
      {
        question: '施工前还需要办理什么手续？',
        answer: '工程开工前，建设单位应将施工安排告知河道主管机关，施工期间占用河道的应服从防汛安排。',
      },
    ],
    keywords: ['涉河审批', '河道审批', '防洪评价'],
    at: [{ org: 'hlbe-slj', popularity: 3 }],
  }),
];
