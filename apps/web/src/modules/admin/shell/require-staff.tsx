// Route guard: nobody signed in (401 from /api/auth/me) → the login page, with the way back.
import { Alert, Button, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { t } from '../../../app/i18n.ts';
import { isUnauthenticated, useMe } from './use-session.ts';

export function RequireStaff({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) {
    return (
      <div role="status" style={{ padding: 48, textAlign: 'center' }}>
        <Spin />
        <span style={{ marginLeft: 8 }}>{t('admin.common.loading')}</span>
      </div>
    );
  }
  if (me.isError) {
    if (isUnauthenticated(me.error)) {
      const next = `${location.pathname}${location.search}`;
      return <Navigate to={`/admin/login?next=${encodeURIComponent(next)}`} replace />;
    }
    return (
      <main style={{ padding: 48 }}>
        <Alert
          type="error"
          showIcon
          title={t('admin.common.loadFailed')}
          description={me.error.message}
          action={<Button onClick={() => void me.refetch()}>{t('admin.common.retry')}</Button>}
        />
      </main>
    );
  }
  return children;
}
