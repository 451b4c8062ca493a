// 受理凭证: the written, dated voucher of acceptance that the applicant keeps.
// 行政许可法 第三十二条: 受理行政许可申请，应当出具加盖本行政机关专用印章和注明日期的书面凭证.
import { COLORS } from '../../../platform/pdf.ts';
import {
  applicantRows,
  type CaseDocumentView,
  formatChineseDate,
  formatChineseDateTime,
  formatDue,
  INDENT,
  LABEL_WIDTH,
  renderCaseDocument,
  SEAL_ACCEPTANCE,
} from './layout.ts';

export async function renderAcceptanceReceipt(view: CaseDocumentView): Promise<Uint8Array> {
  const { acceptedOn } = view;
  // the voucher must carry the date of acceptance (第三十二条), so a case not yet accepted has none
  if (!acceptedOn) throw new RangeError('受理凭证须注明受理日期：办件尚未受理');
  const legal = formatDue(view.legalLimitText, view.legalDue);
  const promised = formatDue(view.promisedLimitText, view.promisedDue);
  return renderCaseDocument(view, {
    title: '受理凭证',
    seal: SEAL_ACCEPTANCE,
    signedOn: acceptedOn,
    header: [
      ['申请事项', view.itemName],
      ...applicantRows(view),
      ['收件时间', formatChineseDateTime(view.receivedAt)],
      ['受理日期', formatChineseDate(acceptedOn)],
      ['受理部门', view.departmentName],
      ['受理地点', view.centreName],
    ],
    body: (w) => {
      w.paragraph(
        `${INDENT}你（单位）提交的「${view.itemName}」申请，申请材料齐全、符合法定形式。根据《中华人民共和国行政许可法》第三十二条的规定，本机关决定予以受理，特出具本凭证。`,
      );

      w.heading('一、收取材料');
      const materials = view.materials ?? [];
      if (materials.length === 0) w.paragraph('本次未收取纸质申请材料。');
      else
        w.table(
          [
            { header: '序号', width: 0.8, align: 'center' },
            { header: '材料名称', width: 5 },
            { header: '原件（份）', width: 1.5, align: 'center' },
            { header: '复印件（份）', width: 1.7, align: 'center' },
            { header: '备注', width: 2.4 },
          ],
          materials.map((m, i) => [
            String(i + 1),
            m.name,
            String(m.originals),
            String(m.copies),
            m.note ?? '',
          ]),
        );

      w.heading('二、办理时限');
      if (legal || promised)
        w.keyValues(
          [
            ...(legal ? [['法定办结时限', legal] as const] : []),
            ...(promised ? [['承诺办结时限', promised] as const] : []),
          ],
          { labelWidth: LABEL_WIDTH },
        );
      else w.paragraph('办理时限以本机关公示的办事指南为准。');
      // 行政许可法 第四十五条: 听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审所需时间不计算在期限内，并书面告知申请人
      w.paragraph(
        '依法需要听证、招标、拍卖、检验、检测、检疫、鉴定或者专家评审的，所需时间不计算在上述期限内，本机关将另行书面告知。',
        { size: 9, color: COLORS.muted },
      );

      w.heading('三、进度查询');
      w.paragraph(
        `${INDENT}请妥善保管本凭证。可在蒙速办网站或移动端凭办件编号 ${view.caseNumber} 查询办理进度，也可以扫描本凭证下方二维码查询：${view.progressUrl}`,
      );
    },
  });
}
