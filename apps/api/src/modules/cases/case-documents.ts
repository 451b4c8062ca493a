// Printable documents of a case — 受理凭证, 补正材料一次性告知书, 不予受理通知书, 准予/不予行政许可决定书 —
// rendered from what the caller may print, without database access. Each carries a QR code to progressUrl().
export { renderAcceptanceReceipt } from './case-documents/acceptance-receipt.ts';
export {
  type CorrectionItem,
  type CorrectionNoticeInput,
  renderCorrectionNotice,
} from './case-documents/correction-notice.ts';
export { type DecisionNoticeInput, renderDecisionNotice } from './case-documents/decision-notice.ts';
export type { CaseDocumentView } from './case-documents/layout.ts';
export { type RefusalNoticeInput, renderRefusalNotice } from './case-documents/refusal-notice.ts';

/** The public progress lookup page of a case: `${base}/progress?no=<case number>`. */
export function progressUrl(publicBaseUrl: string, caseNumber: string): string {
  return `${publicBaseUrl.replace(/\/+$/, '')}/progress?no=${encodeURIComponent(caseNumber)}`;
}
