// 不予受理通知书.
// 行政许可法 第三十二条: 不予受理行政许可申请，应当出具加盖本行政机关专用印章和注明日期的书面凭证; 第一款第（二）项:
// 申请事项依法不属于本行政机关职权范围的，应当即时作出不予受理的决定，并告知申请人向有关行政机关申请.
import {
  applicantRows,
  type CaseDocumentView,
  chinaDateOf,
  formatChineseDateTime,
  INDENT,
  RIGHTS_SENTENCE,
  renderCaseDocument,
  SEAL_ACCEPTANCE,
} from './layout.ts';

export interface RefusalNoticeInput {
  reasons: string;
  /** the body to apply to when the matter is outside this authority's competence */
  redirectTo?: string;
}

export async function renderRefusalNotice(
  view: CaseDocumentView,
  input: RefusalNoticeInput,
): Promise<Uint8Array> {
  if (!input.reasons.trim()) throw new RangeError('不予受理通知书应当写明不予受理的理由');
  return renderCaseDocument(view, {
    title: '不予受理通知书',
    seal: SEAL_ACCEPTANCE,
    signedOn: chinaDateOf(view.issuedAt),
    header: [
      ['申请事项', view.itemName],
      ...applicantRows(view),
      ['收件时间', formatChineseDateTime(view.receivedAt)],
      ['实施部门', view.departmentName],
    ],
    body: (w) => {
      w.paragraph(
        `${INDENT}你（单位）于${formatChineseDateTime(view.receivedAt)}提出的「${view.itemName}」申请，经审查，本机关决定不予受理。理由如下：`,
      );
      w.paragraph(`${INDENT}${input.reasons.trim()}`);
      if (input.redirectTo)
        w.paragraph(`${INDENT}该申请事项不属于本机关职权范围，请向${input.redirectTo}提出申请。`);
      // 行政许可法 第三十八条第二款 (applied to refusals as well): 告知依法申请行政复议或者提起行政诉讼的权利
      w.paragraph(`${INDENT}${RIGHTS_SENTENCE}`);
    },
  });
}
