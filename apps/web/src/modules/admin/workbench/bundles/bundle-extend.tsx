// 延长一件事办理期限 (行政许可法 第四十二条第二款): the lead department's chief representative records the extension
// the head of the people's government approved — how many working days (15 in all at most), why (the applicant
// is told), and the approval (who, which document). The bundle's due date moves; the members keep their own.
import { FieldTimeOutlined } from '@ant-design/icons';
import type { BundleCaseView } from '@msb/contracts';
import { App, Button, Form, Input, InputNumber, Modal, Typography } from 'antd';
import { useState } from 'react';
import { t } from '../../../../app/i18n.ts';
import { type BundleExtensionInput, useBundleCommand } from '../../../bundles/bundle-api.ts';
import type { ServerProblem } from '../../shell/server-problem.tsx';
import { ProblemAlert, toProblem } from '../problem-alert.tsx';

function ExtendModal({ view, onClose }: { view: BundleCaseView; onClose: () => void }) {
  const { message } = App.useApp();
  const command = useBundleCommand(view.id);
  const [form] = Form.useForm<BundleExtensionInput>();
  const [problem, setProblem] = useState<ServerProblem | null>(null);
  const submit = async (values: BundleExtensionInput) => {
    setProblem(null);
    try {
      const next = await command.mutateAsync({
        kind: 'extend',
        input: { amount: values.amount, reason: values.reason.trim(), approval: values.approval.trim() },
      });
      void message.success(t('admin.bundle.extend.done', { due: next.promisedDue ?? '' }));
      onClose();
    } catch (error) {
      const found = toProblem(error);
      form.setFields(
        found.fields.flatMap((f) =>
          f.field === 'amount' || f.field === 'reason' || f.field === 'approval'
            ? [{ name: f.field, errors: [f.message] }]
            : [],
        ),
      );
      setProblem(found);
    }
  };
  return (
    <Modal
      open
      title={t('admin.bundle.extend.title')}
      okText={t('admin.bundle.extend.ok')}
      cancelText={t('admin.common.cancel')}
      okButtonProps={{ loading: command.isPending }}
      onCancel={onClose}
      onOk={() => void form.validateFields().then(submit)}
      destroyOnHidden
    >
      <ProblemAlert problem={problem} onClose={() => setProblem(null)} />
      <Typography.Paragraph>
        {t('admin.bundle.extend.intro', { due: view.promisedDue ?? '', left: view.extensionLeft })}
      </Typography.Paragraph>
      <Form<BundleExtensionInput> form={form} layout="vertical" name="bundle-extend" preserve={false}>
        <Form.Item
          label={t('admin.bundle.extend.amount')}
          name="amount"
          rules={[{ required: true, message: t('admin.bundle.extend.amountRequired') }]}
        >
          <InputNumber min={1} max={view.extensionLeft} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          label={t('admin.bundle.extend.reason')}
          name="reason"
          extra={t('admin.bundle.extend.reasonHelp')}
          rules={[{ required: true, whitespace: true, message: t('admin.bundle.extend.reasonRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} showCount />
        </Form.Item>
        <Form.Item
          label={t('admin.bundle.extend.approval')}
          name="approval"
          extra={t('admin.bundle.extend.approvalHelp')}
          rules={[{ required: true, whitespace: true, message: t('admin.bundle.extend.approvalRequired') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function ExtendButton({ view }: { view: BundleCaseView }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<FieldTimeOutlined aria-hidden />} onClick={() => setOpen(true)}>
        {t('admin.bundle.extend.button')}
      </Button>
      {open ? <ExtendModal view={view} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
