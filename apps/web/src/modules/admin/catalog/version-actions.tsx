// 保存草稿 / 提交审核 for editors, 退回 / 审核发布 for reviewers, by role and by the latest version's status.
import { CheckCircleOutlined, RollbackOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { t } from '../../../app/i18n.ts';
import type { VersionStatus } from '../admin-api.ts';

interface VersionActionsProps {
  status: VersionStatus | undefined;
  canEdit: boolean;
  canReview: boolean;
  busy: boolean;
  onSave: () => void;
  onSubmit: () => void;
  onReturn: (comment: string) => Promise<boolean>;
  onPublish: (comment: string) => Promise<boolean>;
}

type Dialog = 'return' | 'publish' | null;

export function VersionActions({
  status,
  canEdit,
  canReview,
  busy,
  onSave,
  onSubmit,
  onReturn,
  onPublish,
}: VersionActionsProps) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const [form] = Form.useForm<{ comment: string }>();
  const editable = canEdit && status !== 'in_review';
  const reviewable = canReview && status === 'in_review';

  const confirm = async () => {
    const { comment } = await form.validateFields();
    const done =
      dialog === 'return' ? await onReturn(comment.trim()) : await onPublish((comment ?? '').trim());
    if (done) {
      setDialog(null);
      form.resetFields();
    }
  };

  return (
    <>
      <Space wrap>
        {editable ? (
          <>
            <Button icon={<SaveOutlined aria-hidden />} onClick={onSave} loading={busy}>
              {t('admin.action.save')}
            </Button>
            <Button type="primary" icon={<SendOutlined aria-hidden />} onClick={onSubmit} loading={busy}>
              {t('admin.action.submit')}
            </Button>
          </>
        ) : null}
        {reviewable ? (
          <>
            <Button
              danger
              icon={<RollbackOutlined aria-hidden />}
              onClick={() => setDialog('return')}
              disabled={busy}
            >
              {t('admin.action.return')}
            </Button>
            <Button
              type="primary"
              icon={<CheckCircleOutlined aria-hidden />}
              onClick={() => setDialog('publish')}
              disabled={busy}
            >
              {t('admin.action.publish')}
            </Button>
          </>
        ) : null}
      </Space>
      <Modal
        open={dialog !== null}
        title={dialog === 'return' ? t('admin.action.returnTitle') : t('admin.action.publishTitle')}
        okText={dialog === 'return' ? t('admin.action.returnOk') : t('admin.action.publishOk')}
        okButtonProps={{ danger: dialog === 'return', loading: busy }}
        cancelText={t('admin.common.cancel')}
        onOk={() => void confirm()}
        onCancel={() => setDialog(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" name="review" preserve={false}>
          <Form.Item
            label={dialog === 'return' ? t('admin.action.returnComment') : t('admin.action.publishComment')}
            name="comment"
            rules={
              dialog === 'return'
                ? [{ required: true, whitespace: true, message: t('admin.action.returnCommentRequired') }]
                : []
            }
          >
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
