// 新建 / 编辑 a department in a drawer. The credit code is checked here with the same rule the server uses
// (GB 32100-2015 check character), and whatever the server still refuses is shown under its field.
import { normaliseCreditCode, validateCreditCode } from '@msb/contracts';
import { App, Button, Drawer, Form, Input, Select, Space } from 'antd';
import type { Rule } from 'antd/es/form';
import { t } from '../../../app/i18n.ts';
import { maxLen, required } from '../guide-form/form-parts.tsx';
import { ServerProblemAlert, useServerProblem } from '../shell/server-problem.tsx';
import { ORG_KINDS, type OrgInput, type OrgKind, type OrgRecord, useSaveOrg } from './orgs-api.ts';

interface OrgFormValues {
  key: string;
  name: string;
  kind: OrgKind;
  regionCode: string;
  creditCode?: string;
  phone?: string;
  address?: string;
}

const FIELDS = ['key', 'name', 'kind', 'regionCode', 'creditCode', 'phone', 'address'] as const;

const creditCodeRule: Rule = {
  validator: async (_, value: unknown) => {
    if (typeof value !== 'string' || value.trim() === '') return;
    const problem = validateCreditCode(value);
    if (problem) throw new Error(problem);
  },
};

const orNull = (value: string | undefined) => (value?.trim() ? value.trim() : null);

function toInput(values: OrgFormValues): OrgInput {
  const creditCode = orNull(values.creditCode);
  return {
    key: values.key.trim(),
    name: values.name.trim(),
    kind: values.kind,
    regionCode: values.regionCode.trim(),
    creditCode: creditCode ? normaliseCreditCode(creditCode) : null,
    phone: orNull(values.phone),
    address: orNull(values.address),
  };
}

interface OrgDrawerProps {
  open: boolean;
  /** null: a new department */
  org: OrgRecord | null;
  defaultRegion: string;
  onClose: () => void;
}

export function OrgDrawer({ open, org, defaultRegion, onClose }: OrgDrawerProps) {
  const title = org ? t('admin.orgs.editTitle', { name: org.name }) : t('admin.orgs.createTitle');
  return (
    <Drawer open={open} title={title} size={560} onClose={onClose} destroyOnHidden>
      {/* mounted afresh on every opening: a new form store, no error left from last time */}
      <OrgForm org={org} defaultRegion={defaultRegion} title={title} onDone={onClose} />
    </Drawer>
  );
}

function initialValues(org: OrgRecord | null, defaultRegion: string): Partial<OrgFormValues> {
  if (!org) return { kind: 'government_department', regionCode: defaultRegion };
  return {
    key: org.key,
    name: org.name,
    kind: org.kind,
    regionCode: org.regionCode,
    creditCode: org.creditCode ?? '',
    phone: org.phone ?? '',
    address: org.address ?? '',
  };
}

function OrgForm({
  org,
  defaultRegion,
  title,
  onDone,
}: {
  org: OrgRecord | null;
  defaultRegion: string;
  title: string;
  onDone: () => void;
}) {
  const [form] = Form.useForm<OrgFormValues>();
  const { message } = App.useApp();
  const save = useSaveOrg();
  const { problem, report, clear } = useServerProblem(form, FIELDS);

  const onFinish = async (values: OrgFormValues) => {
    clear();
    try {
      const saved = await save.mutateAsync({ id: org?.id ?? null, input: toInput(values) });
      void message.success(t(org ? 'admin.orgs.updated' : 'admin.orgs.created', { name: saved.name }));
      onDone();
    } catch (error) {
      report(error);
    }
  };

  return (
    <>
      <ServerProblemAlert problem={problem} onClose={clear} />
      <Form<OrgFormValues>
        form={form}
        name="org"
        layout="vertical"
        aria-label={title}
        initialValues={initialValues(org, defaultRegion)}
        onFinish={(values) => void onFinish(values)}
      >
        <Form.Item
          label={t('admin.orgs.field.name')}
          name="name"
          rules={[
            required(t('admin.orgs.field.name')),
            { min: 2, max: 100, message: t('admin.common.lengthBetween', { min: 2, max: 100 }) },
          ]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          label={t('admin.orgs.field.key')}
          name="key"
          extra={t('admin.orgs.keyHelp')}
          rules={[
            required(t('admin.orgs.field.key')),
            { pattern: /^[a-z0-9][a-z0-9-]*$/, message: t('admin.orgs.keyPattern') },
            { min: 2, max: 60, message: t('admin.common.lengthBetween', { min: 2, max: 60 }) },
          ]}
        >
          <Input maxLength={60} autoComplete="off" />
        </Form.Item>
        <Form.Item
          label={t('admin.orgs.field.kind')}
          name="kind"
          rules={[
            { required: true, message: t('admin.form.required', { label: t('admin.orgs.field.kind') }) },
          ]}
        >
          <Select
            virtual={false}
            options={ORG_KINDS.map((kind) => ({ value: kind, label: t(`admin.orgs.kind.${kind}`) }))}
          />
        </Form.Item>
        <Form.Item
          label={t('admin.orgs.field.regionCode')}
          name="regionCode"
          extra={t('admin.orgs.regionHelp')}
          rules={[
            required(t('admin.orgs.field.regionCode')),
            { pattern: /^\d{12}$/, message: t('admin.common.regionPattern') },
          ]}
        >
          <Input maxLength={12} inputMode="numeric" autoComplete="off" />
        </Form.Item>
        <Form.Item
          label={t('admin.orgs.field.creditCode')}
          name="creditCode"
          extra={t('admin.orgs.creditHelp')}
          rules={[creditCodeRule]}
        >
          <Input maxLength={18} autoComplete="off" style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <Form.Item label={t('admin.orgs.field.phone')} name="phone" rules={[maxLen(40)]}>
          <Input maxLength={40} autoComplete="off" />
        </Form.Item>
        <Form.Item label={t('admin.orgs.field.address')} name="address" rules={[maxLen(200)]}>
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
        <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button onClick={onDone}>{t('admin.common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('admin.common.save')}
          </Button>
        </Space>
      </Form>
    </>
  );
}
