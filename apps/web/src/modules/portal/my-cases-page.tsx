// 我的办件: the applicant's cases, newest first, with state, promised due date and the clock's warning; their
// 一件事 (bundle cases) above them, each one application with its members.
import type { MyBundleCaseItem } from '@msb/contracts';
import { Table } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../app/api.ts';
import { t } from '../../app/i18n.ts';
import { useMyBundleCases } from '../bundles/bundle-api.ts';
import { bundleStatusTone } from '../bundles/bundle-rules.ts';
import { type CaseListItem, useMyCases } from '../cases/case-api.ts';
import { formatDate, formatDateTime, hasRunningClock } from '../cases/case-format.ts';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { StateTag, ToneTag, WarningTag } from './case-tags.tsx';
import { QueryError } from './query-state.tsx';
import { RequireCitizen } from './require-citizen.tsx';

const PAGE_SIZE = 20;

/** 一件事: shown when the applicant has any. */
function MyBundleCases() {
  const query = useMyBundleCases();
  const items = query.data?.items ?? [];
  // a platform without 一件事 (404) simply has none to list
  if (query.isError && !(query.error instanceof ApiError && query.error.status === 404))
    return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (items.length === 0) return null;
  return (
    <section className="portal-panel case-block" aria-labelledby="my-bundles-caption">
      <h2 id="my-bundles-caption" className="portal-section-title">
        {t('bundle.mine.title')}
      </h2>
      <Table<MyBundleCaseItem>
        rowKey="id"
        dataSource={items}
        pagination={false}
        columns={[
          {
            key: 'bundle',
            title: t('bundle.mine.col.bundle'),
            render: (_, row) => <Link to={`/bundle-cases/${row.id}`}>{row.bundleName}</Link>,
          },
          {
            key: 'number',
            title: t('myCases.col.number'),
            render: (_, row) =>
              row.caseNumber ?? (
                <Link
                  to={`/bundle-cases/${row.id}`}
                  aria-label={t('text.labelValue', { label: t('case.continue'), value: row.bundleName })}
                >
                  {t('case.continue')}
                </Link>
              ),
          },
          {
            key: 'members',
            title: t('bundle.mine.col.members'),
            render: (_, row) => t('bundle.mine.memberCount', { n: row.memberCount }),
          },
          {
            key: 'state',
            title: t('myCases.col.state'),
            render: (_, row) => <ToneTag tone={bundleStatusTone(row.status)}>{row.statusLabel}</ToneTag>,
          },
          {
            key: 'due',
            title: t('myCases.col.due'),
            render: (_, row) => formatDate(row.promisedDue) || t('common.none'),
          },
          {
            key: 'warning',
            title: t('myCases.col.warning'),
            render: (_, row) =>
              row.status === 'in_progress' && row.warning ? (
                <WarningTag warning={row.warning} />
              ) : (
                t('common.none')
              ),
          },
        ]}
      />
    </section>
  );
}

function MyCases() {
  const [page, setPage] = useState(1);
  const query = useMyCases(page, PAGE_SIZE);
  return (
    <div className="portal-page">
      <h1 className="portal-page-title">{t('myCases.title')}</h1>
      <p>{t('myCases.intro')}</p>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      <MyBundleCases />
      <section className="portal-panel case-block" aria-labelledby="my-cases-caption">
        <h2 id="my-cases-caption" className="msb-visually-hidden">
          {t('myCases.caption')}
        </h2>
        <Table<CaseListItem>
          rowKey="id"
          loading={query.isPending}
          dataSource={query.data?.items ?? []}
          locale={{
            emptyText: (
              <p>
                {t('myCases.empty')} <Link to="/search">{t('myCases.search')}</Link>
              </p>
            ),
          }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: query.data?.total ?? 0,
            onChange: setPage,
            showTotal: (n) => t('myCases.total', { n }),
            hideOnSinglePage: true,
            'aria-label': t('myCases.pagination'),
          }}
          columns={[
            {
              key: 'item',
              title: t('myCases.col.item'),
              render: (_, row) => <Link to={`/cases/${row.id}`}>{row.itemName}</Link>,
            },
            {
              key: 'number',
              title: t('myCases.col.number'),
              render: (_, row) =>
                row.caseNumber ?? (
                  <Link
                    to={`/cases/${row.id}`}
                    aria-label={t('text.labelValue', { label: t('case.continue'), value: row.itemName })}
                  >
                    {t('case.continue')}
                  </Link>
                ),
            },
            {
              key: 'state',
              title: t('myCases.col.state'),
              render: (_, row) => <StateTag state={row.state} label={row.stateLabel} />,
            },
            {
              key: 'received',
              title: t('myCases.col.received'),
              render: (_, row) => formatDateTime(row.receivedAt) || t('common.none'),
            },
            {
              key: 'due',
              title: t('myCases.col.due'),
              render: (_, row) => formatDate(row.promisedDue) || t('common.none'),
            },
            {
              key: 'warning',
              title: t('myCases.col.warning'),
              render: (_, row) =>
                hasRunningClock(row) && row.promisedDue ? (
                  <span>
                    <WarningTag warning={row.warning} />
                    {row.remainingWorkdays !== null && t('myCases.remaining', { n: row.remainingWorkdays })}
                  </span>
                ) : (
                  t('common.none')
                ),
            },
          ]}
        />
      </section>
    </div>
  );
}

export function MyCasesPage() {
  useDocumentTitle(t('myCases.title'));
  return (
    <RequireCitizen>
      <MyCases />
    </RequireCitizen>
  );
}
