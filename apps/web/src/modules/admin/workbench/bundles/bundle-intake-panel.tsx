// 一件事受理 at the window: the material checklist ONCE for all members (已收取 / 已核验原件 / 复印件), then one of
// 受理 (one acceptance for every member), 一次性告知补正 (one notice for the bundle) or 不予受理 (every member).
import { CheckCircleOutlined, FileExclamationOutlined, StopOutlined } from '@ant-design/icons';
import type { BundleCaseView } from '@msb/contracts';
import { App, Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { t } from '../../../../app/i18n.ts';
import { type BundleCommand, useBundleCommand } from '../../../bundles/bundle-api.ts';
import { memberNames } from '../../../bundles/bundle-rules.ts';
import type { ServerProblem } from '../../shell/server-problem.tsx';
import {
  blockingGaps,
  type ChecklistRow,
  type CorrectionItem,
  checklistPayload,
  correctionDraft,
} from '../checklist.ts';
import { ChecklistTable } from '../intake/checklist-table.tsx';
import { CorrectionModal } from '../intake/correction-modal.tsx';
import { ProblemAlert, toProblem } from '../problem-alert.tsx';
import { bundleChecklist, bundleCorrectionItems } from './bundle-desk.ts';

export function BundleIntakePanel({ view }: { view: BundleCaseView }) {
  const { message } = App.useApp();
  const command = useBundleCommand(view.id);
  const [rows, setRows] = useState<ChecklistRow[]>(() => bundleChecklist(view));
  const [problem, setProblem] = useState<ServerProblem | null>(null);
  const [dialog, setDialog] = useState<'correction' | 'refuse' | null>(null);
  const [draft, setDraft] = useState<CorrectionItem[]>([]);
  const [refuseForm] = Form.useForm<{ reasons: string }>();
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

  const run = async (done: string, c: BundleCommand) => {
    setProblem(null);
    try {
      await command.mutateAsync(c);
      void message.success(done);
      setDialog(null);
    } catch (error) {
      setProblem(toProblem(error));
    }
  };

  return (
    <div>
      {dialog ? null : <ProblemAlert problem={problem} onClose={() => setProblem(null)} />}
      <p>{t('admin.bundle.intake.intro', { n: view.members.length })}</p>
      <ChecklistTable rows={rows} onChange={setRows} disabled={command.isPending} detail={usedBy} />
      {blocking.length > 0 ? (
        <p role="status" style={{ marginTop: 12, color: '#873800' }}>
          {t('admin.work.intake.gaps', { n: blocking.length })}
        </p>
      ) : null}
      <Space wrap style={{ marginTop: 16 }}>
        {can('accept') ? (
          <Button
            type="primary"
            icon={<CheckCircleOutlined aria-hidden />}
            loading={command.isPending}
            onClick={() =>
              void run(t('admin.bundle.intake.accepted'), {
                kind: 'accept',
                materialsChecklist: checklistPayload(rows),
              })
            }
          >
            {t('admin.bundle.intake.accept')}
          </Button>
        ) : null}
        {can('request_correction') ? (
          <Button
            icon={<FileExclamationOutlined aria-hidden />}
            disabled={command.isPending}
            onClick={() => {
              setDraft(correctionDraft(noticeRows));
              setDialog('correction');
            }}
          >
            {t('admin.work.intake.correction')}
          </Button>
        ) : null}
        {can('refuse') ? (
          <Button
            danger
            icon={<StopOutlined aria-hidden />}
            disabled={command.isPending}
            onClick={() => setDialog('refuse')}
          >
            {t('admin.work.intake.refuse')}
          </Button>
        ) : null}
      </Space>
      <CorrectionModal
        open={dialog === 'correction'}
        rows={noticeRows}
        notice={<ProblemAlert problem={problem} onClose={() => setProblem(null)} />}
        draft={draft}
        busy={command.isPending}
        onCancel={() => setDialog(null)}
        onIssue={(items) =>
          void run(t('admin.bundle.intake.corrected'), {
            kind: 'request_correction',
            items: bundleCorrectionItems(items),
          })
        }
      />
      <Modal
        open={dialog === 'refuse'}
        title={t('admin.work.refuse.title')}
        okText={t('admin.work.refuse.ok')}
        okButtonProps={{ danger: true, loading: command.isPending }}
        cancelText={t('admin.common.cancel')}
        onCancel={() => setDialog(null)}
        onOk={() =>
          void refuseForm
            .validateFields()
            .then((v) => run(t('admin.bundle.intake.refused'), { kind: 'refuse', reasons: v.reasons.trim() }))
        }
        destroyOnHidden
      >
        <ProblemAlert problem={problem} onClose={() => setProblem(null)} />
        <p>{t('admin.bundle.refuse.intro', { n: view.members.length })}</p>
        <Form form={refuseForm} layout="vertical" name="bundle-refuse" preserve={false}>
          <Form.Item
            label={t('admin.work.refuse.reasons')}
            name="reasons"
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
