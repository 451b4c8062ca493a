// The layout every case document shares (受理凭证, 补正材料一次性告知书, 不予受理通知书, 行政许可决定书):
// title, the case header, a salutation and the body, then contacts and a footer with the department,
// the seal area, the date and a QR code to the progress page. Every page's foot repeats the case number,
// so a loose second page can still be matched to its case.
// 行政许可法 第三十二条: 受理或者不予受理行政许可申请，应当出具加盖本行政机关专用印章和注明日期的书面凭证
// — hence the seal area and the date. The seal itself is applied by hand (or by an e-seal service); it is
// never imitated in the PDF.
import { COLORS, createChineseDocument, type PdfWriter } from '../../../platform/pdf.ts';
import { isValidIsoDate } from '../../calendar/domain/iso-date.ts';

/** What a case document may print. Personal data arrives already masked: the renderers print it as given. */
export interface CaseDocumentView {
  /** e.g. 150203000000-20260305-000123 */
  caseNumber: string;
  itemName: string;
  /** 实施部门 */
  departmentName: string;
  /** 政务服务中心/窗口, where applicable */
  centreName?: string;
  /** already masked where personal */
  applicantName: string;
  applicantIdMasked?: string;
  /** ISO instant of 收件 */
  receivedAt: string;
  /** YYYY-MM-DD */
  acceptedOn?: string;
  /** YYYY-MM-DD */
  legalDue?: string;
  /** YYYY-MM-DD */
  promisedDue?: string;
  /** e.g. 20个工作日 */
  legalLimitText?: string;
  promisedLimitText?: string;
  consultPhone?: string;
  complaintPhone?: string;
  /** the progress lookup page of this case; the QR code encodes it */
  progressUrl: string;
  /** ISO instant the document is produced */
  issuedAt: string;
  materials?: { name: string; originals: number; copies: number; note?: string }[];
}

/** A header row; rows whose value is missing or empty are left out. */
export type HeaderRow = readonly [label: string, value: string | undefined];

export interface CaseDocumentLayout {
  title: string;
  /** the seal the document is to bear, e.g. （受理专用章） */
  seal: string;
  /** YYYY-MM-DD printed under the seal: the date of the act the document records */
  signedOn: string;
  header: readonly HeaderRow[];
  /** writes the body after the salutation */
  body: (w: PdfWriter) => void;
}

export const SEAL_ACCEPTANCE = '（受理专用章）';
export const SEAL_LICENSING = '（行政许可专用章）';
export const QR_CAPTION = '扫码查询办理进度';
/** 行政许可法 第三十八条第二款: 告知申请人享有依法申请行政复议或者提起行政诉讼的权利. The periods for
 * applying are set by other laws that our references do not state, so none is printed here. */
export const RIGHTS_SENTENCE = '如不服本决定，可以依法申请行政复议，也可以依法向人民法院提起行政诉讼。';
/** the label column of every key-value block, so the header and the body line up */
export const LABEL_WIDTH = 84;
/** the first-line indent of Chinese official prose: two ideographic spaces */
export const INDENT = '\u3000\u3000';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CHINA_UTC_OFFSET_MS = 8 * 60 * 60 * 1000; // China keeps UTC+8 all year

/** 2026-03-05 → 2026年3月5日 (GB/T 9704: dates in Arabic numerals). */
export function formatChineseDate(date: string): string {
  const m = ISO_DATE.exec(date);
  if (!m || !isValidIsoDate(date)) throw new RangeError(`日期格式应为 YYYY-MM-DD：${date}`);
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}

function chinaClock(instant: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`时间格式无效：${instant}`);
  return new Date(ms + CHINA_UTC_OFFSET_MS).toISOString(); // the fields read as Beijing time
}

/** The China calendar date (YYYY-MM-DD) of an instant. */
export function chinaDateOf(instant: string): string {
  return chinaClock(instant).slice(0, 10);
}

/** 2026-03-05T01:32:00Z → 2026年3月5日 09:32 (Beijing time). */
export function formatChineseDateTime(instant: string): string {
  const clock = chinaClock(instant);
  return `${formatChineseDate(clock.slice(0, 10))} ${clock.slice(11, 16)}`;
}

/** 20个工作日（最迟于2026年4月2日办结）; the due day itself still counts (deadline.ts). */
export function formatDue(limitText: string | undefined, due: string | undefined): string | undefined {
  const date = due ? `最迟于${formatChineseDate(due)}办结` : '';
  if (limitText && date) return `${limitText}（${date}）`;
  return limitText || date || undefined;
}

export function applicantRows(view: CaseDocumentView): HeaderRow[] {
  return [
    ['申请人', view.applicantName],
    ['证件号码', view.applicantIdMasked],
  ];
}

function withValues(rows: readonly HeaderRow[]): [string, string][] {
  return rows.flatMap(([label, value]) => (value ? [[label, value] as [string, string]] : []));
}

/** Renders one case document in the shared layout; the result is a complete PDF. */
export async function renderCaseDocument(
  view: CaseDocumentView,
  layout: CaseDocumentLayout,
): Promise<Uint8Array> {
  const issued = formatChineseDateTime(view.issuedAt);
  const w = await createChineseDocument({
    title: layout.title,
    date: new Date(view.issuedAt),
    footerNote: `办件编号 ${view.caseNumber}　生成于 ${issued}`,
    footerColor: COLORS.muted,
  });
  w.title(layout.title);
  w.space(4);
  w.keyValues(withValues([['办件编号', view.caseNumber], ...layout.header]), { labelWidth: LABEL_WIDTH });
  w.space(6);
  w.paragraph(`${view.applicantName}：`);
  layout.body(w);

  const contacts = [
    view.consultPhone ? `咨询电话：${view.consultPhone}` : '',
    view.complaintPhone ? `投诉电话：${view.complaintPhone}` : '',
  ].filter(Boolean);
  w.space(4);
  if (contacts.length > 0) w.paragraph(contacts.join('　　'), { size: 9.5, color: COLORS.muted });

  // the QR code floats at the right and the signature block sits beside it, so the two stay on one page
  w.space(12);
  await w.qrCode(view.progressUrl, { float: true, caption: QR_CAPTION });
  w.space(10);
  w.paragraph(view.departmentName, { align: 'right', size: 11 });
  w.paragraph(layout.seal, { align: 'right', color: COLORS.muted });
  w.paragraph(formatChineseDate(layout.signedOn), { align: 'right' });
  return w.save();
}
