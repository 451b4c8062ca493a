// 一件事受理 at the window: the material checklist ONCE for all members (已收取 / 已核验原件 / 复印件), then one of
// 受理 (one acceptance for every member), 一次性告知补正 (one notice for the bundle) or 不予受理 (every member).
import type { BundleCaseView } from '@msb/contracts';
import { useState } from 'react';
import { t } from '../../../../app/i18n.ts';
import { type BundleCommand, useBundleCommand } from '../../../bundles/bundle-api.ts';
import { memberNames } from '../../../bundles/bundle-rules.ts';
import { blockingGaps, type ChecklistRow, checklistPayload } from '../checklist.ts';
import { ChecklistTable } from '../intake/checklist-table.tsx';
import { CorrectionModal } from '../intake/correction-modal.tsx';
import { DecisionButtons, RefuseModal, useIntakeDecision } from '../intake/intake-decision.tsx';
import { ProblemAlert } from '../problem-alert.tsx';
import { bundleChecklist, bundleCorrectionItems } from './bundle-desk.ts';

export function BundleIntakePanel({ view }: { view: BundleCaseView }) {
  const command = useBundleCommand(view.id);
  const [rows, setRows] = useState<ChecklistRow[]>(() => bundleChecklist(view));
  const decision = useIntakeDecision();
  const can = (a: BundleCaseView['actions'][number]) => view.actions.includes(a);
  const blocking = blockingGaps(rows);
  // a member waiting for another (held) is not received yet: its materials cannot be in the notice
  const received = new Set(view.members.filter((m) => !m.held).map((m) => m.key));
  const noticeRows = rows.filter((row) =>
    (view.plan.materials.find((m) => m.materialId === row.materialId)?.members ?? []).some((k) =>
      received.has(k),
    ),
  );
  const usedBy = (row: ChecklistRow) => {
    const members = view.plan.materials.find((m) => m.materialId === row.materialId)?.members ?? [];
    return t('bundle.material.usedBy', { members: memberNames(members, view.plan.members) });
  };
  const run = (done: string, c: BundleCommand) => decision.run(() => command.mutateAsync(c), done);
  const problem = <ProblemAlert problem={decision.problem} onClose={decision.clearProblem} />;

  return (
    <div>
      {decision.dialog ? null : problem}
      <p>{t('admin.bundle.intake.intro', { n: view.members.length })}</p>
      <ChecklistTable rows={rows} onChange={setRows} disabled={command.isPending} detail={usedBy} />
      {blocking.length > 0 ? (
        <p role="status" style={{ marginTop: 12, color: '#873800' }}>
          {t('admin.work.intake.gaps', { n: blocking.length })}
        </p>
      ) : null}
      <DecisionButtons
        busy={command.isPending}
        accept={
          can('accept')
            ? {
                label: t('admin.bundle.intake.accept'),
                onClick: () =>
                  void run(t('admin.bundle.intake.accepted'), {
                    kind: 'accept',
                    materialsChecklist: checklistPayload(rows),
                  }),
              }
            : undefined
        }
        onCorrection={can('request_correction') ? () => decision.openCorrection(noticeRows) : undefined}
        onRefuse={can('refuse') ? decision.openRefusal : undefined}
      />
      <CorrectionModal
        open={decision.dialog === 'correction'}
        rows={noticeRows}
        notice={problem}
        draft={decision.draft}
        busy={command.isPending}
        onCancel={decision.closeDialog}
        onIssue={(items) =>
          void run(t('admin.bundle.intake.corrected'), {
            kind: 'request_correction',
            items: bundleCorrectionItems(items),
          })
        }
      />
      <RefuseModal
        open={decision.dialog === 'refuse'}
        busy={command.isPending}
        formName="bundle-refuse"
        fieldName="reasons"
        onCancel={decision.closeDialog}
        onRefuse={(reasons) => void run(t('admin.bundle.intake.refused'), { kind: 'refuse', reasons })}
      >
        {problem}
        <p>{t('admin.bundle.refuse.intro', { n: view.members.length })}</p>
      </RefuseModal>
    </div>
  );
}
