// 投资项目 林草、交通、应急: 帮您办 annexes 1–2 of seed 002 (市林草局、市交通局、市应急局 items and their
// 旗县 counterparts).
import {
  acceptStep,
  decideStep,
  defineItem,
  form,
  issueStep,
  LICENCE_DEFAULT_LIMIT,
  LICENSING_LAW,
  material,
  reviewStep,
  wd,
} from '../build.ts';
import type { DemoItem } from '../types.ts';
import { investment } from './common.ts';

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

export const investmentResourceItems: DemoItem[] = [
  defineItem({
    baseCode: '0100601000',
    baseName: '临时使用林地审批',
    itemType: 'licensing',
    competentDept: '林业和草原主管部门',
    basis: `《中华人民共和国森林法》；《中华人民共和国森林法实施条例》；${LICENSING_LAW}`,
    conditions:
      '因建设项目施工、地质勘查等需要临时使用林地，期限一般不超过二年，且不得在临时使用的林地上修建永久性建筑物；制定了恢复植被和林业生产条件的方案。',
    legalLimit: LICENCE_DEFAULT_LIMIT,
    promisedLimit: wd(10),
    instant: false,
    ...investment(),
    materials: [
      form('application', '使用林地申请表'),
      material({
        id: 'forest-survey',
        name: '使用林地现状调查表',
        source: 'intermediary',
        issuer: '具有相应能力的林业调查规划设计单位编制',
        originals: 2,
      }),
      material({
        id: 'restoration-plan',
        name: '恢复植被和林业生产条件方案',
        issuer: '用地单位编制',
      }),
      material({
        id: 'forest-owner-agreement',
        name: '林地使用补偿协议',
        issuer: '用地单位与林地所有者、使用者签订',
        originals: 0,
        copies: 1,
      }),
    ],
    situations: [],
    steps: [
      acceptStep({ wait: 15, counter: 15 }),
      reviewStep(5, '现场查验林地地类、面积、林木蓄积，审查用地必要性和恢复方案'),
      decideStep(3, '使用林地审核同意书'),
      issueStep(1, '使用林地审核同意书'),
    ],
    maturity: 'III',
    visits: 1,
    channels: ['window', 'web'],
    specialProcedures: [{ name: '现场查验', maxDuration: wd(5), basis: '《中华人民共和国森林法实施条例》' }],
    intermediaries: [{ name: '使用林地现状调查', basis: '《中华人民共和国森林法实施条例》' }],
    result: { name: '使用林地审核同意书', kind: 'approval_document' },
    faqs: [
      {
        question: '临时使用期满后需要做什么？',
        answer: '用地单位应在临时使用林地期满后一年内恢复植被和林业生产条件，林业主管部门组织验收。',
      },
    ],
    keywords: ['临时占用林地', '使用林地', '林地审批'],
    at: [
      { org: 'hlbe-lcj', popularity: 6 },
      { org: 'wsq-lcj', popularity: 4 },
    ],
  }),

  defineItem({
    baseCode: '0100602000',
    baseName: '临时占用草原的审批',
    itemType: 'licensing',
    competentDept: '林业和草原主管部门',
    basis: `《中华人民共和国草原法》；《内蒙古自治区草原管理条例》；${LICENSING_LAW}`,
    conditions:
      '因建设项目施工、地质勘查等需要临时占用草原，占用期限不超过二年，不得在临时占用的草原上修建永久性建筑物、构筑物，期满后恢复草原植被。',
    legalLimit: LICENCE_DEFAULT_LIMIT,
    promisedLimit: wd(10),
    instant: false,
    ...investment(),
    materials: [
      form('application', '临时占用草原申请表'),
      material({
        id: 'grassland-survey',
        name: '拟占用草原现状调查报告',
        issuer: '用地单位编制或委托技术单位编制',
        originals: 2,
      }),
      material({
        id: 'grassland-agreement',
        name: '草原所有者、使用者同意占用并与用地单位签订的补偿协议',
        issuer: '嘎查村集体经济组织或草原承包经营者与用地单位签订',
        originals: 0,
        copies: 1,
      }),
      material({
        id: 'grassland-restoration',
        name: '草原植被恢复方案',
        issuer: '用地单位编制',
      }),
    ],
    situations: [],
    steps: [
      acceptStep({ wait: 15, counter: 15 }),
      reviewStep(5, '现场核实占用草原的位置、面积、类型，审查补偿协议和植被恢复方案'),
      decideStep(3, '临时占用草原审批意见'),
      issueStep(1, '临时占用草原审批意见'),
    ],
    maturity: 'III',
    visits: 1,
    channels: ['window', 'web'],
    specialProcedures: [{ name: '现场勘验', maxDuration: wd(5), basis: '《中华人民共和国草原法》' }],
    result: { name: '临时占用草原审批意见', kind: 'approval_document' },
    faqs: [
      {
        question: '临时占用草原需要缴纳费用吗？',
        answer: '按规定缴纳草原植被恢复费，并向草原所有者、使用者支付补偿；审批本身不收费。',
      },
    ],
    keywords: ['占用草原', '草原审批', '临时用地'],
    at: [
      { org: 'hlbe-lcj', popularity: 5 },
      { org: 'wsq-lcj', popularity: 7 },
    ],
  }),

  defineItem({
    baseCode: '0100701000',
    baseName: '对涉路施工活动的许可',
    itemType: 'licensing',
    competentDept: '交通运输主管部门',
    basis: `《中华人民共和国公路法》；《公路安全保护条例》；${LICENSING_LAW}`,
    conditions:
      '因建设工程需要占用、挖掘公路或使公路改线，跨越、穿越公路修建桥梁、渡槽或者架设、埋设管道、电缆等设施，在公路用地范围内架设、埋设管线，或在公路上增设平面交叉道口；施工方案符合公路工程技术标准并有保障公路、公路附属设施质量和安全的技术评价报告。',
    legalLimit: LICENCE_DEFAULT_LIMIT,
    promisedLimit: wd(5),
    instant: false,
    ...investment(),
    materials: [
      form('application', '涉路施工许可申请书'),
      material({
        id: 'construction-scheme',
        name: '涉路工程设计图和施工方案',
        source: 'intermediary',
        issuer: '具有相应资质的设计单位',
        originals: 2,
      }),
      material({
        id: 'technical-evaluation',
        name: '保障公路、公路附属设施质量和安全的技术评价报告',
        requirement: 'conditional',
        whenOptions: ['crossing'],
        condition: '跨越、穿越公路或在公路用地范围内架设、埋设管线的提交',
        source: 'intermediary',
        issuer: '具有相应能力的技术评价单位',
        originals: 2,
      }),
      material({
        id: 'safety-measures',
        name: '处置施工险情和意外事故的应急方案',
        issuer: '施工单位编制',
      }),
    ],
    situations: [
      {
        id: 'road-work',
        question: '涉路施工属于哪一类？',
        multiple: false,
        options: [
          { id: 'crossing', label: '跨越、穿越公路或架设、埋设管线' },
          { id: 'junction', label: '增设平面交叉道口' },
          { id: 'occupation', label: '占用、挖掘公路或使公路改线' },
        ],
      },
    ],
    steps: [
      acceptStep({ wait: 15, counter: 15 }),
      reviewStep(2, '现场勘验施工路段，审查施工方案、技术评价报告和安全保障措施'),
      decideStep(1, '涉路施工许可决定书'),
      issueStep(1, '涉路施工许可决定书', { attends: true }),
    ],
    maturity: 'II',
    visits: 2,
    channels: ['window', 'web'],
    specialProcedures: [{ name: '现场勘验', maxDuration: wd(5), basis: '《公路安全保护条例》' }],
    intermediaries: [{ name: '涉路工程技术评价', basis: '《公路安全保护条例》' }],
    result: { name: '涉路施工许可决定书', kind: 'licence' },
    faqs: [
      {
        question: '影响交通安全的涉路施工还需要办理什么？',
        answer:
          '影响交通安全的，还应征得公安机关交通管理部门的同意；两部门的手续可在投资项目审批综合受理窗口一并申请。',
      },
    ],
    keywords: ['涉路施工', '路政许可', '占用挖掘公路'],
    at: [
      { org: 'hlbe-jtj', popularity: 6 },
      { org: 'wsq-jtj', popularity: 5 },
    ],
  }),

  defineItem({
    baseCode: '0100801000',
    baseName: '建设项目安全设施设计审查',
    itemType: 'licensing',
    competentDept: '应急管理部门',
    basis: `《中华人民共和国安全生产法》；《建设项目安全设施“三同时”监督管理办法》；${LICENSING_LAW}`,
    conditions:
      '矿山、金属冶炼和用于生产、储存、装卸危险物品的建设项目，安全设施设计由具有相应资质的设计单位编制，符合有关法律法规和国家标准、行业标准。',
    legalLimit: LICENCE_DEFAULT_LIMIT,
    promisedLimit: wd(10),
    instant: false,
    ...investment(),
    materials: [
      form('application', '建设项目安全设施设计审查申请书'),
      material({
        id: 'safety-design',
        name: '建设项目安全设施设计',
        source: 'intermediary',
        issuer: '具有相应资质的设计单位编制',
        originals: 2,
        media: 'both',
      }),
      material({
        id: 'pre-assessment',
        name: '建设项目安全预评价报告',
        source: 'intermediary',
        issuer: '具有相应资质的安全评价机构编制',
        originals: 1,
        media: 'both',
      }),
      projectApproval(),
    ],
    situations: [],
    steps: [
      acceptStep({ wait: 15, counter: 20 }),
      reviewStep(5, '组织专家审查安全设施设计是否落实安全预评价报告提出的对策措施'),
      decideStep(3, '建设项目安全设施设计审查意见书'),
      issueStep(1, '建设项目安全设施设计审查意见书'),
    ],
    maturity: 'III',
    visits: 1,
    channels: ['window', 'web'],
    specialProcedures: [
      { name: '专家评审', maxDuration: wd(15), basis: '《建设项目安全设施“三同时”监督管理办法》' },
    ],
    intermediaries: [
      { name: '建设项目安全预评价', basis: '《中华人民共和国安全生产法》' },
      { name: '建设项目安全设施设计', basis: '《建设项目安全设施“三同时”监督管理办法》' },
    ],
    result: { name: '建设项目安全设施设计审查意见书', kind: 'approval_document' },
    faqs: [
      {
        question: '安全设施设计变更后要重新审查吗？',
        answer:
          '建设项目规模、生产工艺、原料、设备发生重大变更，或安全设施设计作出重大变更的，应当报原审查部门审查。',
      },
    ],
    keywords: ['安全设施设计', '三同时', '安评'],
    at: [{ org: 'hlbe-yjj', popularity: 3 }],
  }),
];
