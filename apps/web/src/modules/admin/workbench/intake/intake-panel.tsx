// 材料核验与受理 at the window: the checklist, then one of 受理 (receipt), 一次性告知补正 (correction notice)
// or 不予受理 (refusal notice); for a case awaiting correction, 提交补正材料 sends it back to be checked.
import { CheckCircleOutlined, FileExclamationOutlined, StopOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { t } from '../../../../app/i18n.ts';
import { type CaseAction, type CaseView, usePerformAction } from '../../../cases/case-api.ts';
import type { ServerProblem } from '../../shell/server-problem.tsx';
import {
  blockingGaps,
  type ChecklistRow,
  type CorrectionItem,
  checklistGaps,
  checklistPayload,
  correctionDraft,
  correctionPayload,
  initialChecklist,
  missingPayload,
  resubmitPayload,
} from '../checklist.ts';
import { ProblemAlert, toProblem } from '../problem-alert.tsx';
import { ChecklistTable } from './checklist-table.tsx';
import { CorrectionModal } from './correction-modal.tsx';
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
  const { message } = App.useApp();
  const perform = usePerformAction(view.id);
  const [rows, setRows] = useState<ChecklistRow[]>(() =>
    initialChecklist(view.checklist, view.events, view.commitment?.materialIds ?? []),
  );
  const [problem, setProblem] = useState<ServerProblem | null>(null);
  const [dialog, setDialog] = useState<'correction' | 'refuse' | null>(null);
  const [draft, setDraft] = useState<CorrectionItem[]>([]);
  const [refuseForm] = Form.useForm<{ decisionReasons: string }>();
  if (!mode) return null;

  const can = (a: CaseAction) => view.actions.some((x) => x.action === a);
  const run = async (action: IntakeDecision, body: Parameters<typeof perform.mutateAsync>[0]['body']) => {
    setProblem(null);
    try {
      await perform.mutateAsync({ action, body });
      void message.success(t(`admin.work.intake.done.${action}`));
      setDialog(null);
      onDecided?.(action);
    } catch (error) {
      setProblem(toProblem(error));
    }
  };
  const gaps = checklistGaps(rows);
  const blocking = blockingGaps(rows);
  const deferred = gaps.filter((g) => g.kind === 'deferred');
  const notice = view.events.findLast((e) => e.action === 'request_correction');
  const asked = Array.isArray(notice?.payload.correctionItems)
    ? (notice.payload.correctionItems as { problem?: string }[])
    : [];

  return (
    <div>
      <ProblemAlert problem={problem} onClose={() => setProblem(null)} />
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
      <Space wrap style={{ marginTop: 16 }}>
        {mode === 'resubmit' ? (
          <Button
            type="primary"
            icon={<UndoOutlined aria-hidden />}
            loading={perform.isPending}
            onClick={() => void run('resubmit', { materialsChecklist: resubmitPayload(rows, view.events) })}
          >
            {t('admin.work.intake.resubmit')}
          </Button>
        ) : null}
        {mode === 'check' && can('accept') ? (
          <Button
            type="primary"
            icon={<CheckCircleOutlined aria-hidden />}
            loading={perform.isPending}
            onClick={() => {
              const missing = missingPayload(rows);
              void run('accept', {
                materialsChecklist: checklistPayload(rows),
                ...(missing.length > 0 ? { missingMaterials: missing } : {}),
              });
            }}
          >
            {t('admin.work.intake.accept')}
          </Button>
        ) : null}
        {mode === 'check' && can('request_correction') ? (
          <Button
            icon={<FileExclamationOutlined aria-hidden />}
            disabled={perform.isPending}
            onClick={() => {
              setDraft(correctionDraft(rows));
              setDialog('correction');
            }}
          >
            {t('admin.work.intake.correction')}
          </Button>
        ) : null}
        {mode === 'check' && can('refuse') ? (
          <Button
            danger
            icon={<StopOutlined aria-hidden />}
            disabled={perform.isPending}
            onClick={() => setDialog('refuse')}
          >
            {t('admin.work.intake.refuse')}
          </Button>
        ) : null}
      </Space>
      <CorrectionModal
        open={dialog === 'correction'}
        rows={rows}
        draft={draft}
        busy={perform.isPending}
        onCancel={() => setDialog(null)}
        onIssue={(items) => void run('request_correction', { correctionItems: correctionPayload(items) })}
      />
      <Modal
        open={dialog === 'refuse'}
        title={t('admin.work.refuse.title')}
        okText={t('admin.work.refuse.ok')}
        okButtonProps={{ danger: true, loading: perform.isPending }}
        cancelText={t('admin.common.cancel')}
        onCancel={() => setDialog(null)}
        onOk={() =>
          void refuseForm
            .validateFields()
            .then((v) => run('refuse', { decisionReasons: v.decisionReasons.trim() }))
        }
        destroyOnHidden
      >
        <Form form={refuseForm} layout="vertical" name="refuse" preserve={false}>
          <Form.Item
            label={t('admin.work.refuse.reasons')}
            name="decisionReasons"
            extra={t('admin.work.refuse.help')}
            rules={[{ required: true, whitespace: true, message: t('admin.work.refuse.required') }]}
          >
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
