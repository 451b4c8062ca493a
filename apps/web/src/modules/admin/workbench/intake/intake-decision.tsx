// What 受理 at the window shares for a single case (intake-panel.tsx) and a 一件事
// (bundles/bundle-intake-panel.tsx): the decision being made (which dialog is open, the correction notice's
// draft, the server's refusal) and running it; the buttons 受理 / 一次性告知补正 / 不予受理; and the refusal
// dialog with its reasons.
import { CheckCircleOutlined, FileExclamationOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Space } from 'antd';
import { type ReactNode, useState } from 'react';
import { t } from '../../../../app/i18n.ts';
import type { ServerProblem } from '../../shell/server-problem.tsx';
import { type ChecklistRow, type CorrectionItem, correctionDraft } from '../checklist.ts';
import { toProblem } from '../problem-alert.tsx';

export function useIntakeDecision() {
  const { message } = App.useApp();
  const [problem, setProblem] = useState<ServerProblem | null>(null);
  const [dialog, setDialog] = useState<'correction' | 'refuse' | null>(null);
  const [draft, setDraft] = useState<CorrectionItem[]>([]);
  return {
    problem,
    clearProblem: () => setProblem(null),
    dialog,
    closeDialog: () => setDialog(null),
    openRefusal: () => setDialog('refuse'),
    /** 一次性告知补正, drafted from the rows' gaps */
    openCorrection: (rows: readonly ChecklistRow[]) => {
      setDraft(correctionDraft(rows));
      setDialog('correction');
    },
    draft,
    /** sends the decision; once it went through, says `done`, closes the dialog and calls `after` */
    run: async (send: () => Promise<unknown>, done: string, after?: () => void) => {
      setProblem(null);
      try {
        await send();
        void message.success(done);
        setDialog(null);
        after?.();
      } catch (error) {
        setProblem(toProblem(error));
      }
    },
  };
}

/** The decision buttons; each shows when its handler is given, after what comes `before` them. */
export function DecisionButtons({
  busy,
  before,
  accept,
  onCorrection,
  onRefuse,
}: {
  busy: boolean;
  before?: ReactNode;
  accept?: { label: string; onClick: () => void };
  onCorrection?: () => void;
  onRefuse?: () => void;
}) {
  return (
    <Space wrap style={{ marginTop: 16 }}>
      {before}
      {accept ? (
        <Button
          type="primary"
          icon={<CheckCircleOutlined aria-hidden />}
          loading={busy}
          onClick={accept.onClick}
        >
          {accept.label}
        </Button>
      ) : null}
      {onCorrection ? (
        <Button icon={<FileExclamationOutlined aria-hidden />} disabled={busy} onClick={onCorrection}>
          {t('admin.work.intake.correction')}
        </Button>
      ) : null}
      {onRefuse ? (
        <Button danger icon={<StopOutlined aria-hidden />} disabled={busy} onClick={onRefuse}>
          {t('admin.work.intake.refuse')}
        </Button>
      ) : null}
    </Space>
  );
}

/** 不予受理 with its reasons (required); `children` come above the form. */
export function RefuseModal({
  open,
  busy,
  formName,
  fieldName,
  onCancel,
  onRefuse,
  children,
}: {
  open: boolean;
  busy: boolean;
  /** the form's name and its field's, which name the inputs */
  formName: string;
  fieldName: string;
  onCancel: () => void;
  /** with the reasons trimmed */
  onRefuse: (reasons: string) => void;
  children?: ReactNode;
}) {
  const [form] = Form.useForm<Record<string, string>>();
  return (
    <Modal
      open={open}
      title={t('admin.work.refuse.title')}
      okText={t('admin.work.refuse.ok')}
      okButtonProps={{ danger: true, loading: busy }}
      cancelText={t('admin.common.cancel')}
      onCancel={onCancel}
      onOk={() => void form.validateFields().then((v) => onRefuse((v[fieldName] ?? '').trim()))}
      destroyOnHidden
    >
      {children}
      <Form form={form} layout="vertical" name={formName} preserve={false}>
        <Form.Item
          label={t('admin.work.refuse.reasons')}
          name={fieldName}
          extra={t('admin.work.refuse.help')}
          rules={[{ required: true, whitespace: true, message: t('admin.work.refuse.required') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
