// What may be done to the version on screen: 保存草稿 / 提交审核 (editors, a draft or a new bundle), 退回 with a
// comment / 审核发布 (reviewers, a version in review), 新建版本 (editors, the latest version once published).
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

interface BundleActionsProps {
  /** undefined for a bundle not created yet */
  status: VersionStatus | undefined;
  versionNo: number;
  isLatest: boolean;
  canEdit: boolean;
  canReview: boolean;
  busy: boolean;
  onSave: () => void;
  onSubmit: () => void;
  onReturn: (comment: string) => Promise<boolean>;
  onPublish: () => Promise<boolean>;
  onNewVersion: () => void;
}

type Dialog = 'return' | 'publish' | null;

export function BundleActions({
  status,
  versionNo,
  isLatest,
  canEdit,
  canReview,
  busy,
  onSave,
  onSubmit,
  onReturn,
  onPublish,
  onNewVersion,
}: BundleActionsProps) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const [form] = Form.useForm<{ comment: string }>();
  const editable = canEdit && (status === undefined || status === 'draft');
  const reviewable = canReview && status === 'in_review';
  const renewable = canEdit && isLatest && status === 'published';

  const confirm = async () => {
    if (dialog === 'return') {
      const { comment } = await form.validateFields();
      if (await onReturn(comment.trim())) {
        setDialog(null);
        form.resetFields();
      }
      return;
    }
    // a refused publication closes the dialog too, so the problems beside the form can be read
    await onPublish();
    setDialog(null);
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
          <Button icon={<CopyOutlined aria-hidden />} onClick={onNewVersion} loading={busy}>
            {t('admin.bundles.action.newVersion')}
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
        {dialog === 'return' ? (
          <Form form={form} layout="vertical" name="bundle-review" preserve={false}>
            <Form.Item
              label={t('admin.action.returnComment')}
              name="comment"
              rules={[{ required: true, whitespace: true, message: t('admin.action.returnCommentRequired') }]}
            >
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={1000} showCount />
            </Form.Item>
          </Form>
        ) : (
          <Typography.Paragraph>
            {t('admin.bundles.action.publishConfirm', { n: versionNo })}
          </Typography.Paragraph>
        )}
      </Modal>
    </>
  );
}
