// Printable documents of the catalogue: the 一次性告知单 of a published guide and the blank / sample
// application forms attached to its materials.
// 行政许可法 第三十二条: 申请材料不齐全的，应当当场或者在五日内一次告知申请人需要补正的全部内容 —
// the notice lists everything an applicant must bring, so nothing may be asked for later.
import {
  DELIVERY_LABELS,
  formatTimeLimit,
  type Guide,
  ITEM_TYPE_LABELS,
  labelOf,
  MATERIAL_MEDIA_LABELS,
  MATERIAL_REQUIREMENT_LABELS,
  MATERIAL_SOURCE_LABELS,
  type Material,
  type OpeningHours,
  RESULT_KIND_LABELS,
} from '@msb/contracts';
import { COLORS, createChineseDocument, type PdfWriter } from '../../platform/pdf.ts';

export interface GuideNoticeMeta {
  orgName: string;
  regionName: string;
  versionNo: number;
  publishedAt?: string;
  implementationCode: string;
  lookupUrl: string;
  demo: boolean;
}

export const DEMO_NOTE = '示例数据，仅供演示';

const WEEKDAYS = ['', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'];

/** 1234 fen → 12.34 元, in integers so no float rounding creeps in. */
export function formatYuan(fen: number): string {
  const cents = String(fen % 100).padStart(2, '0');
  return `${Math.floor(fen / 100)}.${cents} 元`;
}

/** [1,2,3,5] → 星期一至星期三、星期五 */
export function formatDays(days: readonly number[]): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const day of sorted) {
    const last = runs.at(-1);
    if (last && day === last[1] + 1) last[1] = day;
    else runs.push([day, day]);
  }
  return runs
    .map(([from, to]) => {
      if (from === to) return WEEKDAYS[from] ?? '';
      if (to === from + 1) return `${WEEKDAYS[from]}、${WEEKDAYS[to]}`;
      return `${WEEKDAYS[from]}至${WEEKDAYS[to]}`;
    })
    .join('、');
}

/** Groups periods that share the same days: 星期一至星期五 09:00-12:00、13:00-17:00 */
export function formatHours(hours: readonly OpeningHours[], note?: string): string {
  const groups = new Map<string, { days: number[]; periods: string[] }>();
  for (const h of hours) {
    const key = [...new Set(h.days)].sort((a, b) => a - b).join(',');
    const group = groups.get(key) ?? { days: h.days, periods: [] };
    group.periods.push(`${h.start}-${h.end}`);
    groups.set(key, group);
  }
  const text = [...groups.values()]
    .map((g) => `${formatDays(g.days)} ${[...g.periods].sort().join('、')}`)
    .join('；');
  const base = text || '请咨询办理机关';
  return note ? `${base}（${note}）` : base;
}

function formatFees(fees: Guide['fees']): string {
  if (fees.free || fees.items.length === 0) return '不收费';
  return fees.items
    .map((item) => {
      let amount = '按规定标准收取';
      if (item.amountFen !== undefined) amount = formatYuan(item.amountFen);
      else if (item.rateBasisPoints !== undefined)
        amount = `按${item.rateOf || '申报金额'}的万分之${item.rateBasisPoints}收取`;
      return `${item.name}：${amount}${item.basis ? `（依据：${item.basis}）` : ''}`;
    })
    .join('\n');
}

function materialRow(m: Material, index: number): string[] {
  const necessity =
    m.requirement === 'conditional' && m.condition
      ? `按情形：${m.condition}`
      : labelOf(MATERIAL_REQUIREMENT_LABELS, m.requirement);
  const name = [
    m.name,
    m.isForm ? '（表格）' : '',
    m.licenceType ? `\n可用电子证照「${m.licenceType}」免提交` : '',
  ]
    .join('')
    .trim();
  const marks = [m.allowMissing ? '可容缺' : '', m.commitmentAllowed ? '可告知承诺' : ''].filter(Boolean);
  return [
    String(index + 1),
    name,
    necessity,
    [labelOf(MATERIAL_SOURCE_LABELS, m.source), m.issuer].filter(Boolean).join('\n'),
    `原件 ${m.originals}\n复印件 ${m.copies}\n核验件 ${m.certifiedCopies}`,
    labelOf(MATERIAL_MEDIA_LABELS, m.media),
    marks.join('\n') || '—',
  ];
}

function writeMaterials(w: PdfWriter, materials: readonly Material[]): void {
  w.heading('三、申请材料');
  if (materials.length === 0) {
    w.paragraph('无需提交申请材料。');
    return;
  }
  w.table(
    [
      { header: '序号', width: 0.8, align: 'center' },
      { header: '材料名称', width: 4 },
      { header: '必要性', width: 2 },
      { header: '来源/出具单位', width: 2.4 },
      { header: '份数', width: 1.4 },
      { header: '介质', width: 1.2, align: 'center' },
      { header: '容缺/承诺', width: 1.4, align: 'center' },
    ],
    materials.map(materialRow),
  );
  w.paragraph('注：标注「可容缺」的材料可先行受理、限期补齐；标注「可告知承诺」的材料可以书面承诺代替。', {
    size: 9,
    color: COLORS.muted,
  });
}

function writeSteps(w: PdfWriter, steps: Guide['steps']): void {
  w.heading('四、办理流程');
  if (steps.length === 0) {
    w.paragraph('当场办结。');
    return;
  }
  w.table(
    [
      { header: '序号', width: 0.8, align: 'center' },
      { header: '环节', width: 1.6 },
      { header: '办理人员/岗位', width: 2 },
      { header: '时限', width: 1.6, align: 'center' },
      { header: '审查标准', width: 4 },
      { header: '办理结果', width: 2.4 },
    ],
    steps.map((s, i) => [
      String(i + 1),
      s.name + (s.applicantAttends ? '\n（需到场）' : ''),
      s.handlerRole,
      formatTimeLimit(s.limit),
      s.standard,
      s.result,
    ]),
  );
}

function visitsText(visits: number): string {
  return visits === 0 ? '0 次（全程网办）' : `最多跑 ${visits} 次`;
}

/** The 一次性告知单 of one published guide, A4, with a QR code linking to the live guide. */
export async function renderGuideNotice(guide: Guide, meta: GuideNoticeMeta): Promise<Uint8Array> {
  const title = `「${guide.name}」一次性告知单`;
  const w = await createChineseDocument({ title, footerNote: meta.demo ? DEMO_NOTE : undefined });
  w.title(title);
  const published = meta.publishedAt ? `　发布日期：${meta.publishedAt.slice(0, 10)}` : '';
  w.paragraph(`实施编码：${meta.implementationCode}　版本：第 ${meta.versionNo} 版${published}`, {
    size: 9,
    color: COLORS.muted,
    align: 'center',
  });
  if (meta.demo) w.paragraph(DEMO_NOTE, { color: COLORS.red, align: 'center', size: 11 });
  await w.qrCode(meta.lookupUrl, { float: true, caption: '扫码查看办事指南' });
  w.heading('一、基本信息');
  w.keyValues([
    ['实施机关', meta.orgName],
    ['行政区划', meta.regionName],
    ['事项类型', labelOf(ITEM_TYPE_LABELS, guide.itemType)],
    ['办件类型', guide.instant ? '即办件' : '承诺件'],
    ['法定办结时限', formatTimeLimit(guide.legalLimit)],
    ['承诺办结时限', formatTimeLimit(guide.promisedLimit)],
    ['到现场次数', visitsText(guide.visits)],
    ['咨询电话', guide.consultPhone],
    ['投诉电话', guide.complaintPhone],
    ['设定依据', guide.basis],
  ]);
  w.heading('二、受理条件');
  w.paragraph(guide.conditions);
  writeMaterials(w, guide.materials);
  writeSteps(w, guide.steps);
  w.heading('五、收费标准');
  w.paragraph(formatFees(guide.fees));
  w.heading('六、办理地点和时间');
  const { address, doorNumber, room, window } = guide.location;
  w.keyValues([
    ['办理地点', [address, doorNumber].filter(Boolean).join(' ')],
    ['房间号', room || '—'],
    ['窗口号', window || '—'],
    ['办理时间', formatHours(guide.hours, guide.hoursNote)],
  ]);
  w.heading('七、特别程序');
  w.paragraph(
    guide.specialProcedures.length === 0
      ? '无'
      : guide.specialProcedures
          .map(
            (p) =>
              `${p.name}：最长 ${formatTimeLimit(p.maxDuration)}${p.basis ? `（依据：${p.basis}）` : ''}`,
          )
          .join('\n'),
  );
  // 行政许可法 第四十五条: 听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审所需时间不计算在期限内
  if (guide.specialProcedures.length > 0)
    w.paragraph('特别程序所需时间不计算在办结时限内（《中华人民共和国行政许可法》第四十五条）。', {
      size: 9,
      color: COLORS.muted,
    });
  w.heading('八、中介服务');
  w.paragraph(
    guide.intermediaries.length === 0
      ? '无'
      : guide.intermediaries.map((i) => `${i.name}${i.basis ? `（依据：${i.basis}）` : ''}`).join('\n'),
  );
  w.heading('九、办理结果及送达');
  w.keyValues([
    ['办理结果', `${guide.result.name}（${labelOf(RESULT_KIND_LABELS, guide.result.kind)}）`],
    ['送达方式', guide.delivery.map((d) => labelOf(DELIVERY_LABELS, d)).join('、') || '窗口领取'],
  ]);
  w.space(6);
  w.paragraph(
    `本告知单所列材料以外，${meta.orgName}不得要求申请人额外提交其他材料。申请材料不齐全或者不符合法定形式的，将当场或者在五日内一次告知需要补正的全部内容。`,
    { size: 9, color: COLORS.muted },
  );
  return w.save();
}

export interface FormField {
  label: string;
  value?: string;
}

/**
 * An application form for a material: blank (empty boxes to fill in) or a sample filled with example
 * values and marked 「样表」 and 示例 so it can never pass for a real application.
 */
export async function renderFormPdf(
  title: string,
  fields: readonly FormField[],
  options: { sample: boolean; itemName: string },
): Promise<Uint8Array> {
  const { sample, itemName } = options;
  const w = await createChineseDocument({
    title: sample ? `${title}（样表）` : title,
    watermark: sample ? '示例' : undefined,
    footerNote: sample ? '本表为填写示例，所填内容均为示例，不作为正式申请' : undefined,
  });
  if (sample) w.stamp('样表');
  w.title(title);
  w.paragraph(`适用事项：${itemName}`, { align: 'center', color: COLORS.muted, size: 10 });
  if (sample) w.paragraph('示例：以下蓝色文字为填写示例', { align: 'center', color: COLORS.red, size: 10 });
  w.space(4);
  w.table(
    [
      { header: '项目', width: 1 },
      { header: sample ? '填写内容（示例）' : '填写内容', width: 2.6, color: COLORS.blue },
    ],
    fields.map((f) => [f.label, sample ? (f.value ?? '（示例）') : '']),
    { size: 10.5, minRowHeight: 28 },
  );
  w.space(10);
  w.fieldLine('申请人（签字/盖章）：', sample ? '张三（示例）' : '');
  if (sample) w.fieldLine('日期：', '2026 年 1 月 5 日（示例）');
  else w.fieldLine('日期：', '        年      月      日', { color: COLORS.text });
  return w.save();
}
