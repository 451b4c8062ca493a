// 投资项目 施工: 建筑工程施工许可证核发 (the last step before construction) and the 住建局 item of the
// 帮您办 annexes of seed 002 (应建防空地下室的民用建筑项目报建审批).
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

export const constructionItems: DemoItem[] = [
  defineItem({
    baseCode: '0100301000',
    baseName: '建筑工程施工许可证核发',
    itemType: 'licensing',
    competentDept: '住房和城乡建设主管部门',
    basis: `《中华人民共和国建筑法》；《建筑工程施工许可管理办法》；${LICENSING_LAW}`,
    conditions:
      '已办理用地批准手续；依法应当办理建设工程规划许可证的已经取得；已确定施工企业；有满足施工需要的施工图纸和技术资料，施工图设计文件已按规定审查合格；有保证工程质量和安全的具体措施；建设资金已经落实。',
    legalLimit: wd(7),
    promisedLimit: wd(3),
    instant: false,
    ...investment(),
    delivery: ['download', 'window'],
    materials: [
      form('application', '建筑工程施工许可证申请表'),
      material({
        id: 'planning-permit',
        name: '建设工程规划许可证',
        source: 'government',
        issuer: '自然资源主管部门',
        originals: 0,
        copies: 1,
        requirements: '已在工程建设项目审批管理系统共享的免于提交',
      }),
      material({
        id: 'bid-notice',
        name: '施工中标通知书',
        requirement: 'conditional',
        whenOptions: ['tendered'],
        condition: '依法必须招标的工程提交',
        source: 'other',
        issuer: '招标人发出',
        originals: 0,
        copies: 1,
      }),
      material({
        id: 'construction-contract',
        name: '建设工程施工合同',
        requirement: 'conditional',
        whenOptions: ['direct'],
        condition: '依法可以直接发包的工程提交',
        issuer: '建设单位与施工企业签订',
        originals: 0,
        copies: 1,
      }),
      form('funding-commitment', '建设资金已经落实承诺书', {
        commitmentAllowed: true,
        requirements: '建设单位法定代表人签字并加盖公章，对资金落实情况作出承诺',
      }),
      material({
        id: 'quality-safety-measures',
        name: '保证工程质量和安全的具体措施（施工组织设计中的质量安全措施部分）',
        issuer: '施工企业编制，建设单位确认',
        allowMissing: true,
      }),
    ],
    situations: [
      {
        id: 'contracting',
        question: '施工企业是如何确定的？',
        multiple: false,
        options: [
          { id: 'tendered', label: '依法招标确定' },
          { id: 'direct', label: '依法直接发包' },
        ],
      },
    ],
    steps: [
      acceptStep({ online: true }),
      reviewStep(1, '审查用地、规划、施工企业、施工图审查、质量安全措施和资金落实情况'),
      decideStep(1, '建筑工程施工许可证（电子证照）'),
      issueStep(1, '建筑工程施工许可证（电子证照）'),
    ],
    maturity: 'IV',
    visits: 0,
    channels: ['web', 'mobile', 'window'],
    result: { name: '建筑工程施工许可证', kind: 'licence' },
    faqs: [
      {
        question: '哪些工程可以不申请施工许可证？',
        answer:
          '工程投资额在 30 万元以下或者建筑面积在 300 平方米以下的建筑工程，可以不申请办理施工许可证；地方另有限额规定的从其规定。',
      },
      {
        question: '施工许可证有有效期吗？',
        answer:
          '建设单位应当自领取施工许可证之日起三个月内开工，因故不能按期开工的应当申请延期，延期以两次为限，每次不超过三个月。',
      },
    ],
    keywords: ['施工许可', '施工证', '开工许可'],
    at: [
      { org: 'hlbe-zjj', popularity: 15 },
      { org: 'kdl-zjj', popularity: 12 },
      { org: 'xt-jshbj', popularity: 10 },
      { org: 'wsq-zjj', popularity: 9 },
    ],
  }),

  defineItem({
    baseCode: '0100302000',
    baseName: '应建防空地下室的民用建筑项目报建审批',
    itemType: 'licensing',
    competentDept: '人民防空主管部门',
    basis: `《中华人民共和国人民防空法》；${LICENSING_LAW}`,
    conditions:
      '城市新建民用建筑按国家有关规定应当修建防空地下室，防空地下室设计符合人民防空工程战术技术要求和设计规范。',
    legalLimit: LICENCE_DEFAULT_LIMIT,
    promisedLimit: wd(10),
    instant: false,
    ...investment(),
    materials: [
      form('application', '防空地下室建设审批申请表'),
      material({
        id: 'civil-defence-design',
        name: '防空地下室施工图设计文件',
        source: 'intermediary',
        issuer: '具有相应资质的工程设计单位',
        originals: 2,
        media: 'both',
      }),
      material({
        id: 'planning-scheme-opinion',
        name: '建设工程设计方案审查意见',
        source: 'government',
        issuer: '自然资源主管部门',
        originals: 0,
        copies: 1,
      }),
    ],
    situations: [],
    steps: [
      acceptStep({ wait: 15, counter: 15 }),
      reviewStep(5, '审查防空地下室的面积、位置、防护等级和战时用途是否符合要求'),
      decideStep(3, '防空地下室建设审批意见书'),
      issueStep(1, '防空地下室建设审批意见书'),
    ],
    maturity: 'III',
    visits: 1,
    channels: ['window', 'web'],
    result: { name: '防空地下室建设审批意见书', kind: 'approval_document' },
    faqs: [
      {
        question: '不具备修建条件的怎么办？',
        answer:
          '因地质、地形等原因不宜修建防空地下室的，可以申请防空地下室易地建设审批，按规定缴纳易地建设费。',
      },
    ],
    keywords: ['人防审批', '防空地下室', '人防报建'],
    at: [{ org: 'hlbe-zjj', popularity: 4 }],
  }),
];
