// 查看完整身份证号: asks why (the reason goes to the audit log with the viewer and the time), shows the number
// in the dialog only, and forgets it when the dialog closes.
import { EyeOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { t } from '../../../../app/i18n.ts';
import { useServerProblem } from '../../shell/server-problem.tsx';
import { useRevealIdNumber } from '../desk-api.ts';
import { ProblemAlert } from '../problem-alert.tsx';

const FIELDS = ['reason'] as const;

export function RevealIdButton({ personId, name }: { personId: string; name: string }) {
  const [open, setOpen] = useState(false);
  const [revealed, setRevealed] = useState<string | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const reveal = useRevealIdNumber();
  const { problem, report, clear } = useServerProblem(form, FIELDS);

  const close = () => {
    setOpen(false);
    setRevealed(null);
    clear();
  };
  const submit = async () => {
    const { reason } = await form.validateFields();
    clear();
    try {
      const result = await reveal.mutateAsync({ personId, reason: reason.trim() });
      setRevealed(result.idNumber);
    } catch (error) {
      report(error);
    }
  };

  return (
    <>
      <Button size="small" icon={<EyeOutlined aria-hidden />} onClick={() => setOpen(true)}>
        {t('admin.work.reveal.button')}
      </Button>
      <Modal
        open={open}
        title={t('admin.work.reveal.title', { name })}
        onCancel={close}
        destroyOnHidden
        okText={revealed ? t('admin.common.close') : t('admin.work.reveal.ok')}
        cancelButtonProps={revealed ? { style: { display: 'none' } } : {}}
        cancelText={t('admin.common.cancel')}
        okButtonProps={{ loading: reveal.isPending }}
        onOk={() => (revealed ? close() : void submit())}
      >
        {revealed ? (
          <>
            <Typography.Paragraph>
              {t('admin.work.reveal.number')}
              <Typography.Text strong copyable={{ tooltips: false }} data-testid="revealed-id">
                {revealed}
              </Typography.Text>
            </Typography.Paragraph>
            <Alert type="info" showIcon title={t('admin.work.reveal.audited')} />
          </>
        ) : (
          <>
            <ProblemAlert problem={problem} onClose={clear} />
            <Form form={form} layout="vertical" name="reveal" preserve={false} onFinish={() => void submit()}>
              <Form.Item
                label={t('admin.work.reveal.reason')}
                name="reason"
                extra={t('admin.work.reveal.reasonHelp')}
                rules={[{ required: true, whitespace: true, message: t('admin.work.reveal.reasonRequired') }]}
              >
                <Input maxLength={200} showCount autoFocus />
              </Form.Item>
            </Form>
          </>
        )}
      </Modal>
    </>
  );
}
