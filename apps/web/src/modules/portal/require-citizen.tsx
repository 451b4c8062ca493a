// Pages of a signed-in citizen or enterprise: nobody signed in → the login page, with the way back.
import { Alert } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { t } from '../../app/i18n.ts';
import { usePublicSession } from '../cases/case-api.ts';
import { QueryError, QueryLoading } from './query-state.tsx';

export function RequireCitizen({ children }: { children: ReactNode }) {
  const session = usePublicSession();
  const location = useLocation();
  if (session.isPending) {
    return (
      <div className="portal-page">
        <QueryLoading rows={6} />
      </div>
    );
  }
  if (session.isError) {
    return (
      <div className="portal-page">
        <QueryError error={session.error} onRetry={() => void session.refetch()} />
      </div>
    );
  }
  if (!session.data) {
    const next = encodeURIComponent(`${location.pathname}${location.search}`);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  if (session.data.kind !== 'public') {
    return (
      <div className="portal-page">
        <Alert type="warning" showIcon title={t('account.staffNotCitizen')} />
      </div>
    );
  }
  return <>{children}</>;
}
