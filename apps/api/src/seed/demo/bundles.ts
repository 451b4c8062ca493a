// The demo one-thing bundles (一件事一次办, docs/BUNDLES.md): six of the 高效办成一件事 (国发〔2024〕3号; domain-facts
// §4), each in one demo region where every member item is implemented and published. 昆都仑区 holds five (the demo
// staff accounts work there); 二手房转移登记及水电气过户 is in 包头稀土高新区, whose 供电局、供水公司、燃气公司 take part in
// 一次办 (seed 000). The loader resolves keys and base codes to ids and labels every bundle 示例.
//
// Promised limits are in working days: at most 45 (行政许可法 第四十二条第二款, joint handling) and no shorter than
// the longest chain of the members' own promised limits along their dependencies (bundles.test.ts checks both).
import { demoBaseCodes as code } from './base-codes.ts';
import { wd } from './build.ts';
import type { DemoBundle } from './types.ts';

const KDL = '150203000000'; // 包头市昆都仑区
const XT = '150271000000'; // 包头稀土高新区

const OUTPUT_WINDOW = '一件事综合窗口（统一出件）';

const BASIS_NATIONAL =
  '《国务院关于进一步优化政务服务提升行政效能推动“高效办成一件事”的指导意见》（国发〔2024〕3号）；《内蒙古自治区人民政府关于优化政务服务提升行政效能推动“高效办成一件事”的实施意见》（内政发〔2024〕15号）';
/** Bundles of 行政许可 handled jointly (统一办理、联合办理、集中办理). */
const BASIS_LICENSING = `${BASIS_NATIONAL}；《中华人民共和国行政许可法》第二十六条、第四十二条第二款`;

export const demoBundles: DemoBundle[] = [
  {
    code: 'DEMO-KDL-RESTAURANT',
    regionCode: KDL,
    leadOrgKey: 'kdl-scjg',
    definition: {
      name: '开办餐饮店一件事',
      summary:
        '已取得营业执照的经营者开办餐饮店，一次申请食品经营许可，并根据经营情形同步申请公众聚集场所投入使用、营业前消防安全检查和户外招牌设施设置审核。由市场监督管理部门牵头，消防救援、城市管理部门并联审批，一次告知、一表申请、一窗受理，结果统一出件。',
      audience: 'enterprise',
      lifeStage: 'permits',
      questions: [
        {
          id: 'dining',
          question: '餐饮店是否设有供顾客就餐的堂食场所？',
          multiple: false,
          options: [
            { id: 'dine-in', label: '设有对外营业的堂食场所（饭店等公众聚集场所）' },
            { id: 'no-dine-in', label: '仅提供外卖、外带，不设堂食场所' },
          ],
        },
        {
          id: 'signboard',
          question: '是否在经营场所外设置户外招牌？',
          multiple: false,
          options: [
            { id: 'with-signboard', label: '设置户外招牌' },
            { id: 'no-signboard', label: '不设置户外招牌' },
          ],
        },
      ],
      members: [
        { key: 'food-licence', baseCode: code.foodBusinessLicence, orgKey: 'kdl-scjg', dependsOn: [] },
        {
          key: 'fire-inspection',
          baseCode: code.fireSafetyInspection,
          orgKey: 'kdl-xfdd',
          whenOptions: ['dine-in'],
          dependsOn: [],
        },
        {
          key: 'signboard',
          baseCode: code.outdoorSign,
          orgKey: 'kdl-cgj',
          whenOptions: ['with-signboard'],
          dependsOn: [],
        },
      ],
      // the three are handled in parallel, each promising 5 working days
      promisedLimit: wd(5),
      outputWindow: OUTPUT_WINDOW,
      outputModes: ['together', 'post'],
      basis: BASIS_LICENSING,
    },
  },

  {
    code: 'DEMO-KDL-BIRTH',
    regionCode: KDL,
    leadOrgKey: 'kdl-wjw',
    definition: {
      name: '新生儿出生一件事',
      summary:
        '新生儿出生后，父母一次申请出生医学证明首次签发和出生登记（落户），并可同步为新生儿申领社会保障卡、办理城乡居民基本医疗保险参保登记。出生医学证明签发后办理落户，落户取得公民身份号码后办理社会保障卡和医保参保；由卫生健康部门牵头，信息共享，无需重复提交材料。',
      audience: 'person',
      lifeStage: 'birth',
      questions: [
        {
          id: 'social-security-card',
          question: '是否为新生儿申领社会保障卡？',
          multiple: false,
          options: [
            { id: 'card-yes', label: '申领' },
            { id: 'card-no', label: '暂不申领' },
          ],
        },
        {
          id: 'medical-insurance',
          question: '是否为新生儿办理城乡居民基本医疗保险参保登记？',
          multiple: false,
          options: [
            { id: 'insurance-yes', label: '办理' },
            { id: 'insurance-no', label: '暂不办理' },
          ],
        },
      ],
      members: [
        {
          key: 'birth-certificate',
          baseCode: code.birthMedicalCertificate,
          orgKey: 'kdl-wjw',
          dependsOn: [],
        },
        // 出生登记 needs the 出生医学证明
        {
          key: 'birth-registration',
          baseCode: code.birthRegistration,
          orgKey: 'kdl-gafj',
          dependsOn: ['birth-certificate'],
        },
        // both need the newborn's 公民身份号码, assigned at 出生登记
        {
          key: 'social-security-card',
          baseCode: code.socialSecurityCard,
          orgKey: 'kdl-rsj',
          whenOptions: ['card-yes'],
          dependsOn: ['birth-registration'],
        },
        {
          key: 'medical-insurance',
          baseCode: code.residentMedicalInsurance,
          orgKey: 'kdl-ybj',
          whenOptions: ['insurance-yes'],
          dependsOn: ['birth-registration'],
        },
      ],
      // 0 (出生医学证明) + 0 (出生登记) + 5 (社会保障卡)
      promisedLimit: wd(5),
      outputWindow: OUTPUT_WINDOW,
      outputModes: ['together', 'each', 'post'],
      basis: BASIS_NATIONAL,
    },
  },

  {
    code: 'DEMO-KDL-ENTERPRISE-OPENING',
    regionCode: KDL,
    leadOrgKey: 'kdl-scjg',
    definition: {
      name: '企业开办一件事',
      summary:
        '开办企业一次填报、一次提交，办理市场主体设立登记（营业执照），并同步办理公章刻制备案、发票申领、单位社会保险登记和住房公积金单位缴存登记。营业执照核发后，其余事项共享登记信息即时办结；由市场监督管理部门牵头，在一件事综合窗口一次领取全部结果或免费邮寄。',
      audience: 'enterprise',
      lifeStage: 'opening',
      questions: [
        {
          id: 'seal',
          question: '是否同时刻制公章？',
          multiple: false,
          options: [
            { id: 'seal-yes', label: '刻制公章（新开办企业首套印章免费）' },
            { id: 'seal-no', label: '暂不刻制' },
          ],
        },
        {
          id: 'invoice',
          question: '是否同时申领发票？',
          multiple: false,
          options: [
            { id: 'invoice-yes', label: '申领发票' },
            { id: 'invoice-no', label: '暂不申领' },
          ],
        },
      ],
      members: [
        { key: 'business-licence', baseCode: code.businessSetup, orgKey: 'kdl-scjg', dependsOn: [] },
        // each of the others needs the enterprise's 统一社会信用代码 from the licence
        {
          key: 'seal',
          baseCode: code.sealFiling,
          orgKey: 'kdl-gafj',
          whenOptions: ['seal-yes'],
          dependsOn: ['business-licence'],
        },
        {
          key: 'invoice',
          baseCode: code.invoiceApplication,
          orgKey: 'kdl-swj',
          whenOptions: ['invoice-yes'],
          dependsOn: ['business-licence'],
        },
        {
          key: 'social-insurance',
          baseCode: code.unitSocialInsurance,
          orgKey: 'kdl-rsj',
          dependsOn: ['business-licence'],
        },
        {
          key: 'housing-fund',
          baseCode: code.unitHousingFund,
          orgKey: 'kdl-gjj',
          dependsOn: ['business-licence'],
        },
      ],
      // every member is 即办 (0); the bundle promises one working day
      promisedLimit: wd(1),
      outputWindow: OUTPUT_WINDOW,
      outputModes: ['together', 'each', 'post'],
      basis: BASIS_LICENSING,
    },
  },

  {
    code: 'DEMO-KDL-RETIREMENT',
    regionCode: KDL,
    leadOrgKey: 'kdl-rsj',
    definition: {
      name: '企业职工退休一件事',
      summary:
        '企业职工达到退休条件时，一次申请职工正常退休（职）并核定基本养老金；退休核准后同步办理退休提取住房公积金，由人力资源和社会保障部门共享退休信息，无需另行提交退休证明。',
      audience: 'person',
      lifeStage: 'retirement',
      questions: [
        {
          id: 'housing-fund',
          question: '是否缴存了住房公积金并在退休时提取？',
          multiple: false,
          options: [
            { id: 'withdraw', label: '已缴存，退休时提取并销户' },
            { id: 'no-withdraw', label: '未缴存住房公积金或暂不提取' },
          ],
        },
      ],
      members: [
        { key: 'retirement', baseCode: code.retirement, orgKey: 'kdl-rsj', dependsOn: [] },
        {
          key: 'housing-fund-withdrawal',
          baseCode: code.retirementHousingFundWithdrawal,
          orgKey: 'kdl-gjj',
          whenOptions: ['withdraw'],
          dependsOn: ['retirement'],
        },
      ],
      // 10 (退休核准) + 1 (公积金提取)
      promisedLimit: wd(11),
      outputWindow: OUTPUT_WINDOW,
      outputModes: ['each', 'post'],
      basis: BASIS_NATIONAL,
    },
  },

  {
    // domain-facts §4 names no lead for 公民身后; seed 000 makes the department of the core step the lead, and
    // here that is 户口注销 (公安): the death registration every other department's handling relies on
    code: 'DEMO-KDL-AFTER-DEATH',
    regionCode: KDL,
    leadOrgKey: 'kdl-gafj',
    definition: {
      name: '公民身后一件事',
      summary:
        '公民去世后，家属一次申请签发居民死亡医学证明（推断）书和户口注销（死亡注销）；逝者生前参加基本养老保险的，同步申领丧葬补助金、抚恤金。死亡信息在部门间共享，无需重复提交证明；由公安机关牵头，一窗受理，结果统一出件。',
      audience: 'person',
      lifeStage: 'after_death',
      questions: [
        {
          id: 'pension',
          question: '逝者生前是否参加基本养老保险？',
          multiple: false,
          options: [
            { id: 'insured', label: '参加了（申领丧葬补助金、抚恤金）' },
            { id: 'not-insured', label: '没有参加' },
          ],
        },
      ],
      members: [
        {
          key: 'death-certificate',
          baseCode: code.deathMedicalCertificate,
          orgKey: 'kdl-wjw',
          dependsOn: [],
        },
        {
          key: 'deregistration',
          baseCode: code.deathDeregistration,
          orgKey: 'kdl-gafj',
          dependsOn: ['death-certificate'],
        },
        {
          key: 'funeral-grant',
          baseCode: code.funeralGrant,
          orgKey: 'kdl-rsj',
          whenOptions: ['insured'],
          dependsOn: ['deregistration'],
        },
      ],
      // 0 (死亡医学证明) + 0 (户口注销) + 5 (丧葬补助金、抚恤金)
      promisedLimit: wd(5),
      outputWindow: OUTPUT_WINDOW,
      outputModes: ['together', 'each'],
      basis: BASIS_NATIONAL,
    },
  },

  {
    code: 'DEMO-XT-HOUSE-TRANSFER',
    regionCode: XT,
    leadOrgKey: 'xt-jshbj',
    definition: {
      name: '二手房转移登记及水电气过户一件事',
      summary:
        '买卖、赠与或继承二手房时，一次申请国有建设用地使用权及房屋所有权转移登记，并同步办理电力、供水、燃气用户过户。转移登记登簿后，供电、供水、燃气企业共享不动产登记信息办理户名变更，无需另行提交不动产权证书；由不动产登记机构牵头，一窗受理，结果统一出件。',
      audience: 'person',
      lifeStage: 'housing',
      questions: [
        {
          id: 'utilities',
          question: '需要同步办理哪些过户？（可多选）',
          multiple: true,
          options: [
            { id: 'electricity', label: '电力用户过户' },
            { id: 'water', label: '供水用户过户' },
            { id: 'gas', label: '燃气用户过户' },
          ],
        },
      ],
      members: [
        { key: 'property-transfer', baseCode: code.propertyTransfer, orgKey: 'xt-jshbj', dependsOn: [] },
        // the new account holder must be the registered owner first
        {
          key: 'electricity',
          baseCode: code.electricityTransfer,
          orgKey: 'xt-gdj',
          whenOptions: ['electricity'],
          dependsOn: ['property-transfer'],
        },
        {
          key: 'water',
          baseCode: code.waterTransfer,
          orgKey: 'xt-gsgs',
          whenOptions: ['water'],
          dependsOn: ['property-transfer'],
        },
        {
          key: 'gas',
          baseCode: code.gasTransfer,
          orgKey: 'xt-rqgs',
          whenOptions: ['gas'],
          dependsOn: ['property-transfer'],
        },
      ],
      // 3 (转移登记) + 1 (供水或燃气过户), one day to spare
      promisedLimit: wd(5),
      outputWindow: OUTPUT_WINDOW,
      outputModes: ['together', 'each', 'post'],
      basis: BASIS_NATIONAL,
    },
  },
];
