// /admin/orgs (系统管理员): the departments, service centres and utilities within the admin's region, with
// 新建 and 编辑 in a drawer.
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Space, Table, type TableColumnsType } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { t } from '../../../app/i18n.ts';
import { PageTitle } from '../shell/admin-layout.tsx';
import { ToneTag } from '../shell/status-tag.tsx';
import { useMe } from '../shell/use-session.ts';
import { OrgDrawer } from './org-drawer.tsx';
import { type OrgRecord, useOrgList } from './orgs-api.ts';

/** the department in the drawer stays while it closes, so its title does not flicker */
interface DrawerState {
  open: boolean;
  org: OrgRecord | null;
}

export function OrgsPage() {
  const me = useMe();
  const region = me.data?.regionCode ?? null;
  const list = useOrgList(region);
  const [drawer, setDrawer] = useState<DrawerState>({ open: false, org: null });
  const [q, setQ] = useState('');

  useEffect(() => {
    document.title = `${t('admin.orgs.title')} · ${t('admin.appName')}`;
  }, []);

  const rows = useMemo(() => {
    const needle = q.trim();
    const all = list.data ?? [];
    return needle
      ? all.filter((o) => o.name.includes(needle) || o.key.includes(needle) || o.creditCode?.includes(needle))
      : all;
  }, [list.data, q]);

  const columns: TableColumnsType<OrgRecord> = [
    { title: t('admin.orgs.field.name'), dataIndex: 'name' },
    {
      title: t('admin.orgs.field.kind'),
      dataIndex: 'kind',
      render: (kind: OrgRecord['kind']) => t(`admin.orgs.kind.${kind}`),
    },
    {
      title: t('admin.orgs.field.regionCode'),
      dataIndex: 'regionCode',
      render: (code: string) => <code>{code}</code>,
    },
    {
      title: t('admin.orgs.field.creditCode'),
      dataIndex: 'creditCode',
      render: (code: string | null) => (code ? <code>{code}</code> : '—'),
    },
    {
      title: t('admin.orgs.field.phone'),
      dataIndex: 'phone',
      render: (phone: string | null) => phone || '—',
    },
    {
      title: t('admin.orgs.col.demo'),
      dataIndex: 'isDemo',
      render: (isDemo: boolean) => (isDemo ? <ToneTag tone="grey">{t('admin.catalog.demo')}</ToneTag> : null),
    },
    {
      title: t('admin.orgs.col.actions'),
      key: 'actions',
      render: (_, org) => (
        <Button
          size="small"
          icon={<EditOutlined aria-hidden />}
          aria-label={t('admin.orgs.editOne', { name: org.name })}
          onClick={() => setDrawer({ open: true, org })}
        >
          {t('admin.orgs.edit')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageTitle
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => setDrawer({ open: true, org: null })}
          >
            {t('admin.orgs.create')}
          </Button>
        }
      >
        {t('admin.orgs.title')}
      </PageTitle>
      <Space role="search" aria-label={t('admin.orgs.filters')} style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          aria-label={t('admin.orgs.search')}
          placeholder={t('admin.orgs.searchPlaceholder')}
          enterButton={t('admin.catalog.search')}
          onSearch={setQ}
          style={{ width: 360 }}
        />
      </Space>
      {list.isError ? (
        <Alert type="error" showIcon title={list.error.message} style={{ marginBottom: 16 }} />
      ) : null}
      <Table<OrgRecord>
        rowKey="id"
        columns={columns}
        dataSource={rows}
        loading={list.isFetching}
        pagination={{
          pageSize: 20,
          showSizeChanger: false,
          showTotal: (total) => t('admin.catalog.total', { n: total }),
        }}
        locale={{ emptyText: t('admin.orgs.empty') }}
      />
      <OrgDrawer
        open={drawer.open}
        org={drawer.org}
        defaultRegion={region ?? ''}
        onClose={() => setDrawer((d) => ({ ...d, open: false }))}
      />
    </>
  );
}
