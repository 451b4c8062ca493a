// 材料核验与受理 at the window: the checklist, then one of 受理 (receipt), 一次性告知补正 (correction notice)
// or 不予受理 (refusal notice); for a case awaiting correction, 提交补正材料 sends it back to be checked.
import { UndoOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useState } from 'react';
import { t } from '../../../../app/i18n.ts';
import { type CaseAction, type CaseView, usePerformAction } from '../../../cases/case-api.ts';
import {
  blockingGaps,
  type ChecklistRow,
  checklistGaps,
  checklistPayload,
  correctionPayload,
  initialChecklist,
  missingPayload,
  resubmitPayload,
} from '../checklist.ts';
import { ProblemAlert } from '../problem-alert.tsx';
import { ChecklistTable } from './checklist-table.tsx';
import { CorrectionModal } from './correction-modal.tsx';
import { DecisionButtons, RefuseModal, useIntakeDecision } from './intake-decision.tsx';
import { MissingDuePanel } from './missing-due-panel.tsx';

export type IntakeDecision = Extract<CaseAction, 'accept' | 'request_correction' | 'refuse' | 'resubmit'>;

/** The case's intake step now: checking a submission, or taking in what a correction notice asked for. */
export function intakeMode(view: CaseView): 'check' | 'resubmit' | null {
  const can = (a: CaseAction) => view.actions.some((x) => x.action === a);
  if (can('resubmit')) return 'resubmit';
  if (can('accept') || can('request_correction')) return 'check';
  return null;
}

export function IntakePanel({
  view,
  onDecided,
}: {
  view: CaseView;
  onDecided?: (action: IntakeDecision) => void;
}) {
  const mode = intakeMode(view);
  const perform = usePerformAction(view.id);
  const [rows, setRows] = useState<ChecklistRow[]>(() =>
    initialChecklist(view.checklist, view.events, view.commitment?.materialIds ?? []),
  );
  const decision = useIntakeDecision();
  if (!mode) return null;

  const can = (a: CaseAction) => mode === 'check' && view.actions.some((x) => x.action === a);
  const run = (action: IntakeDecision, body: Parameters<typeof perform.mutateAsync>[0]['body']) =>
    decision.run(
      () => perform.mutateAsync({ action, body }),
      t(`admin.work.intake.done.${action}`),
      () => onDecided?.(action),
    );
  const gaps = checklistGaps(rows);
  const blocking = blockingGaps(rows);
  const deferred = gaps.filter((g) => g.kind === 'deferred');
  const notice = view.events.findLast((e) => e.action === 'request_correction');
  const asked = Array.isArray(notice?.payload.correctionItems)
    ? (notice.payload.correctionItems as { problem?: string }[])
    : [];

  return (
    <div>
      <ProblemAlert problem={decision.problem} onClose={decision.clearProblem} />
      {mode === 'resubmit' && asked.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('admin.work.intake.askedTitle')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {asked.map((item, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the notice's items never change order
                <li key={i}>{item.problem}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      <ChecklistTable rows={rows} onChange={setRows} disabled={perform.isPending} />
      {mode === 'check' && blocking.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          role="status"
          style={{ marginTop: 12 }}
          title={t('admin.work.intake.gaps', { n: blocking.length })}
          description={blocking
            .map((g) =>
              t(g.kind === 'missing' ? 'admin.work.intake.gapMissing' : 'admin.work.intake.gapOriginal', {
                name: g.name,
              }),
            )
            .join(t('common.listSeparator'))}
        />
      ) : null}
      {mode === 'check' && deferred.length > 0 ? (
        <MissingDuePanel rows={rows} deferred={deferred} onChange={setRows} disabled={perform.isPending} />
      ) : null}
      <DecisionButtons
        busy={perform.isPending}
        before={
          mode === 'resubmit' ? (
            <Button
              type="primary"
              icon={<UndoOutlined aria-hidden />}
              loading={perform.isPending}
              onClick={() => void run('resubmit', { materialsChecklist: resubmitPayload(rows, view.events) })}
            >
              {t('admin.work.intake.resubmit')}
            </Button>
          ) : null
        }
        accept={
          can('accept')
            ? {
                label: t('admin.work.intake.accept'),
                onClick: () => {
                  const missing = missingPayload(rows);
                  void run('accept', {
                    materialsChecklist: checklistPayload(rows),
                    ...(missing.length > 0 ? { missingMaterials: missing } : {}),
                  });
                },
              }
            : undefined
        }
        onCorrection={can('request_correction') ? () => decision.openCorrection(rows) : undefined}
        onRefuse={can('refuse') ? decision.openRefusal : undefined}
      />
      <CorrectionModal
        open={decision.dialog === 'correction'}
        rows={rows}
        draft={decision.draft}
        busy={perform.isPending}
        onCancel={decision.closeDialog}
        onIssue={(items) => void run('request_correction', { correctionItems: correctionPayload(items) })}
      />
      <RefuseModal
        open={decision.dialog === 'refuse'}
        busy={perform.isPending}
        formName="refuse"
        fieldName="decisionReasons"
        onCancel={decision.closeDialog}
        onRefuse={(reasons) => void run('refuse', { decisionReasons: reasons })}
      />
    </div>
  );
}
