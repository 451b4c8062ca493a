// /admin/bundles: the 一件事 of the staff member's region, each with the status of its latest version and the
// version the portal offers; editors start a new one here.
import { FileAddOutlined } from '@ant-design/icons';
import { LIFE_STAGE_LABELS } from '@msb/contracts';
import { Alert, Button, Space, Table, type TableColumnsType, Typography } from 'antd';
import { useEffect } from 'react';
import { Link, useNavigate } from 'react-router';
import { t } from '../../../app/i18n.ts';
import { PageTitle } from '../shell/admin-layout.tsx';
import { StatusTag, ToneTag } from '../shell/status-tag.tsx';
import { canEditCatalog, useMe } from '../shell/use-session.ts';
import { type StaffBundle, useStaffBundles } from './bundle-admin-api.ts';

const versionPath = (bundle: StaffBundle) => {
  const latest = bundle.versions[0];
  return latest ? `/admin/bundles/${bundle.id}/versions/${latest.id}` : '/admin/bundles';
};

export default function BundleListPage() {
  const me = useMe();
  const navigate = useNavigate();
  const list = useStaffBundles();

  useEffect(() => {
    document.title = `${t('admin.bundles.title')} · ${t('admin.appName')}`;
  }, []);

  const columns: TableColumnsType<StaffBundle> = [
    {
      title: t('admin.bundles.col.name'),
      key: 'name',
      render: (_, row) => (
        <Space size={4} wrap>
          <Link to={versionPath(row)} onClick={(event) => event.stopPropagation()}>
            {row.versions[0]?.name ?? row.code}
          </Link>
          {row.isDemo ? <ToneTag tone="grey">{t('admin.bundles.demo')}</ToneTag> : null}
        </Space>
      ),
    },
    { title: t('admin.bundles.col.code'), dataIndex: 'code', render: (code: string) => <code>{code}</code> },
    {
      title: t('admin.bundles.col.stage'),
      key: 'stage',
      render: (_, row) => {
        const definition = row.versions[0]?.definition;
        if (!definition) return '—';
        return `${t(`admin.bundles.audience.${definition.audience}`)} · ${LIFE_STAGE_LABELS[definition.lifeStage]}`;
      },
    },
    {
      title: t('admin.bundles.col.latest'),
      key: 'latest',
      render: (_, row) => {
        const latest = row.versions[0];
        return latest ? (
          <StatusTag
            status={latest.status}
            label={`${t('admin.version.no', { n: latest.versionNo })} ${latest.statusLabel}`}
          />
        ) : (
          '—'
        );
      },
    },
    {
      title: t('admin.bundles.col.published'),
      key: 'published',
      render: (_, row) => {
        const published = row.versions.find((v) => v.id === row.publishedVersionId);
        return published
          ? t('admin.version.no', { n: published.versionNo })
          : t('admin.bundles.notPublished');
      },
    },
  ];

  return (
    <>
      <PageTitle
        extra={
          canEditCatalog(me.data) ? (
            <Button icon={<FileAddOutlined aria-hidden />} onClick={() => navigate('/admin/bundles/new')}>
              {t('admin.bundles.new')}
            </Button>
          ) : null
        }
      >
        {t('admin.bundles.title')}
      </PageTitle>
      <Typography.Paragraph type="secondary">{t('admin.bundles.intro')}</Typography.Paragraph>
      {list.isError ? (
        <Alert type="error" showIcon title={list.error.message} style={{ marginBottom: 16 }} />
      ) : null}
      <Table<StaffBundle>
        rowKey="id"
        columns={columns}
        dataSource={list.data ?? []}
        loading={list.isFetching}
        onRow={(row) => ({ onClick: () => navigate(versionPath(row)), style: { cursor: 'pointer' } })}
        pagination={{
          pageSize: 20,
          hideOnSinglePage: true,
          showSizeChanger: false,
          showTotal: (total) => t('admin.bundles.total', { n: total }),
        }}
        locale={{ emptyText: t('admin.bundles.empty') }}
      />
    </>
  );
}
