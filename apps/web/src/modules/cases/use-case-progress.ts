// A case's page for its applicant, the same on the portal and the phone: the case of the address, the
// confirmation right after 提交, and what can be done once submitted: answer the correction notice (提交补正)
// and withdraw (撤回申请). A 一件事 has its own (bundles/use-bundle-progress.ts);
// both feed the same panels (portal/detail-panels.tsx, mobile/mobile-detail-panels.tsx).
import type { ReactNode } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { type CaseView, useCase, usePerformAction } from './case-api.ts';
import { casePageTitle, correctionItemsOf, correctionLine, resubmitChecklist } from './case-format.ts';

/** The correction notice's lines and 提交补正 (given when it may be sent; `done` once it went through). */
export interface CorrectionControl {
  lines: { key: string; text: string }[];
  pending: boolean;
  error: Error | null;
  onResubmit?: (done: () => void) => void;
}

/** A titled panel (card) of the page; `id` names its heading. */
export interface PanelProps {
  id: string;
  title: string;
  className?: string;
  children: ReactNode;
}

/** 补正 on the page: the notice's intro and lines, the materials to supply (`children`), 提交补正. */
export type CorrectionPanelProps = CorrectionControl & { id: string; intro: string; children: ReactNode };

/** 撤回申请 with an optional comment (trimmed, or undefined when empty); `done` once it went through. */
export interface WithdrawControl {
  pending: boolean;
  error: Error | null;
  onWithdraw: (comment: string | undefined, done: () => void) => void;
}

export function useCaseCorrection(view: CaseView): CorrectionControl {
  const action = usePerformAction(view.id);
  return {
    lines: correctionItemsOf(view).map((item) => ({
      key: `${item.materialId ?? ''}:${item.problem}`,
      text: correctionLine(item),
    })),
    pending: action.isPending,
    error: action.error,
    onResubmit: (done) =>
      action.mutate(
        { action: 'resubmit', body: { materialsChecklist: resubmitChecklist(view) } },
        { onSuccess: done },
      ),
  };
}

export function useCaseWithdraw(view: CaseView): WithdrawControl {
  const action = usePerformAction(view.id);
  return {
    pending: action.isPending,
    error: action.error,
    onWithdraw: (comment, done) =>
      action.mutate({ action: 'withdraw', body: comment ? { comment } : {} }, { onSuccess: done }),
  };
}

/** The confirmation after 提交: its title, the number given, a note, and the receipt when there is one. */
export interface SubmittedNote {
  title: string;
  caseNumber: string | null;
  note: string;
  receiptUrl?: string;
}

/** Whether the page opened right after 提交 (`?submitted=1`) with the number given. */
export function useJustSubmitted(caseNumber: string | null): boolean {
  const [params] = useSearchParams();
  return params.get('submitted') === '1' && !!caseNumber;
}

/** The case of the page's address (`:id`), the page titled by it. */
export function useCasePage() {
  const { id } = useParams();
  const query = useCase(id);
  const view = query.data;
  useDocumentTitle(view ? casePageTitle(view.itemName, view.state === 'draft', view.stateLabel) : undefined);
  return query;
}
