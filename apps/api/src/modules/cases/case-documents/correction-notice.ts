// 补正材料一次性告知书.
// 行政许可法 第三十二条第一款第（四）项: 申请材料不齐全或者不符合法定形式的，应当当场或者在五日内一次告知申请人
// 需要补正的全部内容 — so the notice lists every correction, however long the list, and promises that nothing
// else will be asked for (第七十二条第（四）项 makes a second round a violation).
import {
  applicantRows,
  type CaseDocumentView,
  chinaDateOf,
  formatChineseDateTime,
  INDENT,
  renderCaseDocument,
  SEAL_ACCEPTANCE,
} from './layout.ts';

export interface CorrectionItem {
  /** the material concerned; absent for a problem with the application as a whole */
  material?: string;
  problem: string;
  requirement?: string;
}

export interface CorrectionNoticeInput {
  items: CorrectionItem[];
  /** e.g. 请于2026年3月20日前补正；逾期未补正的，视为撤回申请 — as the department decides */
  deadlineNote?: string;
}

export const NO_FURTHER_CORRECTIONS =
  '以上为需要补正的全部内容，除此之外，本机关不再要求你（单位）补正其他材料。';

export async function renderCorrectionNotice(
  view: CaseDocumentView,
  input: CorrectionNoticeInput,
): Promise<Uint8Array> {
  if (input.items.length === 0) throw new RangeError('补正告知书应当列明需要补正的内容');
  return renderCaseDocument(view, {
    title: '补正材料一次性告知书',
    seal: SEAL_ACCEPTANCE,
    signedOn: chinaDateOf(view.issuedAt),
    header: [
      ['申请事项', view.itemName],
      ...applicantRows(view),
      ['收件时间', formatChineseDateTime(view.receivedAt)],
      ['实施部门', view.departmentName],
      ['受理地点', view.centreName],
    ],
    body: (w) => {
      w.paragraph(
        `${INDENT}你（单位）于${formatChineseDateTime(view.receivedAt)}提交的「${view.itemName}」申请，申请材料不齐全或者不符合法定形式。根据《中华人民共和国行政许可法》第三十二条第一款第（四）项的规定，现一次性告知你（单位）需要补正的全部内容如下：`,
      );
      w.table(
        [
          { header: '序号', width: 0.8, align: 'center' },
          { header: '材料', width: 3 },
          { header: '存在的问题', width: 3.6 },
          { header: '补正要求', width: 3.6 },
        ],
        input.items.map((item, i) => [
          String(i + 1),
          item.material || '申请整体',
          item.problem,
          item.requirement || '—',
        ]),
      );
      if (input.deadlineNote) w.paragraph(`补正期限：${input.deadlineNote}`);
      w.paragraph(`${INDENT}${NO_FURTHER_CORRECTIONS}`);
      // 第三十二条第一款第（五）项: 申请人按照要求提交全部补正申请材料的，应当受理
      w.paragraph(
        `${INDENT}请按上述要求补正后提交，补正时请出示本告知书或者提供办件编号 ${view.caseNumber}。补正的申请材料齐全、符合法定形式的，本机关将予以受理。`,
      );
    },
  });
}
