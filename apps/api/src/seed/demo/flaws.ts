// Exactly five deliberately flawed implementations, so the guide-quality scorecard (seed 002 附件1,
// indicators 10–24) has findings to show. Each carries a label starting with 示例缺陷：. The three that
// would block publishing stay drafts; the time-limit and naming deviations do not block and are published.
import type { Guide } from '@msb/contracts';
import { material } from './build.ts';
import type { DemoImplementation, DemoItem } from './types.ts';

export const FLAW_PREFIX = '示例缺陷：';
/** The loader must not generate blank/sample forms for the implementation carrying this label. */
export const FLAW_NO_FORMS = `${FLAW_PREFIX}未提供空白表格和样表`;

type Flaw = {
  baseCode: string;
  orgKey: string;
  label: string;
  status: 'published' | 'draft';
  apply: (guide: Guide) => void;
};

const flaws: Flaw[] = [
  {
    // seed 003: 消除“XXX等材料”“法律法规规定的其他材料”等模糊性表述
    // (呼伦贝尔市, so that 昆都仑区's 户外招牌 guide can be a member of its 开办餐饮店一件事)
    baseCode: '0101101000',
    orgKey: 'hlbe-cgj',
    label: `${FLAW_PREFIX}申请材料含模糊表述“其他相关材料”`,
    status: 'draft',
    apply: (guide) => {
      guide.materials.push(
        material({
          id: 'other',
          name: '其他相关材料',
          issuer: '申请人自备',
          originals: 1,
          requirements: '视情况提供',
        }),
      );
    },
  },
  {
    // seed 002 附件1 指标14: 办理地点要有街道名称、门牌号、房间号、窗口号
    baseCode: '0100602000',
    orgKey: 'wsq-lcj',
    label: `${FLAW_PREFIX}办理地点缺少房间号和窗口号`,
    status: 'draft',
    apply: (guide) => {
      guide.location.room = '';
      guide.location.window = '';
    },
  },
  {
    // seed 002 附件1 指标23–24: 空白表格和样表 100% 提供 — the loader skips form generation here
    baseCode: '0100501000',
    orgKey: 'hlbe-slj',
    label: FLAW_NO_FORMS,
    status: 'draft',
    apply: () => {},
  },
  {
    // seed 002 附件1 指标1: 承诺时限在法定时限基础上缩减 50%
    baseCode: '0100902001',
    orgKey: 'xt-sygsj',
    label: `${FLAW_PREFIX}承诺时限等于法定时限，未压缩办理时间`,
    status: 'published',
    apply: (guide) => {
      guide.promisedLimit = { ...guide.legalLimit };
    },
  },
  {
    // seed 002 附件1 指标10 / seed 001 “三级N同”: 名称在各层级统一
    baseCode: '0100901001',
    orgKey: 'wsq-scjg',
    label: `${FLAW_PREFIX}事项名称与基本目录“市场主体设立登记”不一致（三级N同偏差）`,
    status: 'published',
    apply: (guide) => {
      guide.name = '企业开办登记（营业执照办理）';
    },
  },
];

function find(items: DemoItem[], baseCode: string, orgKey: string): DemoImplementation {
  const impl = items.find((i) => i.baseCode === baseCode)?.implementations.find((x) => x.orgKey === orgKey);
  if (!impl) throw new Error(`flawed demo implementation ${baseCode}@${orgKey} is not defined`);
  return impl;
}

/** Marks the five flawed implementations in place and returns the items. */
export function applyFlaws(items: DemoItem[]): DemoItem[] {
  for (const flaw of flaws) {
    const impl = find(items, flaw.baseCode, flaw.orgKey);
    flaw.apply(impl.guide);
    impl.flaw = flaw.label;
    impl.status = flaw.status;
  }
  return items;
}
