// 准营: the members of the 开办餐饮店 one-thing bundle beside the business licence (domain-facts §4):
// 食品经营许可（新办）、公众聚集场所投入使用、营业前消防安全检查、户外招牌设施设置.
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
  LICENCE_DEFAULT_LIMIT,
  LICENSING_LAW,
  material,
  propertyCertificate,
  reviewStep,
  wd,
} from '../build.ts';
import type { DemoItem } from '../types.ts';
import { business, professional } from './common.ts';

const FOOD_BASIS = `《中华人民共和国食品安全法》；《食品经营许可和备案管理办法》；${LICENSING_LAW}`;

export const businessPermitItems: DemoItem[] = [
  defineItem({
    baseCode: '0100902001',
    baseName: '食品经营许可（新办）',
    itemType: 'licensing',
    businessKind: 'new',
    competentDept: '市场监督管理部门',
    basis: FOOD_BASIS,
    conditions:
      '已取得营业执照等主体资格；具有与经营的食品品种、数量相适应的食品原料处理和食品加工、销售、贮存等场所，保持场所环境整洁，并与有毒、有害场所以及其他污染源保持规定的距离；具有相应的设备设施、食品安全管理人员和保证食品安全的规章制度；具有合理的设备布局和工艺流程。',
    legalLimit: wd(10),
    promisedLimit: wd(5),
    instant: false,
    ...business(['准营']),
    crossRegion: 'none',
    acceptOnReceipt: false,
    materials: [
      form('application', '食品经营许可申请书'),
      businessLicence(),
      idCard('法定代表人（负责人）', { originals: 0, copies: 1, requirements: '复印件' }),
      material({
        id: 'layout',
        name: '与食品经营相适应的主要设备设施、经营布局、操作流程说明',
        issuer: '申请人编制',
        requirements: '申请人签字或加盖公章',
      }),
      material({
        id: 'rules',
        name: '食品安全自查、从业人员健康管理、进货查验记录、食品安全事故处置等保证食品安全的规章制度目录',
        issuer: '申请人制定',
      }),
      material({
        id: 'floor-plan',
        name: '食品经营场所和设备布局、加工流程、卫生设施示意图',
        requirement: 'conditional',
        whenOptions: ['catering', 'canteen'],
        condition: '从事餐饮服务或单位食堂的提交',
        issuer: '申请人绘制',
      }),
      material({
        id: 'special-food',
        name: '特殊食品专区或专柜设置说明',
        requirement: 'conditional',
        whenOptions: ['special-food-sales'],
        condition: '销售保健食品、特殊医学用途配方食品、婴幼儿配方乳粉的提交',
        issuer: '申请人编制',
      }),
      form('commitment', '食品经营许可告知承诺书', {
        requirement: 'optional',
        commitmentAllowed: true,
        requirements: '选择告知承诺方式办理的，法定代表人（负责人）签字并加盖公章',
      }),
      ...agentMaterials('申请人'),
    ],
    situations: [
      {
        id: 'food-business',
        question: '申请的经营项目是什么？',
        multiple: false,
        options: [
          { id: 'catering', label: '餐饮服务（热食类、冷食类、生食类等）' },
          { id: 'canteen', label: '单位食堂' },
          { id: 'special-food-sales', label: '食品销售（含特殊食品）' },
          { id: 'bulk-food-sales', label: '食品销售（散装食品）' },
        ],
      },
      HANDLER_SITUATION,
    ],
    steps: [
      acceptStep({ wait: 15, counter: 15 }),
      reviewStep(
        3,
        '对申请材料进行审查，需要现场核查的由 2 名以上核查人员对经营场所进行现场核查',
        '食品经营许可审查人员',
        '审查与现场核查',
      ),
      decideStep(1, '食品经营许可证（纸质和电子）'),
      issueStep(1, '食品经营许可证'),
    ],
    maturity: 'III',
    visits: 1,
    channels: ['window', 'web', 'mobile'],
    specialProcedures: [{ name: '现场核查', maxDuration: wd(5), basis: '《食品经营许可和备案管理办法》' }],
    result: { name: '食品经营许可证', kind: 'licence' },
    faqs: [
      {
        question: '只卖预包装食品还需要办食品经营许可证吗？',
        answer: '不需要。仅销售预包装食品的，向所在地市场监督管理部门办理备案即可。',
      },
      {
        question: '食品经营许可证有效期多长？',
        answer: '食品经营许可证有效期为 5 年。',
      },
    ],
    keywords: ['食品许可证', '餐饮许可', '食品经营许可证', '开饭店'],
    applicationForm: {
      fields: [
        ask('premises.address'),
        ask('premises.areaSquareMetres'),
        ask('enterprise.businessScope'),
        ask('enterprise.legalRepresentative.idNumber'),
      ],
    },
    at: [
      { org: 'hlbe-scjg', popularity: 90 },
      { org: 'kdl-scjg', popularity: 110 },
      { org: 'xt-sygsj', popularity: 40 },
      { org: 'wsq-scjg', popularity: 30 },
    ],
  }),

  defineItem({
    baseCode: '0101001000',
    baseName: '公众聚集场所投入使用、营业前消防安全检查',
    itemType: 'licensing',
    competentDept: '消防救援机构',
    basis: `《中华人民共和国消防法》；${LICENSING_LAW}`,
    conditions:
      '公众聚集场所在投入使用、营业前，建设单位或者使用单位向场所所在地的县级以上消防救援机构申请；场所依法通过建设工程消防验收或备案抽查，消防设施完好有效，疏散通道、安全出口畅通，建立消防安全制度和应急预案。',
    legalLimit: wd(10),
    promisedLimit: wd(5),
    instant: false,
    ...professional(['legal_person'], ['准营']),
    delivery: ['window', 'post', 'download'],
    materials: [
      form('application', '公众聚集场所投入使用、营业消防安全检查申报表'),
      businessLicence(),
      material({
        id: 'fire-acceptance',
        name: '建设工程消防验收意见书或消防验收备案凭证',
        source: 'government',
        issuer: '住房和城乡建设主管部门',
        originals: 0,
        copies: 1,
        requirements: '已通过部门共享获取的免于提交',
      }),
      material({
        id: 'fire-rules',
        name: '场所消防安全制度、灭火和应急疏散预案、场所平面布置图',
        issuer: '申请单位编制',
      }),
      form('fire-commitment', '公众聚集场所投入使用、营业消防安全告知承诺书', {
        requirement: 'conditional',
        whenOptions: ['commitment-mode'],
        condition: '选择告知承诺方式办理时提交',
        commitmentAllowed: true,
        requirements: '法定代表人或主要负责人签字并加盖公章',
      }),
    ],
    situations: [
      {
        id: 'fire-mode',
        question: '选择哪种方式办理？',
        multiple: false,
        options: [
          { id: 'commitment-mode', label: '告知承诺（当场作出许可决定，事后检查）' },
          { id: 'inspection-mode', label: '检查后作出许可决定' },
        ],
      },
    ],
    steps: [
      acceptStep({ wait: 15, counter: 15, role: '消防审批窗口人员' }),
      reviewStep(
        3,
        '按消防安全检查标准对场所进行现场检查；选择告知承诺的在许可后按规定进行核查',
        '消防监督检查人员',
        '现场检查',
      ),
      decideStep(1, '公众聚集场所投入使用、营业消防安全检查合格证'),
      issueStep(1, '公众聚集场所投入使用、营业消防安全检查合格证'),
    ],
    maturity: 'III',
    visits: 1,
    channels: ['window', 'web', 'mobile'],
    result: { name: '公众聚集场所投入使用、营业消防安全检查合格证', kind: 'licence' },
    faqs: [
      {
        question: '选择告知承诺后还会检查吗？',
        answer:
          '会。作出许可后，消防救援机构按规定对场所进行核查，发现实际情况与承诺内容不符的，依法撤销许可并予以处理。',
      },
    ],
    keywords: ['消防检查', '消防安全检查', '开业消防', '消防许可'],
    applicationForm: {
      fields: [ask('premises.address'), ask('premises.areaSquareMetres')],
    },
    at: [
      { org: 'hlbe-xfzd', popularity: 25 },
      { org: 'kdl-xfdd', popularity: 30 },
      { org: 'xt-xfdd', popularity: 12 },
      { org: 'wsq-xfdd', popularity: 10 },
    ],
  }),

  defineItem({
    baseCode: '0101101000',
    baseName: '户外招牌设施设置审核',
    itemType: 'licensing',
    competentDept: '城市管理部门',
    basis: `《城市市容和环境卫生管理条例》；${LICENSING_LAW}`,
    conditions:
      '在城市建筑物、设施上设置户外招牌，招牌的位置、尺寸、材质和照明方式符合本地户外招牌设置规范，结构安全，不影响建筑物安全、消防通道和相邻权利人的合法权益。',
    legalLimit: LICENCE_DEFAULT_LIMIT,
    promisedLimit: wd(5),
    instant: false,
    ...professional(['legal_person', 'person'], ['准营']),
    materials: [
      form('application', '户外招牌设施设置申请表'),
      businessLicence(),
      material({
        id: 'design',
        name: '招牌设计效果图',
        issuer: '申请人或其委托的设计制作单位',
        requirements: '标明招牌的位置、尺寸、材质、颜色和照明方式',
      }),
      propertyCertificate({
        requirement: 'conditional',
        whenOptions: ['owned'],
        condition: '在自有房屋上设置时提交',
        originals: 0,
        copies: 1,
        requirements: '复印件；已取得电子证照的免于提交',
      }),
      material({
        id: 'owner-consent',
        name: '建筑物产权人同意设置招牌的书面证明',
        requirement: 'conditional',
        whenOptions: ['rented'],
        condition: '在租赁房屋上设置时提交',
        issuer: '建筑物产权人或其委托的物业服务企业出具',
      }),
    ],
    situations: [
      {
        id: 'premises-ownership',
        question: '设置招牌的房屋是自有还是租赁？',
        multiple: false,
        options: [
          { id: 'owned', label: '自有房屋' },
          { id: 'rented', label: '租赁房屋' },
        ],
      },
    ],
    steps: [
      acceptStep({ wait: 10, counter: 10 }),
      reviewStep(
        2,
        '现场勘察设置位置，审查招牌设计是否符合设置规范和安全要求',
        '市容管理科室人员',
        '现场勘察与审查',
      ),
      decideStep(1, '户外招牌设施设置审核意见书'),
      issueStep(1, '户外招牌设施设置审核意见书'),
    ],
    maturity: 'III',
    visits: 1,
    channels: ['window', 'web', 'mobile'],
    result: { name: '户外招牌设施设置审核意见书', kind: 'approval_document' },
    faqs: [
      {
        question: '更换招牌内容需要重新申请吗？',
        answer: '招牌的位置、尺寸和结构不变、仅更换名称的，可通过“企业信息变更一件事”一并申请，当场办结。',
      },
    ],
    keywords: ['招牌', '门头', '店招', '牌匾'],
    applicationForm: {
      fields: [ask('premises.address'), ask('signboard.text'), ask('signboard.areaSquareMetres')],
    },
    at: [
      { org: 'hlbe-cgj', popularity: 30 },
      { org: 'kdl-cgj', popularity: 40 },
      { org: 'xt-jshbj', popularity: 12 },
      { org: 'wsq-cgj', popularity: 10 },
    ],
  }),
];
