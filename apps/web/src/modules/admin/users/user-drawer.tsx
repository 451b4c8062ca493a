// 新建工作人员账号 in a drawer: sign-in name, a first password (≥ 10 characters), roles, the region the
// account works in and, for back-office roles, its department.
import { ROLE_LABELS, STAFF_ROLES, type StaffRole } from '@msb/contracts';
import { App, Button, Drawer, Form, Input, Select, Space } from 'antd';
import { t } from '../../../app/i18n.ts';
import { CheckboxGroupField, required } from '../guide-form/form-parts.tsx';
import { useOrgList } from '../orgs/orgs-api.ts';
import { ServerProblemAlert, useServerProblem } from '../shell/server-problem.tsx';
import { useCreateUser } from './users-api.ts';

interface UserFormValues {
  username: string;
  displayName: string;
  password: string;
  roles: StaffRole[];
  regionCode: string;
  orgId?: string | null;
}

const FIELDS = ['username', 'displayName', 'password', 'roles', 'regionCode', 'orgId'] as const;

export function UserDrawer({
  open,
  defaultRegion,
  onClose,
}: {
  open: boolean;
  defaultRegion: string;
  onClose: () => void;
}) {
  return (
    <Drawer open={open} title={t('admin.users.createTitle')} size={560} onClose={onClose} destroyOnHidden>
      <UserForm defaultRegion={defaultRegion} onDone={onClose} />
    </Drawer>
  );
}

function UserForm({ defaultRegion, onDone }: { defaultRegion: string; onDone: () => void }) {
  const [form] = Form.useForm<UserFormValues>();
  const { message } = App.useApp();
  const create = useCreateUser();
  const { problem, report, clear } = useServerProblem(form, FIELDS);
  const regionCode = Form.useWatch('regionCode', form) ?? defaultRegion;
  const orgs = useOrgList(regionCode);

  const onFinish = async (values: UserFormValues) => {
    clear();
    try {
      const user = await create.mutateAsync({
        username: values.username.trim(),
        password: values.password,
        displayName: values.displayName.trim(),
        roles: values.roles,
        regionCode: values.regionCode.trim(),
        orgId: values.orgId ?? null,
      });
      void message.success(t('admin.users.created', { name: user.displayName, username: user.username }));
      onDone();
    } catch (error) {
      report(error);
    }
  };

  return (
    <>
      <ServerProblemAlert problem={problem} onClose={clear} />
      <Form<UserFormValues>
        form={form}
        name="staff-user"
        layout="vertical"
        aria-label={t('admin.users.createTitle')}
        initialValues={{ regionCode: defaultRegion, roles: [] }}
        onFinish={(values) => void onFinish(values)}
      >
        <Form.Item
          label={t('admin.users.field.username')}
          name="username"
          extra={t('admin.users.usernameHelp')}
          rules={[
            required(t('admin.users.field.username')),
            { pattern: /^[a-zA-Z0-9_.-]+$/, message: t('admin.users.usernamePattern') },
            { min: 3, max: 64, message: t('admin.common.lengthBetween', { min: 3, max: 64 }) },
          ]}
        >
          <Input maxLength={64} autoComplete="off" />
        </Form.Item>
        <Form.Item
          label={t('admin.users.field.displayName')}
          name="displayName"
          rules={[required(t('admin.users.field.displayName'))]}
        >
          <Input maxLength={64} autoComplete="off" />
        </Form.Item>
        <Form.Item
          label={t('admin.users.field.password')}
          name="password"
          extra={t('admin.users.passwordHelp')}
          rules={[
            { required: true, message: t('admin.form.required', { label: t('admin.users.field.password') }) },
            { min: 10, max: 256, message: t('admin.users.passwordLength') },
          ]}
        >
          <Input.Password maxLength={256} autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label={t('admin.users.field.roles')}
          name="roles"
          rules={[{ required: true, type: 'array', min: 1, message: t('admin.users.pickRole') }]}
        >
          <CheckboxGroupField
            label={t('admin.users.field.roles')}
            options={STAFF_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
          />
        </Form.Item>
        <Form.Item
          label={t('admin.users.field.regionCode')}
          name="regionCode"
          extra={t('admin.users.regionHelp')}
          rules={[
            required(t('admin.users.field.regionCode')),
            { pattern: /^\d{12}$/, message: t('admin.common.regionPattern') },
          ]}
        >
          <Input maxLength={12} inputMode="numeric" autoComplete="off" />
        </Form.Item>
        <Form.Item label={t('admin.users.field.org')} name="orgId" extra={t('admin.users.orgHelp')}>
          <Select
            allowClear
            virtual={false}
            showSearch={{ optionFilterProp: 'label' }}
            loading={orgs.isFetching}
            placeholder={t('admin.users.noOrg')}
            options={(orgs.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
          />
        </Form.Item>
        <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button onClick={onDone}>{t('admin.common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('admin.users.submit')}
          </Button>
        </Space>
      </Form>
    </>
  );
}
