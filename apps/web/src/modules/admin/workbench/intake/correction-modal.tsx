// 一次性告知补正: every problem in one notice (行政许可法 第三十二条第一款第（四）项), drafted from the checklist
// — one entry per missing material or unseen original — and editable before it is issued.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Modal, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { t } from '../../../../app/i18n.ts';
import type { ChecklistRow, CorrectionItem } from '../checklist.ts';
import { LabelledSelect } from '../labelled-select.tsx';

interface CorrectionValues {
  items: Partial<CorrectionItem>[];
}

export function CorrectionModal({
  open,
  rows,
  draft,
  busy,
  onCancel,
  onIssue,
  notice,
}: {
  open: boolean;
  rows: readonly ChecklistRow[];
  draft: CorrectionItem[];
  busy: boolean;
  onCancel: () => void;
  onIssue: (items: Partial<CorrectionItem>[]) => void;
  /** shown above the items (a refusal of the notice, where the clerk is looking) */
  notice?: ReactNode;
}) {
  const [form] = Form.useForm<CorrectionValues>();
  const materials = rows.map((r) => ({ value: r.materialId, label: r.name }));
  return (
    <Modal
      open={open}
      width={760}
      title={t('admin.work.correction.title')}
      okText={t('admin.work.correction.ok')}
      cancelText={t('admin.common.cancel')}
      okButtonProps={{ loading: busy }}
      onCancel={onCancel}
      onOk={() => void form.validateFields().then((values) => onIssue(values.items ?? []))}
      destroyOnHidden
    >
      {notice}
      <Typography.Paragraph>{t('admin.work.correction.intro')}</Typography.Paragraph>
      <Form<CorrectionValues>
        form={form}
        layout="vertical"
        name="correction"
        preserve={false}
        initialValues={{ items: draft.length > 0 ? draft : [{ problem: '' }] }}
      >
        <Form.List
          name="items"
          rules={[
            {
              validator: async (_, items: unknown[] | undefined) => {
                if (!items || items.length === 0) throw new Error(t('admin.work.correction.atLeastOne'));
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((field, index) => (
                <Card
                  key={field.key}
                  size="small"
                  style={{ marginBottom: 12 }}
                  title={t('admin.work.correction.item', { n: index + 1 })}
                  extra={
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined aria-hidden />}
                      aria-label={t('admin.work.correction.remove', { n: index + 1 })}
                      onClick={() => remove(field.name)}
                    />
                  }
                >
                  <Form.Item
                    label={t('admin.work.correction.material', { n: index + 1 })}
                    name={[field.name, 'materialId']}
                  >
                    <LabelledSelect
                      listLabel={t('admin.work.correction.material', { n: index + 1 })}
                      allowClear
                      options={materials}
                      placeholder={t('admin.work.correction.materialNone')}
                    />
                  </Form.Item>
                  <Form.Item
                    label={t('admin.work.correction.problem', { n: index + 1 })}
                    name={[field.name, 'problem']}
                    rules={[
                      {
                        required: true,
                        whitespace: true,
                        message: t('admin.work.correction.problemRequired'),
                      },
                    ]}
                  >
                    <Input maxLength={500} />
                  </Form.Item>
                  <Form.Item
                    label={t('admin.work.correction.requirement', { n: index + 1 })}
                    name={[field.name, 'requirement']}
                    style={{ marginBottom: 0 }}
                  >
                    <Input maxLength={500} />
                  </Form.Item>
                </Card>
              ))}
              <Space orientation="vertical" style={{ width: '100%' }}>
                <Button
                  type="dashed"
                  block
                  icon={<PlusOutlined aria-hidden />}
                  onClick={() => add({ problem: '' })}
                >
                  {t('admin.work.correction.add')}
                </Button>
                <Form.ErrorList errors={errors} />
              </Space>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
