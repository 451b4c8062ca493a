// /admin/catalog: the implementations in the staff member's scope, with their latest version.
import { FileAddOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Radio, Space, Table, type TableColumnsType } from 'antd';
import { useEffect } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { t } from '../../../app/i18n.ts';
import {
  type ImplementationRow,
  useImplementations,
  VERSION_STATUSES,
  type VersionStatus,
} from '../admin-api.ts';
import { PageTitle } from '../shell/admin-layout.tsx';
import { DemoFlawTag, StatusTag, ToneTag } from '../shell/status-tag.tsx';
import { canEditCatalog, useMe } from '../shell/use-session.ts';

const PAGE_SIZE = 20;

const isStatus = (value: string | null): value is VersionStatus =>
  value !== null && (VERSION_STATUSES as readonly string[]).includes(value);

export function CatalogListPage() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const me = useMe();
  const rawStatus = params.get('status');
  const status = isStatus(rawStatus) ? rawStatus : undefined;
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const list = useImplementations({
    status,
    q: q || undefined,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });

  useEffect(() => {
    document.title = `${t('admin.catalog.title')} · ${t('admin.appName')}`;
  }, []);

  const update = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(patch)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };

  const columns: TableColumnsType<ImplementationRow> = [
    {
      title: t('admin.catalog.col.name'),
      dataIndex: 'name',
      render: (name: string, row) => (
        <Link to={`/admin/catalog/${row.id}`} onClick={(event) => event.stopPropagation()}>
          {name}
        </Link>
      ),
    },
    { title: t('admin.catalog.col.code'), dataIndex: 'code', render: (code: string) => <code>{code}</code> },
    { title: t('admin.catalog.col.org'), dataIndex: 'orgName' },
    { title: t('admin.catalog.col.region'), dataIndex: 'regionName' },
    {
      title: t('admin.catalog.col.status'),
      key: 'status',
      render: (_, row) => (
        <Space size={4} wrap>
          <StatusTag
            status={row.latest.status}
            label={`${t('admin.version.no', { n: row.latest.versionNo })} ${row.latest.statusLabel}`}
          />
          {row.published && row.latest.status !== 'published' ? (
            <ToneTag tone="green">{t('admin.catalog.hasPublished')}</ToneTag>
          ) : null}
        </Space>
      ),
    },
    {
      title: t('admin.catalog.col.demoFlaw'),
      key: 'demoFlaw',
      render: (_, row) =>
        row.demoFlaw ? (
          <DemoFlawTag flaw={row.demoFlaw} />
        ) : row.isDemo ? (
          <ToneTag tone="grey">{t('admin.catalog.demo')}</ToneTag>
        ) : null,
    },
  ];

  return (
    <>
      <PageTitle
        extra={
          canEditCatalog(me.data) ? (
            <Button icon={<FileAddOutlined aria-hidden />} onClick={() => navigate('/admin/catalog/new')}>
              {t('admin.nav.claim')}
            </Button>
          ) : null
        }
      >
        {t('admin.catalog.title')}
      </PageTitle>
      <Space wrap style={{ marginBottom: 16 }} role="search" aria-label={t('admin.catalog.filters')}>
        <Input.Search
          key={q}
          defaultValue={q}
          allowClear
          placeholder={t('admin.catalog.searchPlaceholder')}
          aria-label={t('admin.catalog.search')}
          enterButton={t('admin.catalog.search')}
          onSearch={(value) => update({ q: value.trim() || undefined, page: undefined })}
          style={{ width: 360 }}
        />
        <div role="radiogroup" aria-label={t('admin.catalog.statusFilter')}>
          <Radio.Group
            optionType="button"
            value={status ?? ''}
            onChange={(event) =>
              update({ status: (event.target.value as string) || undefined, page: undefined })
            }
            options={[
              { value: '', label: t('admin.catalog.allStatuses') },
              ...VERSION_STATUSES.map((value) => ({ value, label: t(`admin.status.${value}`) })),
            ]}
          />
        </div>
      </Space>
      {list.isError ? (
        <Alert type="error" showIcon title={list.error.message} style={{ marginBottom: 16 }} />
      ) : null}
      <Table<ImplementationRow>
        rowKey="id"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        onRow={(row) => ({
          onClick: () => navigate(`/admin/catalog/${row.id}`),
          style: { cursor: 'pointer' },
        })}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t('admin.catalog.total', { n: total }),
          onChange: (next) => update({ page: next > 1 ? String(next) : undefined }),
        }}
        locale={{ emptyText: t('admin.catalog.empty') }}
      />
    </>
  );
}
