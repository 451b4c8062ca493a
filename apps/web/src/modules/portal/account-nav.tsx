// The account corner of the portal header: 登录/注册, or 我的办件, 消息中心 with the unread count, the name
// and 退出 for a signed-in citizen or enterprise.
import { App, Badge, Button } from 'antd';
import { Link, NavLink, useNavigate } from 'react-router';
import { t } from '../../app/i18n.ts';
import { useLogout, usePublicSession, useUnreadCount } from '../cases/case-api.ts';

export function AccountNav() {
  const session = usePublicSession();
  const citizen = session.data?.kind === 'public' ? session.data : null;
  const unread = useUnreadCount(Boolean(citizen));
  const logout = useLogout();
  const navigate = useNavigate();
  const { message } = App.useApp();
  if (session.isPending) return null;
  if (!session.data) {
    return (
      <nav aria-label={t('account.nav')} className="portal-account">
        <Link to="/login">{t('account.login')}</Link>
        <Link to="/register">{t('account.register')}</Link>
      </nav>
    );
  }
  if (!citizen) {
    return (
      <nav aria-label={t('account.nav')} className="portal-account">
        <span>{t('account.staffSignedIn', { name: session.data.displayName })}</span>
        <a href="/admin/">{t('account.toWorkbench')}</a>
      </nav>
    );
  }
  const n = unread.data?.unread ?? 0;
  return (
    <nav aria-label={t('account.nav')} className="portal-account">
      <NavLink to="/my/cases">{t('account.myCases')}</NavLink>
      <NavLink to="/messages" aria-label={t('account.messagesUnread', { n })}>
        <Badge count={n} size="small" offset={[8, -2]}>
          <span className="portal-account-messages">{t('account.messages')}</span>
        </Badge>
      </NavLink>
      <span className="portal-account-name">{citizen.displayName}</span>
      <Button
        size="small"
        loading={logout.isPending}
        onClick={() =>
          logout.mutate(undefined, {
            onSuccess: () => {
              void message.success(t('account.loggedOut'));
              navigate('/');
            },
          })
        }
      >
        {t('account.logout')}
      </Button>
    </nav>
  );
}
