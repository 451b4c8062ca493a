// 投资项目立项: 帮您办 annexes 1–2 of seed 002 — 发改委 (and 工信局 for 节能审查) items.
import {
  acceptStep,
  agentMaterials,
  businessLicence,
  decideStep,
  defineItem,
  form,
  HANDLER_SITUATION,
  instantStep,
  issueStep,
  LICENCE_DEFAULT_LIMIT,
  LICENSING_LAW,
  material,
  reviewStep,
  wd,
} from '../build.ts';
import type { DemoItem } from '../types.ts';
import { INVESTMENT_CONDITIONS_COMMON, investment } from './common.ts';

const GOV_INVESTMENT_BASIS = '《政府投资条例》；《国务院关于投资体制改革的决定》';

const ENERGY_SITUATION = {
  id: 'energy',
  question: '项目年综合能源消费量是否达到 1000 吨标准煤或年电力消费量是否达到 500 万千瓦时？',
  multiple: false,
  options: [
    { id: 'energy-over', label: '达到，需单独进行节能审查' },
    { id: 'energy-under', label: '未达到，不单独进行节能审查' },
  ],
};

const projectCode = () =>
  material({
    id: 'project-code',
    name: '投资项目统一代码赋码单',
    source: 'government',
    issuer: '全国投资项目在线审批监管平台（内蒙古自治区）',
    originals: 0,
    copies: 1,
    media: 'electronic',
    requirements: '在线平台赋码后自动关联，无需另行提交纸质件',
  });

export const investmentApprovalItems: DemoItem[] = [
  defineItem({
    baseCode: '1000101000',
    baseName: '政府投资项目建议书审批',
    itemType: 'other_power',
    competentDept: '发展和改革部门',
    basis: GOV_INVESTMENT_BASIS,
    conditions: `采取直接投资、资本金注入方式的政府投资项目，项目单位已编制项目建议书并经行业主管部门审核同意；${INVESTMENT_CONDITIONS_COMMON}`,
    legalLimit: LICENCE_DEFAULT_LIMIT,
    promisedLimit: wd(10),
    instant: false,
    ...investment(),
    materials: [
      form('application', '政府投资项目建议书审批申请表'),
      material({
        id: 'proposal',
        name: '项目建议书',
        issuer: '项目单位自行编制或委托工程咨询单位编制',
        originals: 3,
        media: 'both',
        requirements: '加盖项目单位公章，附电子文本',
      }),
      material({
        id: 'sector-opinion',
        name: '行业主管部门审核意见',
        source: 'government',
        issuer: '项目所属行业主管部门',
        allowMissing: true,
        requirements: '可容缺受理，承诺在作出批复前补交',
      }),
      material({
        id: 'co-funding',
        name: '其他出资方出资承诺函',
        requirement: 'conditional',
        whenOptions: ['funds-mixed'],
        condition: '政府资金与其他资金共同投资时提交',
        issuer: '其他出资方出具',
      }),
      projectCode(),
      ...agentMaterials('项目单位'),
    ],
    situations: [
      {
        id: 'funds',
        question: '项目资金来源是什么？',
        multiple: false,
        options: [
          { id: 'funds-gov', label: '全部使用政府预算资金' },
          { id: 'funds-mixed', label: '政府资金与其他资金共同投资' },
        ],
      },
      HANDLER_SITUATION,
    ],
    steps: [
      acceptStep({ wait: 15, counter: 20 }),
      reviewStep(5, '审查项目建设必要性、建设内容和规模、投资估算及资金来源、是否符合规划和产业政策'),
      decideStep(3, '项目建议书批复文件'),
      issueStep(1, '项目建议书批复文件'),
    ],
    maturity: 'III',
    visits: 1,
    channels: ['window', 'web'],
    specialProcedures: [
      { name: '中介服务机构评估和专家评议', maxDuration: wd(30), basis: '《政府投资条例》' },
    ],
    result: { name: '关于××项目建议书的批复', kind: 'approval_document' },
    faqs: [
      {
        question: '所有政府投资项目都要先审批项目建议书吗？',
        answer:
          '采取直接投资和资本金注入方式的政府投资项目需要审批项目建议书；按规定可以将项目建议书与可行性研究报告合并审批的，按合并审批办理。',
      },
      {
        question: '项目建议书需要委托咨询单位编制吗？',
        answer:
          '不强制委托。项目单位可以自行编制，也可以自主委托工程咨询单位编制，审批部门不得指定编制单位。',
      },
    ],
    keywords: ['立项', '项目立项', '项目建议书批复', '政府投资'],
    at: [
      { org: 'hlbe-fgw', popularity: 12 },
      { org: 'kdl-fgw', popularity: 6 },
      { org: 'xt-jjfzj', popularity: 5 },
      { org: 'wsq-fgw', popularity: 8 },
    ],
  }),

  defineItem({
    baseCode: '1000102000',
    baseName: '政府投资项目可行性研究报告审批',
    itemType: 'other_power',
    competentDept: '发展和改革部门',
    basis: GOV_INVESTMENT_BASIS,
    conditions: `项目建议书已批复（按规定合并审批的除外），项目已取得用地预审与选址意见书；${INVESTMENT_CONDITIONS_COMMON}`,
    legalLimit: LICENCE_DEFAULT_LIMIT,
    promisedLimit: wd(10),
    instant: false,
    ...investment(),
    materials: [
      form('application', '政府投资项目可行性研究报告审批申请表'),
      material({
        id: 'feasibility-report',
        name: '项目可行性研究报告',
        source: 'intermediary',
        issuer: '项目单位委托的工程咨询单位编制',
        originals: 3,
        media: 'both',
        requirements: '编制单位和项目单位分别加盖公章，附电子文本',
      }),
      material({
        id: 'proposal-approval',
        name: '项目建议书批复文件',
        requirement: 'conditional',
        whenOptions: ['pb-approved'],
        condition: '已单独审批项目建议书的项目提交',
        source: 'government',
        issuer: '投资主管部门',
        originals: 0,
        copies: 1,
      }),
      material({
        id: 'land-pre-review',
        name: '建设项目用地预审与选址意见书',
        source: 'government',
        issuer: '自然资源主管部门',
        originals: 0,
        copies: 1,
      }),
      material({
        id: 'energy-opinion',
        name: '节能审查意见',
        requirement: 'conditional',
        whenOptions: ['energy-over'],
        condition: '年综合能源消费量 1000 吨标准煤及以上或年电力消费量 500 万千瓦时及以上的项目提交',
        source: 'government',
        issuer: '节能审查机关',
        originals: 0,
        copies: 1,
        allowMissing: true,
      }),
      projectCode(),
    ],
    situations: [
      {
        id: 'proposal',
        question: '项目建议书是否已单独批复？',
        multiple: false,
        options: [
          { id: 'pb-approved', label: '已单独批复项目建议书' },
          { id: 'pb-merged', label: '按规定与可行性研究报告合并审批' },
        ],
      },
      ENERGY_SITUATION,
    ],
    steps: [
      acceptStep({ wait: 15, counter: 20 }),
      reviewStep(5, '审查建设方案、投资估算、资金筹措、经济社会效益及风险，组织或委托评估'),
      decideStep(3, '可行性研究报告批复文件'),
      issueStep(1, '可行性研究报告批复文件'),
    ],
    maturity: 'III',
    visits: 1,
    channels: ['window', 'web'],
    specialProcedures: [
      { name: '中介服务机构评估和专家评议', maxDuration: wd(30), basis: '《政府投资条例》' },
    ],
    intermediaries: [{ name: '可行性研究报告编制', basis: '《政府投资条例》；《工程咨询行业管理办法》' }],
    result: { name: '关于××项目可行性研究报告的批复', kind: 'approval_document' },
    faqs: [
      {
        question: '评估时间计入审批时限吗？',
        answer:
          '委托中介服务机构评估、组织专家评议的时间属于特别程序，不计入承诺办理时限，窗口会书面告知所需时间。',
      },
    ],
    keywords: ['可研批复', '可行性研究报告', '政府投资'],
    at: [
      { org: 'hlbe-fgw', popularity: 10 },
      { org: 'kdl-fgw', popularity: 5 },
      { org: 'xt-jjfzj', popularity: 4 },
      { org: 'wsq-fgw', popularity: 7 },
    ],
  }),

  defineItem({
    baseCode: '1000103000',
    baseName: '政府投资项目初步设计审批',
    itemType: 'other_power',
    competentDept: '发展和改革部门',
    basis: GOV_INVESTMENT_BASIS,
    conditions:
      '项目可行性研究报告已批复；初步设计由具有相应资质的设计单位编制，深度符合国家规定，投资概算不超过可行性研究报告批复投资估算的 10%。',
    legalLimit: LICENCE_DEFAULT_LIMIT,
    promisedLimit: wd(10),
    instant: false,
    ...investment(),
    materials: [
      form('application', '政府投资项目初步设计审批申请表'),
      material({
        id: 'preliminary-design',
        name: '项目初步设计文件及投资概算书',
        source: 'intermediary',
        issuer: '具有相应资质的工程设计单位编制',
        originals: 3,
        media: 'both',
        requirements: '设计单位加盖出图章和资质章',
      }),
      material({
        id: 'feasibility-approval',
        name: '可行性研究报告批复文件',
        source: 'government',
        issuer: '投资主管部门',
        originals: 0,
        copies: 1,
      }),
      material({
        id: 'design-qualification',
        name: '设计单位资质证书',
        source: 'other',
        issuer: '住房和城乡建设主管部门核发',
        originals: 0,
        copies: 1,
        requirements: '复印件加盖设计单位公章',
      }),
      projectCode(),
    ],
    situations: [],
    steps: [
      acceptStep({ wait: 15, counter: 20 }),
      reviewStep(5, '审查设计方案、主要设备材料、投资概算与可研批复的一致性，组织专家评审'),
      decideStep(3, '初步设计及概算批复文件'),
      issueStep(1, '初步设计及概算批复文件'),
    ],
    maturity: 'III',
    visits: 1,
    channels: ['window', 'web'],
    specialProcedures: [{ name: '专家评审', maxDuration: wd(15), basis: '《政府投资条例》' }],
    intermediaries: [{ name: '初步设计文件编制', basis: '《建设工程勘察设计管理条例》' }],
    result: { name: '关于××项目初步设计及概算的批复', kind: 'approval_document' },
    faqs: [
      {
        question: '初步设计概算超过可研估算怎么办？',
        answer:
          '初步设计提出的投资概算超过经批准的投资估算 10% 的，项目单位应当向投资主管部门报告，投资主管部门可以要求重新报送可行性研究报告。',
      },
    ],
    keywords: ['初设批复', '初步设计', '概算批复'],
    at: [
      { org: 'hlbe-fgw', popularity: 8 },
      { org: 'kdl-fgw', popularity: 4 },
      { org: 'xt-jjfzj', popularity: 3 },
      { org: 'wsq-fgw', popularity: 6 },
    ],
  }),

  defineItem({
    baseCode: '1000104000',
    baseName: '企业投资项目备案',
    itemType: 'other_power',
    competentDept: '发展和改革部门',
    basis: '《企业投资项目核准和备案管理条例》；《企业投资项目核准和备案管理办法》',
    conditions:
      '企业在中国境内投资建设的固定资产投资项目，不属于《政府核准的投资项目目录》范围；项目单位通过在线平台如实填报项目信息。',
    legalLimit: wd(0),
    promisedLimit: wd(0),
    instant: true,
    ...investment(),
    acceptOnReceipt: true,
    delivery: ['download'],
    materials: [
      form('filing-form', '企业投资项目备案信息表', {
        media: 'electronic',
        originals: 0,
        issuer: '项目单位在全国投资项目在线审批监管平台在线填报',
        requirements:
          '如实填报项目单位、项目名称、建设地点、建设规模和内容、总投资额，并对信息真实性作出承诺',
      }),
      businessLicence({ media: 'electronic' }),
    ],
    situations: [],
    steps: [
      instantStep('核对备案信息是否完整，项目是否属于备案管理范围，不对项目进行实质性审查', '项目备案证明', {
        online: true,
        role: '网上预审人员',
      }),
    ],
    maturity: 'IV',
    visits: 0,
    channels: ['web', 'mobile', 'window'],
    result: { name: '企业投资项目备案证明', kind: 'filing_receipt' },
    faqs: [
      {
        question: '备案后项目信息发生变化怎么办？',
        answer:
          '项目法人发生变化，项目建设地点、规模、内容发生重大变更，或者放弃项目建设的，项目单位应当通过在线平台及时告知备案机关并修改相关信息。',
      },
      {
        question: '备案需要到窗口吗？',
        answer:
          '不需要。在全国投资项目在线审批监管平台或“蒙速办”填报后即时取得备案证明，可自行下载打印；窗口可提供帮办服务。',
      },
    ],
    keywords: ['项目备案', '立项备案', '企业投资备案', '备案证明'],
    at: [
      { org: 'hlbe-fgw', popularity: 40 },
      { org: 'kdl-fgw', popularity: 25 },
      { org: 'xt-jjfzj', popularity: 30 },
      { org: 'wsq-fgw', popularity: 18 },
    ],
  }),

  defineItem({
    baseCode: '0100101000',
    baseName: '企业投资项目核准',
    itemType: 'licensing',
    competentDept: '发展和改革部门',
    basis: `《企业投资项目核准和备案管理条例》；《企业投资项目核准和备案管理办法》；《政府核准的投资项目目录》；${LICENSING_LAW}`,
    conditions: `属于《政府核准的投资项目目录》范围的企业投资项目；项目不危害经济安全、社会安全、生态安全，符合相关发展建设规划、产业政策和技术标准，合理开发并有效利用资源，不对重大公共利益产生不利影响；${INVESTMENT_CONDITIONS_COMMON}`,
    legalLimit: LICENCE_DEFAULT_LIMIT,
    promisedLimit: wd(10),
    instant: false,
    ...investment(),
    materials: [
      material({
        id: 'application-report',
        name: '项目申请报告',
        issuer: '项目单位自行编制或委托工程咨询单位编制',
        originals: 3,
        media: 'both',
        requirements: '按项目申请报告通用文本编制，加盖项目单位公章',
      }),
      material({
        id: 'land-pre-review',
        name: '建设项目用地预审与选址意见书',
        requirement: 'conditional',
        whenOptions: ['land-new'],
        condition: '涉及新增建设用地的项目提交；在已批准的建设用地范围内改扩建的不需提交',
        source: 'government',
        issuer: '自然资源主管部门',
        originals: 0,
        copies: 1,
      }),
      businessLicence(),
      projectCode(),
      ...agentMaterials('项目单位'),
    ],
    situations: [
      {
        id: 'land',
        question: '项目是否涉及新增建设用地？',
        multiple: false,
        options: [
          { id: 'land-new', label: '涉及新增建设用地' },
          { id: 'land-existing', label: '在已批准的建设用地范围内改扩建' },
        ],
      },
      HANDLER_SITUATION,
    ],
    steps: [
      acceptStep({ wait: 15, counter: 20 }),
      reviewStep(5, '审查项目是否符合核准条件，征求相关部门意见，需要评估的委托工程咨询机构评估'),
      decideStep(3, '项目核准文件或不予核准决定书'),
      issueStep(1, '项目核准文件'),
    ],
    maturity: 'III',
    visits: 1,
    channels: ['window', 'web'],
    specialProcedures: [
      { name: '委托工程咨询机构评估', maxDuration: wd(30), basis: '《企业投资项目核准和备案管理条例》' },
    ],
    result: { name: '关于××项目核准的批复', kind: 'approval_document' },
    faqs: [
      {
        question: '核准文件的有效期是多久？',
        answer:
          '项目自核准机关作出予以核准决定之日起 2 年内未开工建设，需要延期开工的，项目单位应当在 2 年期限届满 30 个工作日前申请延期；未申请或未获批准的，核准文件自动失效。',
      },
    ],
    keywords: ['项目核准', '核准批复', '企业投资核准'],
    at: [
      { org: 'hlbe-fgw', popularity: 4 },
      { org: 'xt-jjfzj', popularity: 3 },
      { org: 'wsq-fgw', popularity: 5 },
    ],
  }),

  defineItem({
    baseCode: '0100102000',
    baseName: '节能审查',
    itemType: 'licensing',
    competentDept: '发展和改革部门',
    basis: `《中华人民共和国节约能源法》；《固定资产投资项目节能审查办法》；${LICENSING_LAW}`,
    conditions:
      '年综合能源消费量 1000 吨标准煤及以上或年电力消费量 500 万千瓦时及以上的固定资产投资项目，在开工建设前取得节能审查意见；项目用能符合节能法律法规、强制性节能标准和能耗双控要求。',
    legalLimit: LICENCE_DEFAULT_LIMIT,
    promisedLimit: wd(10),
    instant: false,
    ...investment(),
    materials: [
      form('application', '固定资产投资项目节能审查申请表'),
      material({
        id: 'energy-report',
        name: '固定资产投资项目节能报告',
        issuer: '项目单位自行编制或委托具备能力的机构编制',
        originals: 2,
        media: 'both',
        requirements: '包括项目概况、能源供应情况、能源消费量及能效水平、节能措施等内容',
      }),
      material({
        id: 'proposal-approval',
        name: '项目建议书批复文件',
        requirement: 'conditional',
        whenOptions: ['gov-project'],
        condition: '政府投资项目提交',
        source: 'government',
        issuer: '投资主管部门',
        originals: 0,
        copies: 1,
      }),
      material({
        id: 'filing-certificate',
        name: '企业投资项目备案证明或核准文件',
        requirement: 'conditional',
        whenOptions: ['enterprise-project'],
        condition: '企业投资项目提交',
        source: 'government',
        issuer: '投资主管部门',
        originals: 0,
        copies: 1,
      }),
      projectCode(),
    ],
    situations: [
      {
        id: 'project-kind',
        question: '项目属于哪类投资项目？',
        multiple: false,
        options: [
          { id: 'gov-project', label: '政府投资项目' },
          { id: 'enterprise-project', label: '企业投资项目' },
        ],
      },
    ],
    steps: [
      acceptStep({ wait: 15, counter: 15 }),
      reviewStep(5, '审查项目用能的合理性、节能措施的可行性、能效水平和对地区能耗双控目标的影响'),
      decideStep(3, '节能审查意见'),
      issueStep(1, '节能审查意见'),
    ],
    maturity: 'III',
    visits: 1,
    channels: ['window', 'web'],
    specialProcedures: [{ name: '专家评审', maxDuration: wd(15), basis: '《固定资产投资项目节能审查办法》' }],
    result: { name: '关于××项目节能报告的审查意见', kind: 'approval_document' },
    faqs: [
      {
        question: '节能审查意见有效期多久？',
        answer:
          '节能审查意见自印发之日起 2 年内有效，逾期未开工建设或建成时间超过节能报告中预计建成时间 2 年以上的，应重新进行节能审查。',
      },
      {
        question: '工业项目应向哪个部门申请？',
        answer:
          '按本地区节能审查权限划分办理：工业和信息化部门负责的工业项目向工信局申请，其他项目向发展和改革委员会申请，两个部门的申请均在投资项目审批综合受理窗口提交。',
      },
    ],
    keywords: ['能评', '节能评估', '节能报告审查'],
    at: [
      { org: 'hlbe-fgw', popularity: 6 },
      { org: 'hlbe-gxj', popularity: 3 },
      { org: 'kdl-fgw', popularity: 2 },
      { org: 'xt-jjfzj', popularity: 4 },
      { org: 'wsq-fgw', popularity: 5 },
    ],
  }),
];
