// Version history of one implementation and the diff of any version against the one before it.
import { DiffOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { t } from '../../../app/i18n.ts';
import { type DiffChange, useVersionDiff, type VersionView } from '../admin-api.ts';
import { formatDateTime, StatusTag, ToneTag } from '../shell/status-tag.tsx';

/** The version right before `version`, if any. */
export function previousOf(version: VersionView, versions: readonly VersionView[]): VersionView | undefined {
  return versions
    .filter((other) => other.versionNo < version.versionNo)
    .sort((a, b) => b.versionNo - a.versionNo)[0];
}

export function formatDiffValue(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'boolean') return value ? t('admin.form.yes') : t('admin.form.no');
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null))
    return value.map(String).join('、');
  return JSON.stringify(value, null, 2);
}

const KIND_TONE = { added: 'green', removed: 'red', changed: 'orange' } as const;

function DiffValue({ value }: { value: unknown }) {
  return (
    <pre style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', margin: 0, fontFamily: 'inherit' }}>
      {formatDiffValue(value)}
    </pre>
  );
}

/** The changes from `againstId` to `versionId`, with Chinese labels and before/after. */
export function VersionDiffTable({ versionId, againstId }: { versionId: string; againstId: string }) {
  const diff = useVersionDiff(versionId, againstId);
  const columns: TableColumnsType<DiffChange> = [
    {
      title: t('admin.diff.field'),
      dataIndex: 'label',
      width: '24%',
      render: (label: string, row) => label || row.path,
    },
    {
      title: t('admin.diff.kind'),
      dataIndex: 'kind',
      width: 90,
      render: (kind: DiffChange['kind']) => (
        <ToneTag tone={KIND_TONE[kind]}>{t(`admin.diff.kind.${kind}`)}</ToneTag>
      ),
    },
    {
      title: t('admin.diff.before'),
      dataIndex: 'before',
      render: (value: unknown) => <DiffValue value={value} />,
    },
    {
      title: t('admin.diff.after'),
      dataIndex: 'after',
      render: (value: unknown) => <DiffValue value={value} />,
    },
  ];
  if (diff.isError) return <Alert type="error" showIcon title={diff.error.message} />;
  return (
    <Table<DiffChange>
      size="small"
      rowKey={(row) => `${row.kind}:${row.path}`}
      columns={columns}
      dataSource={diff.data?.changes ?? []}
      loading={diff.isPending}
      pagination={false}
      caption={
        diff.data ? (
          <span style={{ display: 'block', textAlign: 'start', padding: '4px 0' }}>
            {t('admin.diff.caption', { from: diff.data.from, to: diff.data.to, n: diff.data.changes.length })}
          </span>
        ) : undefined
      }
      locale={{ emptyText: t('admin.diff.none') }}
    />
  );
}

export function VersionHistory({ versions }: { versions: readonly VersionView[] }) {
  const [compare, setCompare] = useState<{ version: VersionView; previous: VersionView } | null>(null);
  const columns: TableColumnsType<VersionView> = [
    {
      title: t('admin.version.col.no'),
      dataIndex: 'versionNo',
      render: (n: number) => t('admin.version.no', { n }),
    },
    {
      title: t('admin.version.col.status'),
      dataIndex: 'status',
      render: (_, row) => <StatusTag status={row.status} label={row.statusLabel} />,
    },
    { title: t('admin.version.col.updated'), dataIndex: 'updatedAt', render: formatDateTime },
    { title: t('admin.version.col.submitted'), dataIndex: 'submittedAt', render: formatDateTime },
    { title: t('admin.version.col.reviewed'), dataIndex: 'reviewedAt', render: formatDateTime },
    {
      title: t('admin.version.col.comment'),
      dataIndex: 'reviewComment',
      render: (c: string | null) => c || '—',
    },
    { title: t('admin.version.col.published'), dataIndex: 'publishedAt', render: formatDateTime },
    {
      title: t('admin.version.col.actions'),
      key: 'actions',
      render: (_, row) => {
        const previous = previousOf(row, versions);
        return previous ? (
          <Button
            size="small"
            icon={<DiffOutlined aria-hidden />}
            onClick={() => setCompare({ version: row, previous })}
          >
            {t('admin.version.compare', { n: row.versionNo, m: previous.versionNo })}
          </Button>
        ) : (
          <span>{t('admin.version.first')}</span>
        );
      },
    },
  ];
  return (
    <>
      <Table<VersionView>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={[...versions]}
        pagination={false}
      />
      <Drawer
        open={compare !== null}
        onClose={() => setCompare(null)}
        size={880}
        destroyOnHidden
        title={
          compare
            ? t('admin.diff.title', { from: compare.previous.versionNo, to: compare.version.versionNo })
            : undefined
        }
      >
        {compare ? <VersionDiffTable versionId={compare.version.id} againstId={compare.previous.id} /> : null}
      </Drawer>
    </>
  );
}
