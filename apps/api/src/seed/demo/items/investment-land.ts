// 投资项目 用地、规划: 帮您办 annexes 1–2 of seed 002 — 市自然资源局 items.
import {
  acceptStep,
  agentMaterials,
  businessLicence,
  decideStep,
  defineItem,
  form,
  HANDLER_SITUATION,
  issueStep,
  LICENCE_DEFAULT_LIMIT,
  LICENSING_LAW,
  material,
  propertyCertificate,
  reviewStep,
  wd,
} from '../build.ts';
import type { DemoItem } from '../types.ts';
import { INVESTMENT_CONDITIONS_COMMON, investment } from './common.ts';

const PLANNING_LAW = '《中华人民共和国城乡规划法》';
const LAND_LAW = '《中华人民共和国土地管理法》；《中华人民共和国土地管理法实施条例》';

const projectApproval = (extra: { requirement?: 'required' | 'conditional'; whenOptions?: string[] } = {}) =>
  material({
    id: 'project-approval',
    name: '项目批准、核准或备案文件',
    source: 'government',
    issuer: '投资主管部门',
    originals: 0,
    copies: 1,
    requirements: '已在投资项目在线审批监管平台共享的免于提交',
    ...extra,
  });

const surveyMap = () =>
  material({
    id: 'survey-map',
    name: '建设项目勘测定界图及界址点坐标（2000 国家大地坐标系）',
    source: 'intermediary',
    issuer: '具有相应测绘资质的测绘单位',
    originals: 2,
    media: 'both',
    requirements: '测绘单位加盖测绘资质章，附 dwg 或 shp 格式电子数据',
  });

export const investmentLandItems: DemoItem[] = [
  defineItem({
    baseCode: '0100201000',
    baseName: '建设项目用地预审与选址意见书核发',
    itemType: 'licensing',
    competentDept: '自然资源主管部门',
    basis: `${LAND_LAW}；${PLANNING_LAW}；《建设项目用地预审管理办法》；${LICENSING_LAW}`,
    conditions: `需审批、核准的建设项目在审批、核准前，需备案的建设项目在办理用地手续前申请；项目选址符合国土空间规划和用途管制要求，用地规模符合土地使用标准，占用耕地的落实补充耕地；${INVESTMENT_CONDITIONS_COMMON}`,
    legalLimit: LICENCE_DEFAULT_LIMIT,
    promisedLimit: wd(10),
    instant: false,
    ...investment(),
    materials: [
      form('application', '建设项目用地预审与选址申请表'),
      material({
        id: 'pre-review-report',
        name: '建设项目用地预审与选址申请报告',
        issuer: '项目单位编制',
        originals: 2,
        media: 'both',
        requirements: '说明拟用地位置、面积、地类、占用耕地和永久基本农田情况、节约集约用地措施',
      }),
      surveyMap(),
      projectApproval({ requirement: 'conditional', whenOptions: ['approved-project'] }),
      material({
        id: 'farmland-plan',
        name: '补充耕地方案',
        requirement: 'conditional',
        whenOptions: ['farmland'],
        condition: '占用耕地的项目提交',
        issuer: '项目所在地旗县级自然资源主管部门会同项目单位编制',
      }),
      material({
        id: 'basic-farmland-plan',
        name: '永久基本农田补划方案及论证报告',
        requirement: 'conditional',
        whenOptions: ['basic-farmland'],
        condition: '占用永久基本农田的重大建设项目提交',
        issuer: '项目所在地旗县级自然资源主管部门组织编制',
      }),
      ...agentMaterials('项目单位'),
    ],
    situations: [
      {
        id: 'project-stage',
        question: '项目目前处于哪个阶段？',
        multiple: false,
        options: [
          { id: 'approved-project', label: '已取得项目批准、核准或备案文件' },
          { id: 'before-approval', label: '尚未批准或核准（用地预审作为审批核准前置）' },
        ],
      },
      {
        id: 'farmland-use',
        question: '拟用地是否占用耕地或永久基本农田？',
        multiple: false,
        options: [
          { id: 'no-farmland', label: '不占用耕地' },
          { id: 'farmland', label: '占用一般耕地' },
          { id: 'basic-farmland', label: '占用永久基本农田' },
        ],
      },
      HANDLER_SITUATION,
    ],
    steps: [
      acceptStep({ wait: 15, counter: 20 }),
      reviewStep(5, '审查选址是否符合国土空间规划、用地规模是否符合土地使用标准、耕地占补平衡是否落实'),
      decideStep(3, '建设项目用地预审与选址意见书'),
      issueStep(1, '建设项目用地预审与选址意见书'),
    ],
    maturity: 'III',
    visits: 1,
    channels: ['window', 'web'],
    specialProcedures: [{ name: '现场踏勘', maxDuration: wd(5), basis: LAND_LAW }],
    intermediaries: [{ name: '建设项目用地勘测定界', basis: LAND_LAW }],
    result: { name: '建设项目用地预审与选址意见书', kind: 'licence' },
    faqs: [
      {
        question: '用地预审与选址意见书有效期多长？',
        answer: '有效期为三年，自批准之日起计算。项目在有效期内未取得用地批准的，可以申请延续。',
      },
    ],
    keywords: ['用地预审', '选址意见书', '多审合一'],
    at: [
      { org: 'hlbe-zrzy', popularity: 6 },
      { org: 'wsq-zrzy', popularity: 8 },
    ],
  }),

  defineItem({
    baseCode: '0100202000',
    baseName: '划拨国有土地使用权审批',
    itemType: 'licensing',
    competentDept: '自然资源主管部门',
    basis: `${LAND_LAW}；《中华人民共和国城市房地产管理法》；《划拨用地目录》；${LICENSING_LAW}`,
    conditions:
      '建设项目属于《划拨用地目录》范围，已取得用地预审与选址意见书，用地已依法办理农用地转用和征收手续（使用存量建设用地的除外）。',
    legalLimit: LICENCE_DEFAULT_LIMIT,
    promisedLimit: wd(10),
    instant: false,
    ...investment(),
    materials: [
      form('application', '国有建设用地使用权划拨申请表'),
      projectApproval(),
      material({
        id: 'pre-review-opinion',
        name: '建设项目用地预审与选址意见书',
        source: 'government',
        issuer: '自然资源主管部门',
        originals: 0,
        copies: 1,
      }),
      surveyMap(),
      material({
        id: 'catalogue-statement',
        name: '项目属于《划拨用地目录》范围的说明',
        issuer: '项目单位出具',
        requirements: '写明对应的目录条目，加盖项目单位公章',
      }),
    ],
    situations: [],
    steps: [
      acceptStep({ wait: 15, counter: 20 }),
      reviewStep(5, '审查项目是否符合划拨条件、用地范围和面积是否与批准文件一致'),
      decideStep(3, '国有建设用地划拨决定书', '主要负责人'),
      issueStep(1, '国有建设用地划拨决定书', { attends: true }),
    ],
    maturity: 'II',
    visits: 2,
    channels: ['window', 'web'],
    specialProcedures: [{ name: '现场踏勘', maxDuration: wd(5), basis: LAND_LAW }],
    intermediaries: [{ name: '建设项目用地勘测定界', basis: LAND_LAW }],
    result: { name: '国有建设用地划拨决定书', kind: 'approval_document' },
    faqs: [
      {
        question: '经营性项目可以申请划拨用地吗？',
        answer: '不可以。商业、旅游、娱乐和商品住宅等经营性用地应当以招标、拍卖或者挂牌方式出让。',
      },
    ],
    keywords: ['划拨用地', '划拨决定书', '土地划拨'],
    at: [{ org: 'hlbe-zrzy', popularity: 3 }],
  }),

  defineItem({
    baseCode: '0100203000',
    baseName: '建设用地（含临时用地）规划许可证核发',
    itemType: 'licensing',
    competentDept: '自然资源主管部门',
    basis: `${PLANNING_LAW}；${LAND_LAW}；${LICENSING_LAW}`,
    conditions:
      '以划拨方式取得国有土地使用权的项目已取得用地预审与选址意见书，以出让方式取得的已签订国有建设用地使用权出让合同；临时用地符合临时用地管理规定并有复垦方案。',
    legalLimit: LICENCE_DEFAULT_LIMIT,
    promisedLimit: wd(5),
    instant: false,
    ...investment(),
    materials: [
      form('application', '建设用地规划许可申请表'),
      businessLicence(),
      material({
        id: 'pre-review-opinion',
        name: '建设项目用地预审与选址意见书',
        requirement: 'conditional',
        whenOptions: ['allocation'],
        condition: '以划拨方式供地的项目提交',
        source: 'government',
        issuer: '自然资源主管部门',
        originals: 0,
        copies: 1,
      }),
      material({
        id: 'transfer-contract',
        name: '国有建设用地使用权出让合同',
        requirement: 'conditional',
        whenOptions: ['transfer'],
        condition: '以出让方式取得土地的项目提交',
        source: 'government',
        issuer: '自然资源主管部门与受让人签订',
        originals: 0,
        copies: 1,
      }),
      material({
        id: 'temporary-land-plan',
        name: '临时用地土地复垦方案',
        requirement: 'conditional',
        whenOptions: ['temporary'],
        condition: '申请临时用地的提交',
        issuer: '项目单位编制',
      }),
      surveyMap(),
    ],
    situations: [
      {
        id: 'supply-mode',
        question: '项目以何种方式取得土地？',
        multiple: false,
        options: [
          { id: 'allocation', label: '划拨' },
          { id: 'transfer', label: '出让' },
          { id: 'temporary', label: '临时用地' },
        ],
      },
    ],
    steps: [
      acceptStep({ wait: 15, counter: 15 }),
      reviewStep(2, '审查用地位置、面积、允许建设范围是否符合详细规划和规划条件'),
      decideStep(1, '建设用地规划许可证'),
      issueStep(1, '建设用地规划许可证'),
    ],
    maturity: 'III',
    visits: 1,
    channels: ['window', 'web'],
    result: { name: '建设用地规划许可证', kind: 'licence' },
    faqs: [
      {
        question: '出让用地的建设用地规划许可证可以和土地出让合同一并办理吗？',
        answer:
          '可以。签订国有建设用地使用权出让合同后，窗口可同步核发建设用地规划许可证，实行“交地即发证”。',
      },
    ],
    keywords: ['用地规划许可证', '建设用地规划许可'],
    at: [
      { org: 'hlbe-zrzy', popularity: 7 },
      { org: 'wsq-zrzy', popularity: 9 },
    ],
  }),

  defineItem({
    baseCode: '0100204000',
    baseName: '建设工程规划许可证核发',
    itemType: 'licensing',
    competentDept: '自然资源主管部门',
    basis: `${PLANNING_LAW}；${LICENSING_LAW}`,
    conditions: '已依法取得土地使用权，建设工程设计方案符合控制性详细规划和规划条件。',
    legalLimit: LICENCE_DEFAULT_LIMIT,
    promisedLimit: wd(10),
    instant: false,
    ...investment(),
    materials: [
      form('application', '建设工程规划许可申请表'),
      propertyCertificate({
        originals: 0,
        copies: 1,
        name: '不动产权证书（土地）',
        requirements: '复印件加盖建设单位公章；已取得电子证照的免于提交',
      }),
      material({
        id: 'building-scheme',
        name: '建设工程设计方案总平面图及建筑单体平面图、立面图、剖面图',
        requirement: 'conditional',
        whenOptions: ['building'],
        condition: '房屋建筑工程提交',
        source: 'intermediary',
        issuer: '具有相应资质的工程设计单位',
        originals: 3,
        media: 'both',
        requirements: '加盖设计单位出图章，附 dwg 格式电子文件',
      }),
      material({
        id: 'pipeline-scheme',
        name: '市政管线工程设计方案及管线综合图',
        requirement: 'conditional',
        whenOptions: ['pipeline'],
        condition: '市政管线工程提交',
        source: 'intermediary',
        issuer: '具有相应资质的工程设计单位',
        originals: 3,
        media: 'both',
      }),
    ],
    situations: [
      {
        id: 'project-type',
        question: '申请的是哪类建设工程？',
        multiple: false,
        options: [
          { id: 'building', label: '房屋建筑工程' },
          { id: 'pipeline', label: '市政管线工程' },
        ],
      },
    ],
    steps: [
      acceptStep({ wait: 15, counter: 20 }),
      reviewStep(5, '审查设计方案是否符合规划条件的用地性质、容积率、建筑密度、绿地率、建筑高度和退线要求'),
      decideStep(3, '建设工程规划许可证'),
      issueStep(1, '建设工程规划许可证'),
    ],
    maturity: 'III',
    visits: 1,
    channels: ['window', 'web'],
    specialProcedures: [
      { name: '设计方案批前公示', maxDuration: { amount: 7, unit: 'natural' }, basis: PLANNING_LAW },
    ],
    result: { name: '建设工程规划许可证', kind: 'licence' },
    faqs: [
      {
        question: '批前公示期间收到异议怎么办？',
        answer: '公示期间利害关系人提出异议的，审批部门将组织听证或书面回复，公示和听证时间不计入审批时限。',
      },
    ],
    keywords: ['工程规划许可证', '规划许可', '方案审查'],
    at: [
      { org: 'hlbe-zrzy', popularity: 9 },
      { org: 'wsq-zrzy', popularity: 10 },
    ],
  }),

  defineItem({
    baseCode: '0700201000',
    baseName: '建设工程竣工规划核实合格证核发',
    itemType: 'confirmation',
    competentDept: '自然资源主管部门',
    basis: PLANNING_LAW,
    conditions:
      '建设工程已竣工，按照建设工程规划许可证及附图、附件的要求建设，临时建筑物和构筑物已拆除、场地已清理。',
    legalLimit: LICENCE_DEFAULT_LIMIT,
    promisedLimit: wd(7),
    instant: false,
    ...investment(),
    materials: [
      form('application', '建设工程竣工规划核实申请表'),
      material({
        id: 'planning-permit',
        name: '建设工程规划许可证及附图',
        source: 'government',
        issuer: '自然资源主管部门',
        originals: 0,
        copies: 1,
      }),
      material({
        id: 'completion-survey',
        name: '建设工程竣工规划核实测量成果报告',
        source: 'intermediary',
        issuer: '具有相应测绘资质的测绘单位',
        originals: 2,
        media: 'both',
        requirements: '“多测合一”成果，加盖测绘资质章',
      }),
    ],
    situations: [],
    steps: [
      acceptStep({ wait: 15, counter: 15 }),
      reviewStep(
        3,
        '现场核实建筑位置、层数、高度、面积、外观和配套设施是否与规划许可一致',
        '科室审核人员',
        '现场核实与审查',
      ),
      decideStep(2, '建设工程竣工规划核实合格证'),
      issueStep(1, '建设工程竣工规划核实合格证', { attends: true }),
    ],
    maturity: 'II',
    visits: 2,
    channels: ['window', 'web'],
    specialProcedures: [{ name: '现场勘验', maxDuration: wd(5), basis: PLANNING_LAW }],
    intermediaries: [{ name: '竣工规划核实测量', basis: '《中华人民共和国测绘法》' }],
    result: { name: '建设工程竣工规划核实合格证', kind: 'certificate' },
    faqs: [
      {
        question: '竣工规划核实和联合验收是什么关系？',
        answer:
          '竣工规划核实是工程建设项目竣工联合验收的组成部分，申请联合验收的项目由联合验收窗口统一受理、统一组织现场核查。',
      },
    ],
    keywords: ['规划核实', '竣工验收', '联合验收'],
    at: [
      { org: 'hlbe-zrzy', popularity: 5 },
      { org: 'wsq-zrzy', popularity: 6 },
    ],
  }),
];
