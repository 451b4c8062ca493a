// Loading and error states of a query on the phone, announced to screen readers.
import type { UseQueryResult } from '@tanstack/react-query';
import { Button, DotLoading, ErrorBlock } from 'antd-mobile';
import type { ReactNode } from 'react';
import { t } from '../../app/i18n.ts';

export function MobileLoading() {
  return (
    <div role="status" className="m-loading">
      <DotLoading color="primary" />
      <span>{t('common.loading')}</span>
    </div>
  );
}

export function MobileError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  return (
    <ErrorBlock status="default" title={t('common.loadFailed', { message: error.message })} description="">
      <Button size="small" onClick={onRetry}>
        {t('common.retry')}
      </Button>
    </ErrorBlock>
  );
}

export function MobileQueryState<T>({
  query,
  children,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <MobileLoading />;
  if (query.isError) return <MobileError error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}

/**
 * A page's main query on the phone: loading, then the page with the data, or the page titled with what is
 * not found (`notFound`) and, when loading failed, the failure with 重试.
 */
export function MobilePageQuery<T>({
  query,
  notFound,
  children,
}: {
  query: UseQueryResult<T>;
  notFound: string;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <MobileLoading />;
  if (query.isError || query.data === undefined) {
    return (
      <div className="m-page">
        <h1 className="m-page-title">{notFound}</h1>
        {query.isError && <MobileError error={query.error} onRetry={() => void query.refetch()} />}
      </div>
    );
  }
  return children(query.data);
}
