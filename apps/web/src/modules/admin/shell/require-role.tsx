// Route guard inside the workbench: a page meant for other roles says so instead of failing on a 403.
import { Result } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { t } from '../../../app/i18n.ts';
import { hasAnyRole, useMe } from './use-session.ts';

export function RequireRole({ roles, children }: { roles: readonly string[]; children: ReactNode }) {
  const me = useMe();
  if (!hasAnyRole(me.data, roles)) {
    return (
      <Result
        status="403"
        title={t('admin.forbidden.title')}
        subTitle={t('admin.forbidden.detail')}
        extra={<Link to="/admin/catalog">{t('admin.editor.backToList')}</Link>}
      />
    );
  }
  return children;
}
