// One work list (GET /api/worklists/:queue) as a table: the server sorts it (window by receipt, department
// by due date, output by decision); each row opens the case page, by mouse or by the link in its number.
import { Alert, Input, Radio, Space, Table, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { t } from '../../../app/i18n.ts';
import {
  type CaseListItem,
  type CaseState,
  type ClockWarning,
  useWorklist,
  type WorklistQueue,
} from '../../cases/case-api.ts';
import { formatDateTime } from '../shell/status-tag.tsx';
import { useMe } from '../shell/use-session.ts';
import { formatDate } from './case-format.ts';
import { Art32Tag, StateTag, WarningTag } from './case-tags.tsx';
import { WORK_PATHS } from './workbench-roles.ts';

export type WorklistColumns = 'window' | 'review' | 'output';
const PAGE_SIZE = 20;

/** q, state, warning and page of a list, kept in the address so a list can be bookmarked and shared. */
export function useListParams(prefix = '') {
  const [params, setParams] = useSearchParams();
  const key = (name: string) => `${prefix}${name}`;
  const update = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(patch)) {
      if (value) next.set(key(name), value);
      else next.delete(key(name));
    }
    setParams(next, { replace: true });
  };
  return {
    q: params.get(key('q')) ?? '',
    state: (params.get(key('state')) ?? '') as CaseState | '',
    warning: (params.get(key('warning')) ?? '') as ClockWarning | '',
    page: Math.max(1, Number(params.get(key('page')) ?? '1') || 1),
    update,
  };
}

interface WorklistTableProps {
  queue: WorklistQueue;
  columns: WorklistColumns;
  /** the states the filter offers (value → label) */
  states: readonly { value: CaseState; label: string }[];
  label: string;
  prefix?: string;
  /** 督查: filter by warning colour */
  warningFilter?: boolean;
  empty: ReactNode;
}

export function WorklistTable({
  queue,
  columns,
  states,
  label,
  prefix,
  warningFilter,
  empty,
}: WorklistTableProps) {
  const navigate = useNavigate();
  const me = useMe();
  const { q, state, warning, page, update } = useListParams(prefix);
  const list = useWorklist(queue, {
    page,
    pageSize: PAGE_SIZE,
    ...(q ? { q } : {}),
    ...(state ? { state } : {}),
    ...(warningFilter && warning ? { warning } : {}),
  });
  const rows = list.data?.items ?? [];
  const assigneeText = (row: CaseListItem) =>
    row.assigneeId === null
      ? t('admin.work.col.unassigned')
      : row.assigneeId === me.data?.userId
        ? t('admin.work.col.me')
        : t('admin.work.col.assigned');

  const base: TableColumnsType<CaseListItem> = [
    {
      title: t('admin.work.col.caseNumber'),
      dataIndex: 'caseNumber',
      render: (value: string | null, row) => (
        <Link to={WORK_PATHS.case(row.id)} onClick={(event) => event.stopPropagation()}>
          {value ?? t('admin.work.noNumber')}
        </Link>
      ),
    },
    { title: t('admin.work.col.item'), dataIndex: 'itemName' },
    { title: t('admin.work.col.applicant'), dataIndex: 'applicantName' },
    {
      title: t('admin.work.col.state'),
      key: 'state',
      render: (_, row) => <StateTag state={row.state} label={row.stateLabel} />,
    },
  ];
  const extra: Record<WorklistColumns, TableColumnsType<CaseListItem>> = {
    window: [
      { title: t('admin.work.col.channel'), dataIndex: 'channelLabel' },
      {
        title: t('admin.work.col.receivedAt'),
        dataIndex: 'receivedAt',
        render: (v: string | null) => formatDateTime(v),
      },
      {
        title: t('admin.work.col.art32'),
        key: 'art32',
        render: (_, row) => <Art32Tag overdue={row.art32Overdue} deemed={false} />,
      },
    ],
    review: [
      {
        title: t('admin.work.col.promisedDue'),
        dataIndex: 'promisedDue',
        render: (v: string | null) => formatDate(v),
      },
      {
        title: t('admin.work.col.legalDue'),
        dataIndex: 'legalDue',
        render: (v: string | null) => formatDate(v),
      },
      {
        title: t('admin.work.col.warning'),
        key: 'warning',
        render: (_, row) => (
          <Space size={4} wrap>
            <WarningTag warning={row.warning} remaining={row.remainingWorkdays} />
            <Art32Tag overdue={row.art32Overdue} deemed={row.deemedAccepted} />
          </Space>
        ),
      },
      { title: t('admin.work.col.assignee'), key: 'assignee', render: (_, row) => assigneeText(row) },
    ],
    output: [
      {
        title: t('admin.work.col.decidedAt'),
        dataIndex: 'decidedAt',
        render: (v: string | null) => formatDateTime(v),
      },
      {
        title: t('admin.work.col.delivery'),
        dataIndex: 'deliveryPreference',
        render: (v: string | null) =>
          v ? t(`admin.work.delivery.${v as 'window' | 'post' | 'download'}`) : '—',
      },
    ],
  };

  return (
    <>
      <Space
        wrap
        style={{ marginBottom: 16 }}
        role="search"
        aria-label={t('admin.work.filters', { list: label })}
      >
        <Input.Search
          key={q}
          defaultValue={q}
          allowClear
          placeholder={t('admin.work.searchPlaceholder')}
          aria-label={t('admin.work.search')}
          enterButton={t('admin.work.search')}
          onSearch={(value) => update({ q: value.trim() || undefined, page: undefined })}
          style={{ width: 360 }}
        />
        <Radio.Group
          aria-label={t('admin.work.stateFilter')}
          optionType="button"
          value={state}
          onChange={(event) =>
            update({ state: (event.target.value as string) || undefined, page: undefined })
          }
          options={[{ value: '', label: t('admin.work.allStates') }, ...states]}
        />
        {warningFilter ? (
          <Radio.Group
            aria-label={t('admin.work.warningFilter')}
            optionType="button"
            value={warning}
            onChange={(event) =>
              update({ warning: (event.target.value as string) || undefined, page: undefined })
            }
            options={[
              { value: '', label: t('admin.work.allWarnings') },
              { value: 'normal', label: t('admin.work.warning.normal') },
              { value: 'yellow', label: t('admin.work.warning.yellow') },
              { value: 'red', label: t('admin.work.warning.red') },
            ]}
          />
        ) : null}
      </Space>
      {list.isError ? (
        <Alert type="error" showIcon role="alert" title={list.error.message} style={{ marginBottom: 16 }} />
      ) : null}
      <Table<CaseListItem>
        rowKey="id"
        columns={[...base, ...extra[columns]]}
        dataSource={rows}
        loading={list.isFetching}
        onRow={(row) => ({ onClick: () => navigate(WORK_PATHS.case(row.id)), style: { cursor: 'pointer' } })}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t('admin.work.total', { n: total }),
          onChange: (next) => update({ page: next > 1 ? String(next) : undefined }),
        }}
        locale={{ emptyText: empty }}
      />
    </>
  );
}
