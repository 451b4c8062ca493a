// What may be done to the version on screen, by role and by its status: 保存草稿 / 提交审核 for editors, 退回 with a
// comment / 审核发布 with an optional one for reviewers — for an item's guide and for a 一件事 definition. Where
// a published version is renewed explicitly (一件事: `onNewVersion`), only a draft (or a new one) is edited and
// the latest published version offers 新建版本.
import {
  CheckCircleOutlined,
  CopyOutlined,
  RollbackOutlined,
  SaveOutlined,
  SendOutlined,
} from '@ant-design/icons';
import { Button, Form, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { t } from '../../../app/i18n.ts';
import type { VersionStatus } from '../admin-api.ts';

interface VersionActionsProps {
  /** undefined for something not created yet */
  status: VersionStatus | undefined;
  canEdit: boolean;
  canReview: boolean;
  busy: boolean;
  onSave: () => void;
  onSubmit: () => void;
  onReturn: (comment: string) => Promise<boolean>;
  onPublish: (comment: string) => Promise<boolean>;
  /** 新建版本 from the latest published version; without it a published version is edited into a new draft */
  newVersion?: { label: string; isLatest: boolean; onClick: () => void };
  /** said in the publish dialog above the comment */
  publishNote?: string;
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
  newVersion,
  publishNote,
}: VersionActionsProps) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const [form] = Form.useForm<{ comment: string }>();
  const editable =
    canEdit && (newVersion ? status === undefined || status === 'draft' : status !== 'in_review');
  const reviewable = canReview && status === 'in_review';
  const renewable = newVersion && canEdit && newVersion.isLatest && status === 'published';

  const confirm = async () => {
    const { comment } = await form.validateFields();
    if (dialog === 'return') {
      if (await onReturn(comment.trim())) {
        setDialog(null);
        form.resetFields();
      }
      return;
    }
    // a refused publication closes the dialog too, so the problems beside the form can be read
    await onPublish((comment ?? '').trim());
    setDialog(null);
    form.resetFields();
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
        {renewable ? (
          <Button icon={<CopyOutlined aria-hidden />} onClick={newVersion.onClick} loading={busy}>
            {newVersion.label}
          </Button>
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
        {dialog === 'publish' && publishNote ? (
          <Typography.Paragraph>{publishNote}</Typography.Paragraph>
        ) : null}
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
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={1000} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
