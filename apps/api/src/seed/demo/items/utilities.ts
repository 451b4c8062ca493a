// 水电气过户 by the utilities that take part in 包头稀土高新区's 一次办 (seed 000: 供电局、供水公司、燃气公司),
// members of the 二手房转移登记 + 水电气过户 bundle. 公共服务; windows in the hall's 水电气综合服务区.
import type { Material } from '@msb/contracts';
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
  propertyCertificate,
  reviewStep,
  wd,
} from '../build.ts';
import type { DemoItem } from '../types.ts';
import { professional } from './common.ts';

const OWNER_SITUATION = {
  id: 'new-owner',
  question: '新户主是个人还是单位？',
  multiple: false,
  options: [
    { id: 'person-owner', label: '个人' },
    { id: 'unit-owner', label: '单位' },
  ],
};

const TRANSFER_SITUATION = {
  id: 'transfer-reason',
  question: '因何原因过户？',
  multiple: false,
  options: [
    { id: 'purchase', label: '房屋买卖，已办理不动产转移登记' },
    { id: 'inheritance', label: '继承' },
  ],
};

/** Materials every utility transfer asks for: new owner's identity and proof of the property. */
function ownerMaterials(): Material[] {
  return [
    idCard('新户主', {
      requirement: 'conditional',
      whenOptions: ['person-owner'],
      condition: '新户主为个人时提交',
    }),
    businessLicence({
      requirement: 'conditional',
      whenOptions: ['unit-owner'],
      condition: '新户主为单位时提交',
    }),
    propertyCertificate({
      originals: 0,
      copies: 1,
      requirements: '新户主名下的不动产权证书；通过“二手房过户一件事”办理的由不动产登记机构共享，免于提交',
    }),
    material({
      id: 'inheritance-proof',
      name: '继承权公证书或人民法院生效法律文书',
      requirement: 'conditional',
      whenOptions: ['inheritance'],
      condition: '因继承过户且尚未办理不动产转移登记时提交',
      source: 'other',
      issuer: '公证机构或人民法院',
      originals: 0,
      copies: 1,
    }),
  ];
}

const COMMON = {
  itemType: 'public_service' as const,
  legalLimit: wd(0),
  promisedLimit: wd(0),
  instant: true,
  ...professional(['person', 'legal_person'], ['住房']),
  acceptOnReceipt: true,
  delivery: ['download' as const, 'window' as const],
  maturity: 'IV' as const,
  visits: 0,
  channels: ['mobile' as const, 'web' as const, 'window' as const],
};

export const utilityItems: DemoItem[] = [
  defineItem({
    ...COMMON,
    baseCode: '2000601001',
    baseName: '电力用户过户',
    competentDept: '供电企业',
    basis: '《电力供应与使用条例》；《供电营业规则》',
    conditions:
      '用电地址、用电容量和用电类别不变，因房屋产权或经营权发生变化需要变更用电户名的，原户主已结清电费。',
    materials: [
      form('application', '用电业务申请表（过户）'),
      ...ownerMaterials(),
      ...agentMaterials('新户主'),
    ],
    situations: [OWNER_SITUATION, TRANSFER_SITUATION, HANDLER_SITUATION],
    steps: [
      instantStep(
        '核对新户主身份和产权信息，确认原户主电费已结清，变更户名并重新签订供用电合同',
        '变更后的供用电合同',
        {
          online: true,
          role: '供电营业厅业务受理员',
        },
      ),
      issueStep(0, '电子供用电合同和户名变更确认'),
    ],
    result: { name: '用电户名变更确认及供用电合同', kind: 'other' },
    faqs: [
      {
        question: '原户主还欠电费能过户吗？',
        answer:
          '需先结清电费。通过“二手房过户一件事”办理的，系统会在交易时提示双方结清，过户当日完成户名变更。',
      },
    ],
    keywords: ['电表过户', '用电过户', '电费户名变更', '水电气过户'],
    applicationForm: {
      fields: [ask('property.address'), ask('utility.electricityAccountNumber')],
    },
    at: [{ org: 'xt-gdj', popularity: 60 }],
  }),

  defineItem({
    ...COMMON,
    baseCode: '2000601002',
    baseName: '供水用户过户',
    competentDept: '城市供水企业',
    basis: '《城市供水条例》',
    conditions: '用水地址和用水性质不变，因房屋产权发生变化需要变更用水户名的，原户主已结清水费。',
    instant: false,
    promisedLimit: wd(1),
    legalLimit: wd(3),
    materials: [
      form('application', '供水用户过户申请表'),
      ...ownerMaterials(),
      material({
        id: 'meter-photo',
        name: '过户当日水表读数照片',
        issuer: '申请人拍摄',
        originals: 0,
        media: 'electronic',
        requirements: '照片清晰显示表号和读数',
      }),
      ...agentMaterials('新户主'),
    ],
    situations: [OWNER_SITUATION, TRANSFER_SITUATION, HANDLER_SITUATION],
    steps: [
      acceptStep({ online: true, role: '供水营业厅业务受理员' }),
      reviewStep(
        1,
        '核对产权、水表读数和欠费情况，办理户名变更并重新签订供用水合同',
        '供水营业业务员',
        '审核并变更',
      ),
      issueStep(0, '户名变更确认和电子供用水合同'),
    ],
    result: { name: '用水户名变更确认及供用水合同', kind: 'other' },
    faqs: [
      {
        question: '过户时水表读数怎么确认？',
        answer: '申请人上传过户当日的水表读数照片，供水公司以此结算原户主水费，新户主自该读数起计费。',
      },
    ],
    keywords: ['水表过户', '用水过户', '水费户名变更', '水电气过户'],
    applicationForm: {
      fields: [ask('property.address'), ask('utility.waterAccountNumber')],
    },
    at: [{ org: 'xt-gsgs', popularity: 45 }],
  }),

  defineItem({
    ...COMMON,
    baseCode: '2000601003',
    baseName: '燃气用户过户',
    competentDept: '燃气经营企业',
    basis: '《城镇燃气管理条例》',
    conditions:
      '用气地址和用气性质不变，因房屋产权发生变化需要变更用气户名的，原户主已结清燃气费，新户主接受入户安全检查。',
    instant: false,
    promisedLimit: wd(1),
    legalLimit: wd(3),
    materials: [
      form('application', '燃气用户过户申请表'),
      ...ownerMaterials(),
      form('safety-notice', '安全用气告知书（签收）', {
        issuer: '燃气公司提供，新户主阅读后签收',
        requirements: '新户主本人签字',
      }),
      ...agentMaterials('新户主'),
    ],
    situations: [OWNER_SITUATION, TRANSFER_SITUATION, HANDLER_SITUATION],
    steps: [
      acceptStep({ online: true, role: '燃气营业厅业务受理员' }),
      reviewStep(
        1,
        '核对产权和欠费情况，预约入户安全检查，变更户名并重新签订供用气合同',
        '燃气营业业务员',
        '审核、安检预约与变更',
      ),
      issueStep(0, '户名变更确认和电子供用气合同'),
    ],
    result: { name: '用气户名变更确认及供用气合同', kind: 'other' },
    faqs: [
      {
        question: '过户必须入户安检吗？',
        answer: '是的。变更户名后，燃气公司将在约定时间免费入户进行安全检查，检查不影响户名变更的办结时间。',
      },
    ],
    keywords: ['燃气过户', '天然气过户', '燃气户名变更', '水电气过户'],
    applicationForm: {
      fields: [ask('property.address'), ask('utility.gasAccountNumber')],
    },
    at: [{ org: 'xt-rqgs', popularity: 40 }],
  }),
];
