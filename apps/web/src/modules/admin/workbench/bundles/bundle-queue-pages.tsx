// The workbench's 一件事 desks (GET /api/bundle-cases/queue): 一件事窗口 (to accept once, correct once or
// refuse; 一件事收件 files one for a walk-in applicant), 一件事牵头 (the lead department sees every member's state and due date, to chase them) and 一件事出件
// (finished bundles, 一次领取/邮寄 of every member at once). Each row opens the bundle case page.
import { FileAddOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Table, type TableColumnsType, Typography } from 'antd';
import { useEffect } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { t } from '../../../../app/i18n.ts';
import { type BundleQueue, type BundleQueueItem, useBundleQueue } from '../../../bundles/bundle-api.ts';
import { bundleStatusTone } from '../../../bundles/bundle-rules.ts';
import { PageTitle } from '../../shell/admin-layout.tsx';
import { formatDateTime, ToneTag } from '../../shell/status-tag.tsx';
import { formatDate } from '../case-format.ts';
import { WarningTag } from '../case-tags.tsx';
import { WORK_PATHS } from '../workbench-roles.ts';
import { DeliverButton } from './bundle-deliver.tsx';
import { adminTone } from './bundle-desk.ts';
import { MemberDue, MemberState } from './bundle-members-table.tsx';

const PAGE_SIZE = 20;

/** Each member's state and due date, so the lead department sees whom to chase. */
function MembersOf({ members }: { members: BundleQueueItem['members'] }) {
  return (
    <ul style={{ margin: 0, paddingInlineStart: 16 }}>
      {members.map((m) => (
        <li key={m.key}>
          <Space size={4} wrap>
            <Link to={WORK_PATHS.case(m.caseId)}>{m.itemName}</Link>
            <MemberState member={m} members={members} />
            <MemberDue member={m} />
          </Space>
        </li>
      ))}
    </ul>
  );
}

function QueueTable({ queue, label, empty }: { queue: BundleQueue; label: string; empty: string }) {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const list = useBundleQueue(queue, page, PAGE_SIZE);
  const columns: TableColumnsType<BundleQueueItem> = [
    {
      title: t('admin.work.col.caseNumber'),
      key: 'number',
      render: (_, row) => (
        <Link to={WORK_PATHS.bundleCase(row.id)}>{row.caseNumber ?? t('admin.work.noNumber')}</Link>
      ),
    },
    { title: t('admin.bundle.col.bundle'), dataIndex: 'bundleName' },
    { title: t('admin.work.col.applicant'), dataIndex: 'applicantName' },
    {
      title: t('admin.work.col.state'),
      key: 'status',
      render: (_, row) => <ToneTag tone={adminTone(bundleStatusTone(row.status))}>{row.statusLabel}</ToneTag>,
    },
    ...(queue === 'window'
      ? [
          {
            title: t('admin.bundle.col.items'),
            key: 'items',
            render: (_: unknown, row: BundleQueueItem) =>
              row.members.map((m) => m.itemName).join(t('common.listSeparator')),
          },
          {
            title: t('admin.bundle.col.createdAt'),
            key: 'created',
            render: (_: unknown, row: BundleQueueItem) => formatDateTime(row.createdAt),
          },
        ]
      : [
          {
            title: t('admin.work.col.promisedDue'),
            key: 'due',
            render: (_: unknown, row: BundleQueueItem) => (
              <Space size={4} wrap>
                <span>{formatDate(row.promisedDue)}</span>
                {row.warning && row.status === 'in_progress' ? (
                  <WarningTag warning={row.warning} remaining={row.remainingWorkdays} />
                ) : null}
              </Space>
            ),
          },
          {
            title: t('admin.bundle.col.members'),
            key: 'members',
            render: (_: unknown, row: BundleQueueItem) => <MembersOf members={row.members} />,
          },
        ]),
    ...(queue === 'output'
      ? [
          {
            title: t('admin.bundle.col.action'),
            key: 'deliver',
            render: (_: unknown, row: BundleQueueItem) => (
              <DeliverButton
                bundleCaseId={row.id}
                label={t('admin.bundle.deliver.buttonOf', { number: row.caseNumber ?? row.bundleName })}
              />
            ),
          },
        ]
      : []),
  ];
  return (
    <>
      {list.isError ? (
        <Alert type="error" showIcon role="alert" title={list.error.message} style={{ marginBottom: 16 }} />
      ) : null}
      <Table<BundleQueueItem>
        rowKey="id"
        aria-label={label}
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        onRow={(row) => ({
          // a click on the row itself opens the case; not one on its links and buttons, nor one in a dialog
          // they opened (a portal: outside the row in the page, inside it for React's events)
          onClick: (event) => {
            const target = event.target as Element;
            if (!event.currentTarget.contains(target) || target.closest('a, button')) return;
            navigate(WORK_PATHS.bundleCase(row.id));
          },
          style: { cursor: 'pointer' },
        })}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t('admin.work.total', { n: total }),
          onChange: (next) => setParams(next > 1 ? { page: String(next) } : {}, { replace: true }),
        }}
        locale={{ emptyText: empty }}
      />
    </>
  );
}

function QueuePage({ queue }: { queue: BundleQueue }) {
  const navigate = useNavigate();
  const title = t(`admin.bundle.${queue}.title`);
  useEffect(() => {
    document.title = `${title} · ${t('admin.appName')}`;
  }, [title]);
  return (
    <>
      <PageTitle
        extra={
          queue === 'window' ? (
            <Button
              type="primary"
              icon={<FileAddOutlined aria-hidden />}
              onClick={() => navigate(WORK_PATHS.bundleIntake)}
            >
              {t('admin.bundle.file.start')}
            </Button>
          ) : null
        }
      >
        {title}
      </PageTitle>
      <Typography.Paragraph type="secondary">{t(`admin.bundle.${queue}.intro`)}</Typography.Paragraph>
      <QueueTable queue={queue} label={title} empty={t(`admin.bundle.${queue}.empty`)} />
    </>
  );
}

export const BundleWindowPage = () => <QueuePage queue="window" />;
export const BundleLeadPage = () => <QueuePage queue="lead" />;
export const BundleOutputPage = () => <QueuePage queue="output" />;
