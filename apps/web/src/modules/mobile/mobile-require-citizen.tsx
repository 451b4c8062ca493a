// Phone pages of a signed-in citizen or enterprise: nobody signed in → the phone login page, with the way back.
import { NoticeBar } from 'antd-mobile';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { t } from '../../app/i18n.ts';
import { usePublicSession } from '../cases/case-api.ts';
import { MobileError, MobileLoading } from './mobile-query-state.tsx';

export function MobileRequireCitizen({ children }: { children: ReactNode }) {
  const session = usePublicSession();
  const location = useLocation();
  if (session.isPending) return <MobileLoading />;
  if (session.isError) return <MobileError error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data) {
    return (
      <Navigate
        to={`/m/login?next=${encodeURIComponent(`${location.pathname}${location.search}`)}`}
        replace
      />
    );
  }
  if (session.data.kind !== 'public') {
    return (
      <div className="m-page">
        <NoticeBar color="alert" wrap content={t('account.staffNotCitizen')} />
      </div>
    );
  }
  return <>{children}</>;
}
