// /admin/users (系统管理员): the staff accounts within the admin's region and 新建账号.
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Space, Table, type TableColumnsType } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { t } from '../../../app/i18n.ts';
import { useOrgList } from '../orgs/orgs-api.ts';
import { PageTitle } from '../shell/admin-layout.tsx';
import { formatDateTime, ToneTag } from '../shell/status-tag.tsx';
import { useMe } from '../shell/use-session.ts';
import { UserDrawer } from './user-drawer.tsx';
import { type StaffUserView, useStaffUsers } from './users-api.ts';

export function UsersPage() {
  const me = useMe();
  const region = me.data?.regionCode ?? null;
  const users = useStaffUsers();
  const orgs = useOrgList(region);
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState('');

  useEffect(() => {
    document.title = `${t('admin.users.title')} · ${t('admin.appName')}`;
  }, []);

  const orgNames = useMemo(() => new Map((orgs.data ?? []).map((o) => [o.id, o.name])), [orgs.data]);
  const rows = useMemo(() => {
    const needle = q.trim().toLowerCase();
    const all = users.data ?? [];
    return needle
      ? all.filter(
          (u) => u.username.toLowerCase().includes(needle) || u.displayName.toLowerCase().includes(needle),
        )
      : all;
  }, [users.data, q]);

  const columns: TableColumnsType<StaffUserView> = [
    {
      title: t('admin.users.field.username'),
      dataIndex: 'username',
      render: (v: string) => <code>{v}</code>,
    },
    { title: t('admin.users.field.displayName'), dataIndex: 'displayName' },
    {
      title: t('admin.users.field.roles'),
      dataIndex: 'roleLabels',
      render: (labels: string[]) =>
        labels.map((label) => (
          <ToneTag key={label} tone="blue">
            {label}
          </ToneTag>
        )),
    },
    {
      title: t('admin.users.field.regionCode'),
      dataIndex: 'regionCode',
      render: (code: string | null) => (code ? <code>{code}</code> : '—'),
    },
    {
      title: t('admin.users.field.org'),
      dataIndex: 'orgId',
      render: (id: string | null) => (id ? (orgNames.get(id) ?? id) : t('admin.users.noOrg')),
    },
    {
      title: t('admin.users.col.status'),
      dataIndex: 'lockedUntil',
      render: (until: string | null) =>
        until && new Date(until).getTime() > Date.now() ? (
          <ToneTag tone="red">{t('admin.users.lockedUntil', { time: formatDateTime(until) })}</ToneTag>
        ) : (
          <ToneTag tone="green">{t('admin.users.active')}</ToneTag>
        ),
    },
  ];

  return (
    <>
      <PageTitle
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setOpen(true)}>
            {t('admin.users.create')}
          </Button>
        }
      >
        {t('admin.users.title')}
      </PageTitle>
      <Space role="search" aria-label={t('admin.users.filters')} style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          aria-label={t('admin.users.search')}
          placeholder={t('admin.users.searchPlaceholder')}
          enterButton={t('admin.catalog.search')}
          onSearch={setQ}
          style={{ width: 360 }}
        />
      </Space>
      {users.isError ? (
        <Alert type="error" showIcon title={users.error.message} style={{ marginBottom: 16 }} />
      ) : null}
      <Table<StaffUserView>
        rowKey="userId"
        columns={columns}
        dataSource={rows}
        loading={users.isFetching}
        pagination={{
          pageSize: 20,
          showSizeChanger: false,
          showTotal: (total) => t('admin.users.total', { n: total }),
        }}
        locale={{ emptyText: t('admin.users.empty') }}
      />
      <UserDrawer open={open} defaultRegion={region ?? ''} onClose={() => setOpen(false)} />
    </>
  );
}
