// Small builders for the demo guides: common materials with precise names and issuers (seed 003:
// no 等材料 wording), process steps, limits, and the function that instantiates one base-item template
// per implementing department (三级N同: name, code, type and basis never change between levels).
import type {
  ApplicationFormField,
  Guide,
  Material,
  ProcessStep,
  Situation,
  TimeLimit,
} from '@msb/contracts';
import type { DataElementKey } from '../../modules/forms/domain/data-elements.ts';
import { orgByKey } from './orgs.ts';
import { hoursFor, locationFor, regionByCode } from './regions.ts';
import type { DemoItem, ItemTemplate } from './types.ts';

export const wd = (amount: number): TimeLimit => ({ amount, unit: 'workday' });
export const nd = (amount: number): TimeLimit => ({ amount, unit: 'natural' });

export const FREE: Guide['fees'] = { free: true, items: [] };

/** 行政许可法 第四十二条: 二十日 (working days, 第八十二条) — the default legal limit of a licence. */
export const LICENCE_DEFAULT_LIMIT = wd(20);
export const LICENSING_LAW = '《中华人民共和国行政许可法》';

/** Public services without a statutory limit: the limit set in the regional 事项目录 (demo value). */
export const SERVICE_DEFAULT_LIMIT = wd(20);

type MaterialInput = Pick<Material, 'id' | 'name' | 'issuer'> &
  Partial<Omit<Material, 'id' | 'name' | 'issuer'>>;

/** A material with the usual defaults: required, supplied by the applicant, one paper original. */
export function material(m: MaterialInput): Material {
  return {
    requirement: 'required',
    source: 'applicant',
    originals: 1,
    copies: 0,
    certifiedCopies: 0,
    media: 'paper',
    isForm: false,
    allowMissing: false,
    commitmentAllowed: false,
    ...m,
  };
}

/** An application form: the loader generates its blank and sample PDF (blankForm/sampleForm stay unset). */
export function form(id: string, name: string, extra: Partial<MaterialInput> = {}): Material {
  return material({
    id,
    name,
    issuer: '申请人填写（政务服务中心窗口和网上办事大厅提供空白表格及填写样表）',
    media: 'both',
    isForm: true,
    requirements: '如实填写，申请人签字；单位申请的加盖单位公章',
    ...extra,
  });
}

/** 居民身份证 — replaceable by the e-licence (免证办). */
export function idCard(who = '申请人', extra: Partial<MaterialInput> = {}): Material {
  return material({
    id: 'id-card',
    name: `${who}居民身份证`,
    source: 'government',
    issuer: '户籍所在地公安机关',
    originals: 1,
    copies: 1,
    licenceType: '居民身份证',
    requirements: '原件核验后当场退还；复印件正反面复印在同一页，字迹清晰',
    ...extra,
  });
}

/** 营业执照 of an enterprise applicant — replaceable by the e-licence. */
export function businessLicence(extra: Partial<MaterialInput> = {}): Material {
  return material({
    id: 'business-licence',
    name: '营业执照',
    source: 'government',
    issuer: '市场监督管理部门',
    originals: 0,
    copies: 1,
    licenceType: '营业执照',
    requirements: '复印件加盖单位公章；已领取电子营业执照的可亮照免交',
    ...extra,
  });
}

export function householdRegister(who = '申请人', extra: Partial<MaterialInput> = {}): Material {
  return material({
    id: 'household-register',
    name: `${who}居民户口簿`,
    source: 'government',
    issuer: '户口所在地公安派出所',
    originals: 1,
    copies: 0,
    requirements: '原件核验后当场退还',
    ...extra,
  });
}

export function marriageCertificate(extra: Partial<MaterialInput> = {}): Material {
  return material({
    id: 'marriage-cert',
    name: '结婚证',
    source: 'government',
    issuer: '婚姻登记机关',
    originals: 1,
    copies: 1,
    licenceType: '结婚证',
    requirements: '原件核验后当场退还',
    ...extra,
  });
}

export function propertyCertificate(extra: Partial<MaterialInput> = {}): Material {
  return material({
    id: 'property-cert',
    name: '不动产权证书',
    source: 'government',
    issuer: '不动产登记机构',
    originals: 1,
    copies: 0,
    licenceType: '不动产权证书',
    requirements: '原件收回（转移登记后换发新证）',
    ...extra,
  });
}

/** The common "who applies" question and the two materials an agent brings. */
export const HANDLER_SITUATION: Situation = {
  id: 'handler',
  question: '由谁到窗口或在网上提交申请？',
  multiple: false,
  options: [
    { id: 'self', label: '申请人（单位法定代表人）本人办理' },
    { id: 'agent', label: '委托代理人办理' },
  ],
};

export function agentMaterials(principal = '申请人'): Material[] {
  return [
    form('power-of-attorney', '授权委托书', {
      requirement: 'conditional',
      whenOptions: ['agent'],
      condition: '委托他人代为办理时提交',
      issuer: `${principal}签署（窗口和网上办事大厅提供格式文本）`,
      requirements: '写明委托事项、权限和期限，委托人签字或加盖单位公章',
    }),
    idCard('受托人', {
      id: 'agent-id-card',
      requirement: 'conditional',
      whenOptions: ['agent'],
      condition: '委托他人代为办理时提交',
    }),
  ];
}

/**
 * One field of a guide's application form: a registered data element (typed here, so a demo form cannot ask an
 * unregistered fact), required unless said otherwise, optionally asked only when another field has a value.
 */
export function ask(
  key: DataElementKey,
  o: {
    required?: boolean;
    when?: { key: DataElementKey; equals: string | number | boolean };
    overrides?: ApplicationFormField['overrides'];
  } = {},
): ApplicationFormField {
  return {
    key,
    required: o.required ?? true,
    ...(o.when ? { when: { ...o.when } } : {}),
    ...(o.overrides ? { overrides: { ...o.overrides } } : {}),
  };
}

/** 婚姻状况 as forms about a family ask it: 初婚/再婚/复婚 are all 已婚 (20), so a condition on 20 holds. */
export const MARITAL_STATUS_CHOICES = ['10', '20', '30', '40'];

/**
 * The applicant's marital status, and the spouse's name and ID number, asked (and required) only when married.
 * `statusRequired: false` where the applicant may be a unit (a unit has no marital status).
 */
export function spouseFields({ statusRequired = true } = {}): ApplicationFormField[] {
  const married = { key: 'marriage.status', equals: '20' } as const;
  return [
    ask('marriage.status', { required: statusRequired, overrides: { enum: MARITAL_STATUS_CHOICES } }),
    ask('spouse.name', { when: married }),
    ask('spouse.idNumber', { when: married }),
  ];
}

type AttendOptions = { wait?: number; counter?: number };

/** 受理: at a comprehensive window, or online pre-review when `online`. */
export function acceptStep(
  o: AttendOptions & { online?: boolean; days?: number; role?: string } = {},
): ProcessStep {
  const attends = !o.online;
  return {
    name: o.online ? '网上申请与受理' : '窗口收件与受理',
    handlerRole: o.role ?? (o.online ? '网上预审人员' : '综合窗口受理人员'),
    limit: wd(o.days ?? 0),
    standard:
      '核对申请材料是否齐全、符合法定形式；材料齐全的当场受理并出具受理凭证，材料不全或不符合法定形式的一次性告知需要补正的全部内容',
    result: '受理通知书（或不予受理决定书、一次性补正告知书）',
    applicantAttends: attends,
    ...(attends ? { waitMinutes: o.wait ?? 15, counterMinutes: o.counter ?? 10 } : {}),
  };
}

export function reviewStep(
  days: number,
  standard: string,
  role = '科室审核人员',
  name = '审查',
): ProcessStep {
  return { name, handlerRole: role, limit: wd(days), standard, result: '审查意见', applicantAttends: false };
}

export function decideStep(days: number, result: string, role = '分管负责人'): ProcessStep {
  return {
    name: '决定',
    handlerRole: role,
    limit: wd(days),
    standard:
      '对审查意见进行审核，符合条件的作出准予决定；不符合条件的作出不予决定并书面说明理由，告知申请人依法享有申请行政复议或者提起行政诉讼的权利',
    result,
    applicantAttends: false,
  };
}

export function issueStep(
  days: number,
  result: string,
  o: AttendOptions & { attends?: boolean } = {},
): ProcessStep {
  const attends = o.attends ?? false;
  return {
    name: '办结送达',
    handlerRole: '统一出件窗口人员',
    limit: wd(days),
    standard: '核对领取人身份后发放办理结果；选择邮寄的免费寄递，选择电子证照的推送至“蒙速办”卡包',
    result,
    applicantAttends: attends,
    ...(attends ? { waitMinutes: o.wait ?? 5, counterMinutes: o.counter ?? 5 } : {}),
  };
}

/** 即办件: accepted and decided at the window in one visit (or online at once). */
export function instantStep(
  standard: string,
  result: string,
  o: AttendOptions & { online?: boolean; role?: string } = {},
): ProcessStep {
  const attends = !o.online;
  return {
    name: o.online ? '网上申请即时办结' : '受理并当场办结',
    handlerRole: o.role ?? '综合窗口受理人员',
    limit: wd(0),
    standard,
    result,
    applicantAttends: attends,
    ...(attends ? { waitMinutes: o.wait ?? 10, counterMinutes: o.counter ?? 15 } : {}),
  };
}

/** Instantiates a template at every department that implements it (三级N同). */
export function defineItem(t: ItemTemplate): DemoItem {
  const { baseName, competentDept, at, ...shared } = t;
  return {
    baseCode: t.baseCode,
    baseName,
    itemType: t.itemType,
    basis: t.basis,
    competentDept,
    implementations: at.map((spec) => {
      const org = orgByKey(spec.org);
      const region = regionByCode(org.regionCode);
      const { hours, note } = hoursFor(region, t.windowCategory);
      const guide: Guide = withCommitmentText({
        name: baseName,
        ...structuredClone(shared),
        promisedLimit: { ...(spec.promisedLimit ?? t.promisedLimit) },
        location: locationFor(region, t.windowCategory, org.key),
        hours,
        hoursNote: note,
        consultPhone: org.phone,
        complaintPhone: region.complaintPhone,
      });
      return {
        orgKey: org.key,
        regionCode: org.regionCode,
        // 实施编码 = 实施主体统一社会信用代码 + 基本编码 + 业务办理项序号 (domain-facts §3.2: 18 + 13 chars)
        code: `${org.creditCode}${t.baseCode}001`,
        popularity: spec.popularity,
        guide,
        status: 'published',
      };
    }),
  };
}

/**
 * 告知承诺 needs the item's commitment text before a guide is published (catalog/domain/guide-commitment-checks.ts).
 * A demo guide offering it gets the usual wording of a 告知承诺书: the facts and materials it stands in for are
 * true, and a false commitment means revocation and a credit record (seed 001; the 20 working days of 事后核查 are a
 * demo setting, not law).
 */
function withCommitmentText(guide: Guide): Guide {
  const offered = guide.materials.filter((m) => m.commitmentAllowed);
  if (guide.commitment || offered.length === 0) return guide;
  const names = offered.map((m) => `“${m.name}”`).join('、');
  return {
    ...guide,
    commitment: {
      text: `本人（本单位）已知晓「${guide.name}」的办理条件和要求，现承诺：${names}所涉及的情况真实、合法、有效，符合办理条件。本人（本单位）同意行政机关在作出决定后进行核查；如承诺不实，愿意承担相应法律责任，并接受行政机关撤销所作决定、记入信用记录的处理。`,
      verifyWithinWorkdays: 20,
      excludeBrokenCommitment: true,
    },
  };
}
