// The main query of a portal page: loading, 页面不存在 for the statuses that mean the thing is not there (or
// not the applicant's), a failure with 重试, then the page with the data.
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from '../../app/api.ts';
import { NotFoundPage } from './not-found-page.tsx';
import { QueryError, QueryLoading } from './query-state.tsx';

export function PageQuery<T>({
  query,
  notFound,
  notFoundStatuses,
  rows = 10,
  children,
}: {
  query: UseQueryResult<T>;
  /** what 页面不存在 says */
  notFound: string;
  notFoundStatuses: readonly number[];
  /** lines of the loading skeleton */
  rows?: number;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) {
    return (
      <div className="portal-page">
        <QueryLoading rows={rows} />
      </div>
    );
  }
  if (query.isError) {
    if (query.error instanceof ApiError && notFoundStatuses.includes(query.error.status)) {
      return <NotFoundPage message={notFound} />;
    }
    return (
      <div className="portal-page">
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      </div>
    );
  }
  return children(query.data);
}
