// 申请材料: each material that applies to the case with what was handed in or uploaded — verification,
// originals, copies, notes and a download link for the files (the API checks who may download).
import { DownloadOutlined } from '@ant-design/icons';
import { Space, Table, type TableColumnsType } from 'antd';
import { t } from '../../../../app/i18n.ts';
import type { CaseMaterialView, CaseView } from '../../../cases/case-api.ts';
import { ToneTag } from '../../shell/status-tag.tsx';
import { type MaterialRow, materialRows } from '../case-format.ts';
import { Section } from './section.tsx';

const STATUS_TONE = { verified: 'green', rejected: 'red' } as const;

function statusTag(file: CaseMaterialView) {
  const tone = STATUS_TONE[file.status as keyof typeof STATUS_TONE] ?? 'blue';
  const known = ['verified', 'rejected', 'pending'].includes(file.status);
  return (
    <ToneTag tone={tone}>
      {known
        ? t(`admin.work.material.status.${file.status as 'verified' | 'rejected' | 'pending'}`)
        : file.status}
    </ToneTag>
  );
}

export function CaseMaterials({ view }: { view: CaseView }) {
  const columns: TableColumnsType<MaterialRow> = [
    {
      title: t('admin.work.material.name'),
      key: 'name',
      render: (_, row) => (
        <Space size={4} wrap>
          <span>{row.name}</span>
          {row.entry ? (
            <ToneTag tone="grey">{t(`admin.work.requirement.${row.entry.requirement}`)}</ToneTag>
          ) : null}
          {row.entry?.allowMissing ? (
            <ToneTag tone="blue">{t('admin.work.material.allowMissing')}</ToneTag>
          ) : null}
        </Space>
      ),
    },
    {
      title: t('admin.work.material.asked'),
      key: 'asked',
      render: (_, row) =>
        row.entry
          ? t('admin.work.material.askedText', { originals: row.entry.originals, copies: row.entry.copies })
          : '—',
    },
    {
      title: t('admin.work.material.received'),
      key: 'received',
      render: (_, row) =>
        row.files.length === 0 ? (
          <ToneTag tone="orange">{t('admin.work.material.none')}</ToneTag>
        ) : (
          <Space orientation="vertical" size={4}>
            {row.files.map((file) => (
              <Space key={file.id} size={4} wrap>
                {statusTag(file)}
                <span>
                  {t(`admin.work.material.source.${file.source === 'paper' ? 'paper' : 'electronic'}`)}
                  {file.originalSeen ? t('admin.work.material.originalSeen') : ''}
                  {file.copies ? t('admin.work.material.copies', { n: file.copies }) : ''}
                  {file.note ? `；${file.note}` : ''}
                </span>
              </Space>
            ))}
          </Space>
        ),
    },
    {
      title: t('admin.work.material.file'),
      key: 'file',
      width: 160,
      render: (_, row) => {
        const files = row.files.filter((f) => f.downloadUrl);
        if (files.length === 0) return '—';
        return (
          <Space orientation="vertical" size={4}>
            {files.map((file) => (
              <a key={file.id} href={file.downloadUrl ?? undefined} download>
                <DownloadOutlined aria-hidden />{' '}
                {t('admin.work.material.download', { name: file.fileName ?? row.name })}
              </a>
            ))}
          </Space>
        );
      },
    },
  ];
  return (
    <Section title={t('admin.work.material.title')}>
      <Table<MaterialRow>
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={materialRows(view)}
        pagination={false}
        locale={{ emptyText: t('admin.work.material.empty') }}
      />
    </Section>
  );
}
