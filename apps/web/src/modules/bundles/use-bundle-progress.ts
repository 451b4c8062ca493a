// A bundle case's page for its applicant, the same on the portal and the phone: the bundle case of the
// address, and what can be done once submitted: answer the one correction notice (提交补正, when the bundle
// allows it) and withdraw (撤回).
import type { BundleCaseView } from '@msb/contracts';
import { useParams } from 'react-router';
import { t } from '../../app/i18n.ts';
import { casePageTitle } from '../cases/case-format.ts';
import type { CorrectionControl, WithdrawControl } from '../cases/use-case-progress.ts';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { useBundleCase, useBundleCommand } from './bundle-api.ts';
import { correctionLines } from './bundle-rules.ts';

export function useBundleCorrection(view: BundleCaseView): CorrectionControl {
  const command = useBundleCommand(view.id);
  return {
    lines: correctionLines(view).flatMap((line) =>
      line.items.map((item) => ({
        key: `${line.memberKey}:${item}`,
        text: t('text.labelValue', { label: line.itemName, value: item }),
      })),
    ),
    pending: command.isPending,
    error: command.error,
    ...(view.actions.includes('resubmit')
      ? { onResubmit: (done: () => void) => command.mutate({ kind: 'resubmit' }, { onSuccess: done }) }
      : {}),
  };
}

export function useBundleWithdraw(view: BundleCaseView): WithdrawControl {
  const command = useBundleCommand(view.id);
  return {
    pending: command.isPending,
    error: command.error,
    onWithdraw: (comment, done) =>
      command.mutate({ kind: 'withdraw', ...(comment ? { comment } : {}) }, { onSuccess: done }),
  };
}

/** The bundle case of the page's address (`:id`), the page titled by it. */
export function useBundleCasePage() {
  const { id } = useParams();
  const query = useBundleCase(id);
  const view = query.data;
  useDocumentTitle(
    view ? casePageTitle(view.bundleName, view.status === 'draft', view.statusLabel) : undefined,
  );
  return query;
}
