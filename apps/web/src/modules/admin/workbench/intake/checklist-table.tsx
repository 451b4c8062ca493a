// The material checklist the window clerk ticks: per material 已收取, 已核验原件, 复印件份数, 备注 — every
// control labelled with the material's name, so it is usable by keyboard and screen reader alike.
import { Checkbox, Input, InputNumber, Space, Table, type TableColumnsType, Typography } from 'antd';
import type { ReactNode } from 'react';
import { t } from '../../../../app/i18n.ts';
import { ToneTag } from '../../shell/status-tag.tsx';
import { type ChecklistRow, setPresent } from '../checklist.ts';

export function ChecklistTable({
  rows,
  onChange,
  disabled,
  detail,
}: {
  rows: readonly ChecklistRow[];
  onChange: (rows: ChecklistRow[]) => void;
  disabled?: boolean;
  /** a line under a material's name (a 一件事's: the members that use it) */
  detail?: (row: ChecklistRow) => ReactNode;
}) {
  const patch = (materialId: string, change: (row: ChecklistRow) => ChecklistRow) =>
    onChange(rows.map((row) => (row.materialId === materialId ? change(row) : row)));

  const columns: TableColumnsType<ChecklistRow> = [
    {
      title: t('admin.work.material.name'),
      key: 'name',
      render: (_, row) => (
        <Space size={4} wrap>
          <span>{row.name}</span>
          <ToneTag tone={row.requirement === 'optional' ? 'grey' : 'orange'}>
            {t(`admin.work.requirement.${row.requirement}`)}
          </ToneTag>
          {row.allowMissing ? <ToneTag tone="blue">{t('admin.work.material.allowMissing')}</ToneTag> : null}
          {row.committed ? <ToneTag tone="green">{t('obligation.intake.committed')}</ToneTag> : null}
          {detail ? <Typography.Text type="secondary">{detail(row)}</Typography.Text> : null}
        </Space>
      ),
    },
    {
      title: t('admin.work.material.asked'),
      key: 'asked',
      width: 150,
      render: (_, row) => (
        <Typography.Text type="secondary">
          {t('admin.work.material.askedText', { originals: row.originals, copies: row.copiesRequired })}
        </Typography.Text>
      ),
    },
    {
      title: t('admin.work.checklist.present'),
      key: 'present',
      width: 90,
      render: (_, row) => (
        <Checkbox
          checked={row.present}
          disabled={disabled}
          aria-label={t('admin.work.checklist.presentOf', { name: row.name })}
          onChange={(event) => patch(row.materialId, (r) => setPresent(r, event.target.checked))}
        />
      ),
    },
    {
      title: t('admin.work.checklist.originalSeen'),
      key: 'originalSeen',
      width: 110,
      render: (_, row) =>
        row.originals > 0 ? (
          <Checkbox
            checked={row.originalSeen}
            disabled={disabled || !row.present}
            aria-label={t('admin.work.checklist.originalSeenOf', { name: row.name })}
            onChange={(event) => patch(row.materialId, (r) => ({ ...r, originalSeen: event.target.checked }))}
          />
        ) : (
          <Typography.Text type="secondary">{t('admin.work.checklist.noOriginal')}</Typography.Text>
        ),
    },
    {
      title: t('admin.work.checklist.copies'),
      key: 'copies',
      width: 110,
      render: (_, row) => (
        <InputNumber
          min={0}
          max={99}
          precision={0}
          value={row.copies}
          disabled={disabled || !row.present}
          aria-label={t('admin.work.checklist.copiesOf', { name: row.name })}
          onChange={(value) => patch(row.materialId, (r) => ({ ...r, copies: value ?? 0 }))}
          style={{ width: 80 }}
        />
      ),
    },
    {
      title: t('admin.work.checklist.note'),
      key: 'note',
      render: (_, row) => (
        <Input
          value={row.note}
          maxLength={500}
          disabled={disabled}
          aria-label={t('admin.work.checklist.noteOf', { name: row.name })}
          onChange={(event) => patch(row.materialId, (r) => ({ ...r, note: event.target.value }))}
        />
      ),
    },
  ];
  return (
    <Table<ChecklistRow>
      rowKey="materialId"
      size="small"
      columns={columns}
      dataSource={[...rows]}
      pagination={false}
      locale={{ emptyText: t('admin.work.material.empty') }}
    />
  );
}
