// 准予行政许可决定书 / 不予行政许可决定书.
// 行政许可法 第三十八条: 申请人的申请符合法定条件、标准的，应当依法作出准予行政许可的书面决定; 不予行政许可的，
// 应当说明理由，并告知申请人享有依法申请行政复议或者提起行政诉讼的权利.
import {
  applicantRows,
  type CaseDocumentView,
  formatChineseDate,
  formatChineseDateTime,
  INDENT,
  LABEL_WIDTH,
  RIGHTS_SENTENCE,
  renderCaseDocument,
  SEAL_LICENSING,
} from './layout.ts';

export interface DecisionNoticeInput {
  outcome: 'approved' | 'denied';
  /** required when denied; optional review remarks when approved */
  reasons: string;
  /** YYYY-MM-DD */
  decidedOn: string;
  /** the licence or document granted, e.g. 食品经营许可证 */
  resultName?: string;
  /** how the result reaches the applicant, e.g. 邮政寄递 or 窗口领取（二楼出件窗口）; defaults to a generic line */
  delivery?: string;
}

export const DECISION_TITLES = {
  approved: '准予行政许可决定书',
  denied: '不予行政许可决定书',
} as const satisfies Record<DecisionNoticeInput['outcome'], string>;

export async function renderDecisionNotice(
  view: CaseDocumentView,
  input: DecisionNoticeInput,
): Promise<Uint8Array> {
  if (input.outcome === 'denied' && !input.reasons.trim())
    throw new RangeError('不予行政许可决定应当说明理由');
  const received = formatChineseDateTime(view.receivedAt);
  const accepted = view.acceptedOn ? `，本机关已于${formatChineseDate(view.acceptedOn)}依法受理` : '';
  const intro = `${INDENT}你（单位）于${received}提出的「${view.itemName}」申请${accepted}。`;
  return renderCaseDocument(view, {
    title: DECISION_TITLES[input.outcome],
    seal: SEAL_LICENSING,
    signedOn: input.decidedOn,
    header: [
      ['申请事项', view.itemName],
      ...applicantRows(view),
      ['受理日期', view.acceptedOn && formatChineseDate(view.acceptedOn)],
      ['决定日期', formatChineseDate(input.decidedOn)],
      ['实施部门', view.departmentName],
    ],
    body: (w) => {
      switch (input.outcome) {
        case 'approved': {
          w.paragraph(
            `${intro}经审查，你（单位）的申请符合法定条件、标准。根据《中华人民共和国行政许可法》第三十八条第一款的规定，本机关决定准予行政许可。`,
          );
          if (input.reasons.trim()) w.paragraph(`${INDENT}${input.reasons.trim()}`);
          const result = input.resultName || '行政许可证件';
          w.heading('许可结果及送达');
          const delivery =
            input.delivery || `到${view.centreName || view.departmentName}领取，或者按申请时选择的方式送达`;
          w.keyValues(
            [
              ['许可结果', result],
              ['送达方式', delivery],
            ],
            { labelWidth: LABEL_WIDTH },
          );
          // 行政许可法 第四十四条: 自作出决定之日起十日内向申请人颁发、送达行政许可证件
          w.paragraph(
            `${INDENT}本机关将自本决定作出之日起十日内向你（单位）颁发、送达${result}。送达进度可凭办件编号查询，或者扫描本决定书下方二维码查询。`,
          );
          return;
        }
        case 'denied':
          w.paragraph(
            `${intro}经审查，你（单位）的申请不符合法定条件、标准。根据《中华人民共和国行政许可法》第三十八条第二款的规定，本机关决定不予行政许可。理由如下：`,
          );
          w.paragraph(`${INDENT}${input.reasons.trim()}`);
          w.paragraph(`${INDENT}${RIGHTS_SENTENCE}`);
          return;
        default: {
          const never: never = input.outcome;
          throw new RangeError(`未知的决定结果：${String(never)}`);
        }
      }
    },
  });
}
