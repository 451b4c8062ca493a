// 新生儿出生一件事 members (domain-facts §4, lead: 卫生健康): 出生医学证明（首次签发）、出生登记（户口登记）、
// 社会保障卡申领、城乡居民基本医疗保险参保登记.
import type { Material } from '@msb/contracts';
import {
  acceptStep,
  agentMaterials,
  ask,
  defineItem,
  form,
  HANDLER_SITUATION,
  householdRegister,
  idCard,
  instantStep,
  issueStep,
  marriageCertificate,
  material,
  reviewStep,
  SERVICE_DEFAULT_LIMIT,
  spouseFields,
  wd,
} from '../build.ts';
import type { DemoItem } from '../types.ts';
import { livelihood, professional } from './common.ts';

const birthCertificate = (extra: Partial<Material> = {}) =>
  material({
    id: 'birth-certificate',
    name: '出生医学证明',
    source: 'other',
    issuer: '新生儿出生的助产医疗机构',
    originals: 1,
    copies: 1,
    requirements: '原件核验后退还；已通过“出生一件事”共享的免于提交',
    ...extra,
  });

const NEWBORN_SITUATION = {
  id: 'insured-person',
  question: '为谁办理？',
  multiple: false,
  options: [
    { id: 'newborn', label: '新生儿（未满十六周岁）' },
    { id: 'resident', label: '已满十六周岁的居民' },
  ],
};

export const birthItems: DemoItem[] = [
  defineItem({
    baseCode: '2000401001',
    baseName: '出生医学证明（首次签发）',
    itemType: 'public_service',
    businessKind: 'new',
    competentDept: '卫生健康部门',
    basis: '《中华人民共和国母婴保健法》；《中华人民共和国母婴保健法实施办法》',
    conditions:
      '在本地具有助产技术服务资质的医疗机构内出生的活产新生儿，由父母或监护人申请；在医疗机构外出生的，需提供亲子鉴定证明。',
    legalLimit: wd(0),
    promisedLimit: wd(0),
    instant: true,
    ...livelihood(['出生']),
    delivery: ['window'],
    materials: [
      form('birth-form', '出生医学证明首次签发登记表', {
        issuer: '新生儿父母填写（助产机构提供空白表格和填写样表）',
        requirements: '父母亲笔签名，新生儿姓名一经签发不得随意更改',
      }),
      idCard('新生儿母亲', { id: 'mother-id-card' }),
      idCard('新生儿父亲', {
        id: 'father-id-card',
        requirement: 'conditional',
        whenOptions: ['father-listed'],
        condition: '填写父亲信息时提交',
      }),
      material({
        id: 'paternity-test',
        name: '亲子鉴定证明',
        requirement: 'conditional',
        whenOptions: ['out-of-hospital'],
        condition: '在医疗机构外出生时提交',
        source: 'intermediary',
        issuer: '具有资质的司法鉴定机构',
      }),
    ],
    situations: [
      {
        id: 'birth-place',
        question: '新生儿在哪里出生？',
        multiple: false,
        options: [
          { id: 'in-hospital', label: '在具有助产资质的医疗机构内出生' },
          { id: 'out-of-hospital', label: '在医疗机构外出生' },
        ],
      },
      {
        id: 'father-info',
        question: '出生医学证明是否填写父亲信息？',
        multiple: false,
        options: [
          { id: 'father-listed', label: '填写' },
          { id: 'father-unlisted', label: '暂不填写' },
        ],
      },
    ],
    steps: [
      instantStep('核对新生儿出生信息和父母身份，打印并签发出生医学证明', '出生医学证明', {
        role: '助产机构出生医学证明签发人员',
        wait: 10,
        counter: 15,
      }),
    ],
    maturity: 'III',
    visits: 1,
    channels: ['window', 'mobile'],
    result: { name: '出生医学证明', kind: 'certificate' },
    faqs: [
      {
        question: '出院前必须取名吗？',
        answer:
          '建议出院前确定新生儿姓名，以便当场签发出生医学证明；暂未取名的，可在出院后凭出院记录到助产机构补办首次签发。',
      },
      {
        question: '办完出生医学证明后还要分别去落户、办医保和社保卡吗？',
        answer:
          '不需要。通过“新生儿出生一件事”一次申请，出生登记、医保参保和社会保障卡申领由各部门并联办理。',
      },
    ],
    keywords: ['出生证', '出生证明', '新生儿', '出生一件事'],
    // the certificate records the newborn, and the father's name and ID number when the parents are married
    applicationForm: {
      fields: [
        // demo setting: the certificate's name box prints at most 30 characters (the element allows 50)
        ask('child.name', { overrides: { maxLength: 30 } }),
        ask('child.gender'),
        ask('child.birthDate'),
        ...spouseFields(),
      ],
    },
    at: [
      { org: 'hlbe-wjw', popularity: 300 },
      { org: 'kdl-wjw', popularity: 260 },
      { org: 'xt-shswj', popularity: 80 },
      { org: 'wsq-wjw', popularity: 110 },
    ],
  }),

  defineItem({
    baseCode: '0700601001',
    baseName: '出生登记',
    itemType: 'confirmation',
    competentDept: '公安机关',
    basis: '《中华人民共和国户口登记条例》',
    conditions: '婴儿出生后一个月以内，由户主、亲属、抚养人或者邻居向婴儿常住地户口登记机关申报出生登记。',
    legalLimit: wd(0),
    promisedLimit: wd(0),
    instant: true,
    ...professional(['person'], ['出生', '户籍']),
    acceptOnReceipt: true,
    materials: [
      birthCertificate(),
      idCard('新生儿父母', { originals: 2, copies: 0 }),
      householdRegister('申报落户一方的'),
      marriageCertificate({
        requirement: 'conditional',
        whenOptions: ['married'],
        condition: '父母为婚内生育时提交',
      }),
      form('non-marital-statement', '非婚生育情况说明', {
        requirement: 'conditional',
        whenOptions: ['unmarried'],
        condition: '非婚生育的新生儿申报出生登记时提交',
        issuer: '新生儿父亲或母亲填写签字',
      }),
      ...agentMaterials('新生儿父母'),
    ],
    situations: [
      {
        id: 'parents-marriage',
        question: '新生儿父母的婚姻状况？',
        multiple: false,
        options: [
          { id: 'married', label: '婚内生育' },
          { id: 'unmarried', label: '非婚生育' },
        ],
      },
      HANDLER_SITUATION,
    ],
    steps: [
      instantStep(
        '核对出生医学证明和父母户籍信息，符合条件的当场办理出生登记',
        '居民户口簿（新生儿户口页）',
        {
          online: true,
          role: '公安户政民警',
        },
      ),
      issueStep(0, '新生儿户口页（邮寄或窗口领取）'),
    ],
    maturity: 'IV',
    visits: 0,
    channels: ['mobile', 'web', 'window'],
    result: { name: '居民户口簿（新生儿户口页）', kind: 'certificate' },
    faqs: [
      {
        question: '新生儿可以随父亲也可以随母亲落户吗？',
        answer: '可以。新生儿可以随父或随母申报常住户口，由父母协商确定。',
      },
    ],
    keywords: ['户口登记', '新生儿落户', '报户口', '上户口'],
    applicationForm: {
      fields: [
        ask('child.name'),
        ask('child.gender'),
        ask('child.birthDate'),
        ...spouseFields(),
        // 随父或随母落户: the household register of the parent the newborn joins
        ask('applicant.householdRegion'),
      ],
    },
    at: [
      { org: 'hlbe-gaj', popularity: 280 },
      { org: 'kdl-gafj', popularity: 250 },
      { org: 'xt-gafj', popularity: 70 },
      { org: 'wsq-gaj', popularity: 100 },
    ],
  }),

  defineItem({
    baseCode: '2000102000',
    baseName: '社会保障卡申领',
    itemType: 'public_service',
    competentDept: '人力资源和社会保障部门',
    basis: '《中华人民共和国社会保险法》',
    conditions:
      '参加社会保险或享受人力资源社会保障公共服务的人员，未持有有效社会保障卡的，可以申领；新生儿可由监护人代为申领。',
    legalLimit: SERVICE_DEFAULT_LIMIT,
    promisedLimit: wd(5),
    instant: false,
    ...livelihood(['出生', '就业']),
    crossRegion: 'full_online',
    delivery: ['post', 'window'],
    materials: [
      idCard('申领人', {
        requirement: 'conditional',
        whenOptions: ['resident'],
        condition: '已满十六周岁的申领人提交',
      }),
      householdRegister('新生儿', {
        requirement: 'conditional',
        whenOptions: ['newborn'],
        condition: '为新生儿申领时提交',
      }),
      idCard('监护人', {
        id: 'guardian-id',
        requirement: 'conditional',
        whenOptions: ['newborn'],
        condition: '为新生儿申领时提交',
      }),
      material({
        id: 'photo',
        name: '近期免冠白底彩色电子照片',
        issuer: '申领人通过“蒙速办”上传，或经授权调用公安机关人像数据',
        originals: 0,
        media: 'electronic',
      }),
    ],
    situations: [NEWBORN_SITUATION],
    steps: [
      acceptStep({ online: true }),
      reviewStep(1, '核对申领人身份和参保信息，照片符合制卡标准', '社保卡经办人员'),
      issueStep(4, '社会保障卡（邮寄或合作银行网点领取），电子社保卡即时签发'),
    ],
    maturity: 'IV',
    visits: 0,
    channels: ['mobile', 'web', 'window', 'kiosk'],
    result: { name: '社会保障卡', kind: 'certificate' },
    faqs: [
      {
        question: '急用社保卡怎么办？',
        answer: '可到设有即时制卡服务的合作银行网点现场制卡，立等可取；也可以先申领电子社保卡使用。',
      },
    ],
    keywords: ['社保卡', '办社保卡', '电子社保卡', '第三代社保卡'],
    // also for residents over sixteen applying for themselves, so the newborn's facts are optional here
    applicationForm: {
      fields: [
        ask('child.name', { required: false }),
        ask('child.birthDate', { required: false }),
        ask('applicant.postalCode', { required: false }),
      ],
    },
    at: [
      { org: 'hlbe-rsj', popularity: 700 },
      { org: 'kdl-rsj', popularity: 600 },
      { org: 'xt-zzrsb', popularity: 150 },
      { org: 'wsq-rsj', popularity: 200 },
    ],
  }),

  defineItem({
    baseCode: '2000501000',
    baseName: '城乡居民基本医疗保险参保登记',
    itemType: 'public_service',
    competentDept: '医疗保障部门',
    basis: '《中华人民共和国社会保险法》；《国务院关于整合城乡居民基本医疗保险制度的意见》',
    conditions:
      '除职工基本医疗保险应参保人员以外的其他居民（含新生儿、在校学生、灵活就业人员以外的城乡居民）；新生儿出生后可随时参保。',
    legalLimit: wd(0),
    promisedLimit: wd(0),
    instant: true,
    ...livelihood(['出生']),
    crossRegion: 'full_online',
    delivery: ['download'],
    materials: [
      idCard('参保人', {
        requirement: 'conditional',
        whenOptions: ['resident'],
        condition: '已满十六周岁的参保人提交',
        originals: 1,
        copies: 0,
      }),
      birthCertificate({
        requirement: 'conditional',
        whenOptions: ['newborn'],
        condition: '为尚未落户的新生儿参保时提交',
      }),
      householdRegister('新生儿', {
        requirement: 'conditional',
        whenOptions: ['newborn'],
        condition: '新生儿已落户的提交，可代替出生医学证明',
      }),
      ...agentMaterials('参保人或监护人'),
    ],
    situations: [NEWBORN_SITUATION, HANDLER_SITUATION],
    steps: [
      instantStep('核对参保人身份，确认未参加职工基本医疗保险，办理参保登记', '参保登记信息', {
        online: true,
        role: '医保经办人员',
      }),
    ],
    maturity: 'IV',
    visits: 0,
    channels: ['mobile', 'web', 'window'],
    result: { name: '城乡居民基本医疗保险参保登记信息', kind: 'other' },
    faqs: [
      {
        question: '新生儿出生当年就要缴费吗？',
        answer:
          '新生儿在出生当年参保并缴纳当年居民医保费的，自出生之日起享受医保待遇，具体缴费期限以本地公告为准。',
      },
    ],
    keywords: ['医保参保', '居民医保', '新生儿医保', '医保登记'],
    applicationForm: {
      fields: [
        ask('child.name', { required: false }),
        ask('child.gender', { required: false }),
        ask('child.birthDate', { required: false }),
      ],
    },
    at: [
      { org: 'hlbe-ybj', popularity: 400 },
      { org: 'kdl-ybj', popularity: 380 },
      { org: 'xt-zzrsb', popularity: 90 },
      { org: 'wsq-ybj', popularity: 160 },
    ],
  }),
];
