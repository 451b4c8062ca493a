// 三级N同 deviations (the same base item differing between levels) and search words without results.
import { Alert, Table, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { t } from '../../../app/i18n.ts';
import { formatDiffValue } from '../catalog/version-history.tsx';
import { labelFieldPath } from '../guide-form/guide-labels.ts';
import { formatDateTime } from '../shell/status-tag.tsx';
import { type ConsistencyGroup, type SearchMiss, useConsistency, useSearchMisses } from './scorecard-api.ts';

type Deviation = ConsistencyGroup['deviations'][number];

const Value = ({ value }: { value: unknown }) => (
  <pre style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', margin: 0, fontFamily: 'inherit' }}>
    {formatDiffValue(value)}
  </pre>
);

export function ConsistencyTab({ regionNames }: { regionNames: ReadonlyMap<string, string> }) {
  const query = useConsistency(true);
  const deviationColumns: TableColumnsType<Deviation> = [
    {
      title: t('admin.catalog.col.region'),
      dataIndex: 'regionCode',
      render: (code: string, row) => row.regionName ?? regionNames.get(code) ?? code,
    },
    {
      title: t('admin.catalog.col.org'),
      dataIndex: 'orgName',
      render: (name: string, row) => <Link to={`/admin/catalog/${row.implementationId}`}>{name}</Link>,
    },
    {
      title: t('admin.consistency.field'),
      dataIndex: 'field',
      render: (field: string, row) => row.label ?? labelFieldPath(field),
    },
    {
      title: t('admin.consistency.expected'),
      dataIndex: 'expected',
      render: (v: unknown) => <Value value={v} />,
    },
    {
      title: t('admin.consistency.actual'),
      dataIndex: 'actual',
      render: (v: unknown) => <Value value={v} />,
    },
  ];
  const columns: TableColumnsType<ConsistencyGroup> = [
    { title: t('admin.consistency.baseName'), dataIndex: 'baseName' },
    {
      title: t('admin.consistency.baseCode'),
      dataIndex: 'baseCode',
      render: (code: string) => <code>{code}</code>,
    },
    {
      title: t('admin.consistency.count'),
      key: 'count',
      width: 120,
      render: (_, row) => row.deviations.length,
    },
  ];
  if (query.isError) return <Alert type="error" showIcon title={query.error.message} />;
  return (
    <>
      <p>{t('admin.consistency.intro')}</p>
      <Table<ConsistencyGroup>
        rowKey="baseCode"
        size="small"
        loading={query.isPending}
        columns={columns}
        dataSource={query.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: t('admin.consistency.none') }}
        expandable={{
          expandedRowRender: (row) => (
            <Table<Deviation>
              rowKey={(d) => `${d.implementationId}:${d.field}`}
              size="small"
              columns={deviationColumns}
              dataSource={row.deviations}
              pagination={false}
            />
          ),
        }}
      />
    </>
  );
}

export function SearchMissesTab() {
  const query = useSearchMisses(true);
  const columns: TableColumnsType<SearchMiss> = [
    { title: t('admin.misses.query'), dataIndex: 'query' },
    {
      title: t('admin.misses.count'),
      dataIndex: 'count',
      width: 120,
      sorter: (a, b) => a.count - b.count,
      defaultSortOrder: 'descend',
    },
    { title: t('admin.misses.last'), dataIndex: 'last', width: 200, render: formatDateTime },
  ];
  if (query.isError) return <Alert type="error" showIcon title={query.error.message} />;
  return (
    <>
      <p>{t('admin.misses.intro')}</p>
      <Table<SearchMiss>
        rowKey="query"
        size="small"
        loading={query.isPending}
        columns={columns}
        dataSource={query.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: t('admin.misses.none') }}
      />
    </>
  );
}
