// Tables of the scorecard: indicators, items with their findings, and the region → department → item drill-down.
import { Table, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { t } from '../../../app/i18n.ts';
import { labelFieldPath } from '../guide-form/guide-labels.ts';
import { DemoFlawTag, ToneTag } from '../shell/status-tag.tsx';
import { formatShare, type IndicatorView, type ItemScoreView, type ScoreFinding } from './scorecard-api.ts';

export interface ItemInfo {
  demoFlaw: string | null;
  regionName?: string;
}

function PassTag({ indicator }: { indicator: IndicatorView }) {
  if (!indicator.applicable) return <ToneTag tone="grey">{t('admin.score.notApplicable')}</ToneTag>;
  if (indicator.passed === null) return <ToneTag tone="grey">{t('admin.score.noData')}</ToneTag>;
  return indicator.passed ? (
    <ToneTag tone="green">{t('admin.score.passed')}</ToneTag>
  ) : (
    <ToneTag tone="red">{t('admin.score.failed')}</ToneTag>
  );
}

export function IndicatorTable({ indicators, loading }: { indicators: IndicatorView[]; loading: boolean }) {
  const columns: TableColumnsType<IndicatorView> = [
    { title: t('admin.score.col.no'), dataIndex: 'indicator', width: 64 },
    { title: t('admin.score.col.indicator'), dataIndex: 'name' },
    {
      title: t('admin.score.col.target'),
      dataIndex: 'target',
      render: (target: string, row) => (
        <>
          {target}
          {typeof row.threshold === 'number' && row.threshold < 1 ? (
            <div>{t('admin.score.threshold', { v: formatShare(row.threshold) })}</div>
          ) : null}
        </>
      ),
    },
    {
      title: t('admin.score.col.value'),
      dataIndex: 'value',
      width: 200,
      render: (value: number | null, row) => (
        <>
          {formatShare(value)}
          {row.applicable && row.note ? <div style={{ fontSize: 12 }}>{row.note}</div> : null}
        </>
      ),
    },
    {
      title: t('admin.score.col.passed'),
      key: 'passed',
      width: 96,
      render: (_, row) => <PassTag indicator={row} />,
    },
    {
      title: t('admin.score.col.notApplicable'),
      key: 'reason',
      render: (_, row) =>
        row.applicable ? null : (row.reason ?? row.note ?? t('admin.score.notApplicable')),
    },
  ];
  return (
    <Table<IndicatorView>
      rowKey="indicator"
      size="small"
      columns={columns}
      dataSource={indicators}
      loading={loading}
      pagination={false}
      expandable={{
        rowExpandable: (row) => (row.drillDown?.length ?? 0) > 0,
        expandedRowRender: (row) => (
          <ul style={{ margin: 0 }} aria-label={t('admin.score.drillDownOf', { name: row.name })}>
            {(row.drillDown ?? []).map((entry) => (
              <li key={entry.id}>
                {entry.name}：{entry.detail}
              </li>
            ))}
          </ul>
        ),
      }}
    />
  );
}

export function FindingsTable({ findings }: { findings: ScoreFinding[] }) {
  const columns: TableColumnsType<ScoreFinding> = [
    {
      title: t('admin.score.col.field'),
      dataIndex: 'field',
      width: '22%',
      render: (field: string) => labelFieldPath(field),
    },
    { title: t('admin.score.col.message'), dataIndex: 'message' },
    { title: t('admin.score.col.fix'), dataIndex: 'fix' },
    { title: t('admin.score.col.no'), dataIndex: 'indicator', width: 64, render: (n?: number) => n ?? '—' },
  ];
  return (
    <Table<ScoreFinding>
      rowKey={(row) => `${row.field}:${row.message}`}
      size="small"
      columns={columns}
      dataSource={findings}
      pagination={false}
      locale={{ emptyText: t('admin.score.noFindings') }}
    />
  );
}

export function ItemsTable({
  items,
  info,
  loading,
  pageSize = 20,
}: {
  items: ItemScoreView[];
  info: ReadonlyMap<string, ItemInfo>;
  loading?: boolean;
  pageSize?: number | false;
}) {
  const columns: TableColumnsType<ItemScoreView> = [
    {
      title: t('admin.catalog.col.name'),
      dataIndex: 'name',
      render: (name: string, row) => <Link to={`/admin/catalog/${row.implementationId}`}>{name}</Link>,
    },
    { title: t('admin.catalog.col.org'), dataIndex: 'orgName' },
    {
      title: t('admin.score.col.score'),
      dataIndex: 'score',
      width: 90,
      sorter: (a, b) => a.score - b.score,
      render: (score: number) => (
        <ToneTag tone={score >= 100 ? 'green' : score >= 80 ? 'orange' : 'red'}>{score}</ToneTag>
      ),
    },
    {
      title: t('admin.score.col.findings'),
      key: 'findings',
      width: 90,
      render: (_, row) => row.findings.length,
    },
    {
      title: t('admin.catalog.col.demoFlaw'),
      key: 'flaw',
      render: (_, row) => <DemoFlawTag flaw={row.demoFlaw ?? info.get(row.implementationId)?.demoFlaw} />,
    },
  ];
  return (
    <Table<ItemScoreView>
      rowKey="implementationId"
      size="small"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={pageSize === false ? false : { pageSize, showSizeChanger: false, hideOnSinglePage: true }}
      expandable={{
        rowExpandable: (row) => row.findings.length > 0,
        expandedRowRender: (row) => <FindingsTable findings={row.findings} />,
      }}
    />
  );
}
