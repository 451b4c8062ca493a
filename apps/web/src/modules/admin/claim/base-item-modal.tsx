// 新建基本目录事项 in a modal: code, name, type (GET /api/catalog/item-types), basis and competent department.
// A taken code (409) or a refused field (422) is shown in the modal; the new item is then picked for claiming.
import { App, Button, Form, Input, Modal, Select, Space } from 'antd';
import { t } from '../../../app/i18n.ts';
import { required } from '../guide-form/form-parts.tsx';
import { ServerProblemAlert, useServerProblem } from '../shell/server-problem.tsx';
import { type BaseItemInput, type BaseItemRow, useCreateBaseItem, useItemTypes } from './claim-api.ts';

const FIELDS = ['code', 'name', 'itemType', 'basis', 'competentDept'] as const;

export function BaseItemModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (item: BaseItemRow, basis: string) => void;
}) {
  return (
    <Modal
      open={open}
      title={t('admin.claim.baseTitle')}
      footer={null}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      <BaseItemForm onClose={onClose} onCreated={onCreated} />
    </Modal>
  );
}

function BaseItemForm({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (item: BaseItemRow, basis: string) => void;
}) {
  const [form] = Form.useForm<BaseItemInput>();
  const { message } = App.useApp();
  const types = useItemTypes();
  const create = useCreateBaseItem();
  const { problem, report, clear } = useServerProblem(form, FIELDS);

  const onFinish = async (values: BaseItemInput) => {
    clear();
    const input: BaseItemInput = {
      code: values.code.trim(),
      name: values.name.trim(),
      itemType: values.itemType,
      basis: values.basis.trim(),
      competentDept: values.competentDept.trim(),
    };
    try {
      const created = await create.mutateAsync(input);
      void message.success(t('admin.claim.baseCreated', { name: created.name }));
      onCreated(
        {
          id: created.id,
          code: created.code,
          name: created.name,
          itemType: input.itemType,
          competentDept: input.competentDept,
          implementations: 0,
          templateId: null,
        },
        input.basis,
      );
      onClose();
    } catch (error) {
      report(error);
    }
  };

  const lengthRule = (min: number, max: number) => ({
    min,
    max,
    message: t('admin.common.lengthBetween', { min, max }),
  });
  return (
    <>
      <ServerProblemAlert problem={problem} onClose={clear} />
      <Form<BaseItemInput>
        form={form}
        name="base-item"
        layout="vertical"
        aria-label={t('admin.claim.baseTitle')}
        onFinish={(values) => void onFinish(values)}
      >
        <Form.Item
          label={t('admin.claim.field.baseName')}
          name="name"
          rules={[required(t('admin.claim.field.baseName')), lengthRule(2, 200)]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          label={t('admin.claim.field.baseCode')}
          name="code"
          extra={t('admin.claim.baseCodeHelp')}
          rules={[
            required(t('admin.claim.field.baseCode')),
            { pattern: /^[0-9A-Za-z-]+$/, message: t('admin.claim.codePattern') },
            lengthRule(4, 60),
          ]}
        >
          <Input maxLength={60} autoComplete="off" />
        </Form.Item>
        <Form.Item
          label={t('admin.claim.field.itemType')}
          name="itemType"
          rules={[
            { required: true, message: t('admin.form.required', { label: t('admin.claim.field.itemType') }) },
          ]}
        >
          <Select
            virtual={false}
            loading={types.isPending}
            options={(types.data ?? []).map((type) => ({
              value: type.key,
              label: type.code ? `${type.label}（${type.code}）` : type.label,
            }))}
          />
        </Form.Item>
        <Form.Item
          label={t('admin.claim.field.competentDept')}
          name="competentDept"
          rules={[required(t('admin.claim.field.competentDept')), lengthRule(2, 100)]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          label={t('admin.claim.field.basis')}
          name="basis"
          rules={[required(t('admin.claim.field.basis')), lengthRule(2, 4000)]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={4000} />
        </Form.Item>
        <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>{t('admin.common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('admin.claim.baseSubmit')}
          </Button>
        </Space>
      </Form>
    </>
  );
}
