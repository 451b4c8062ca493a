// 消息中心: the account's in-app messages, newest first; unread ones marked, one or all marked read.
import { Button, List, Pagination } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { t } from '../../app/i18n.ts';
import { useMarkAllMessagesRead, useMarkMessageRead, useMessages } from '../cases/case-api.ts';
import { formatDateTime } from '../cases/case-format.ts';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { ToneTag } from './case-tags.tsx';
import { QueryError } from './query-state.tsx';
import { RequireCitizen } from './require-citizen.tsx';

const PAGE_SIZE = 20;

function Messages() {
  const [page, setPage] = useState(1);
  const query = useMessages({ page, pageSize: PAGE_SIZE });
  const markRead = useMarkMessageRead();
  const markAll = useMarkAllMessagesRead();
  const unread = query.data?.unread ?? 0;
  return (
    <div className="portal-page">
      <h1 className="portal-page-title">{t('messages.title')}</h1>
      <div className="case-actions">
        <span role="status">{t('messages.unreadCount', { n: unread })}</span>
        <Button disabled={unread === 0} loading={markAll.isPending} onClick={() => markAll.mutate()}>
          {t('messages.markAllRead')}
        </Button>
      </div>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      <section className="portal-panel" aria-label={t('messages.title')}>
        <List
          loading={query.isPending}
          dataSource={query.data?.items ?? []}
          locale={{ emptyText: t('messages.empty') }}
          renderItem={(m) => (
            <List.Item
              className={m.readAt ? 'case-message' : 'case-message case-message-unread'}
              actions={[
                m.caseId ? (
                  <Link
                    key="open"
                    to={`/cases/${m.caseId}`}
                    onClick={() => !m.readAt && markRead.mutate(m.id)}
                  >
                    {t('messages.openCase')}
                  </Link>
                ) : null,
                !m.readAt ? (
                  <Button key="read" size="small" onClick={() => markRead.mutate(m.id)}>
                    {t('messages.markRead')}
                  </Button>
                ) : null,
              ].filter(Boolean)}
            >
              <div>
                <h2 className="case-message-title">
                  {!m.readAt && <ToneTag tone="danger">{t('messages.unread')}</ToneTag>}
                  {m.title}
                </h2>
                <p>{m.body}</p>
                <p className="case-help">
                  <time dateTime={m.createdAt}>{formatDateTime(m.createdAt)}</time>
                </p>
              </div>
            </List.Item>
          )}
        />
        {(query.data?.total ?? 0) > PAGE_SIZE && (
          <Pagination
            aria-label={t('messages.pagination')}
            current={page}
            pageSize={PAGE_SIZE}
            total={query.data?.total ?? 0}
            onChange={setPage}
          />
        )}
      </section>
    </div>
  );
}

export function MessagesPage() {
  useDocumentTitle(t('messages.title'));
  return (
    <RequireCitizen>
      <Messages />
    </RequireCitizen>
  );
}
