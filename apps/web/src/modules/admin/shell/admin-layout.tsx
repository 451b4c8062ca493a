// The desktop frame of the admin app: side menu, header with the signed-in user and 退出, content.
import { AuditOutlined, LogoutOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { App, Button, Layout, Menu, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { t } from '../../../app/i18n.ts';
import { useLogout, useMe } from './use-session.ts';

const MENU = [
  { key: '/admin/catalog', icon: <UnorderedListOutlined aria-hidden />, label: 'admin.nav.catalog' },
  { key: '/admin/scorecard', icon: <AuditOutlined aria-hidden />, label: 'admin.nav.scorecard' },
] as const;

export function AdminLayout({ children }: { children: ReactNode }) {
  const me = useMe();
  const logout = useLogout();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { pathname } = useLocation();
  const selected = MENU.find((item) => pathname.startsWith(item.key))?.key ?? '/admin/catalog';

  const onLogout = () => {
    logout.mutate(undefined, {
      onSuccess: () => void message.success(t('admin.logout.done')),
      onSettled: () => navigate('/admin/login', { replace: true }),
    });
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{ display: 'flex', alignItems: 'center', gap: 16, background: '#001529', paddingInline: 24 }}
      >
        <Link
          to="/admin/catalog"
          style={{ color: '#fff', fontSize: 18, fontWeight: 600, whiteSpace: 'nowrap' }}
        >
          {t('admin.appName')}
        </Link>
        <div style={{ flex: 1 }} />
        {me.data ? (
          <Space size="middle" wrap={false}>
            <span style={{ color: '#fff' }} data-testid="admin-user">
              {me.data.displayName}
            </span>
            <span>
              {me.data.roleLabels.map((label) => (
                <Tag key={label} style={{ color: '#fff', background: 'transparent', borderColor: '#8c9bab' }}>
                  {label}
                </Tag>
              ))}
            </span>
            <Button icon={<LogoutOutlined aria-hidden />} onClick={onLogout} loading={logout.isPending} ghost>
              {t('admin.logout')}
            </Button>
          </Space>
        ) : null}
      </Layout.Header>
      <Layout>
        <Layout.Sider width={208} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
          <nav aria-label={t('admin.nav.label')}>
            <Menu
              mode="inline"
              selectedKeys={[selected]}
              style={{ borderInlineEnd: 0 }}
              items={MENU.map((item) => ({
                key: item.key,
                icon: item.icon,
                label: <Link to={item.key}>{t(item.label)}</Link>,
              }))}
            />
          </nav>
        </Layout.Sider>
        {/* Layout.Content renders the <main> landmark */}
        <Layout.Content style={{ padding: 24, minWidth: 0 }}>{children}</Layout.Content>
      </Layout>
    </Layout>
  );
}

export function PageTitle({ children, extra }: { children: ReactNode; extra?: ReactNode }) {
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 16, marginBottom: 16, flexWrap: 'wrap' }}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {children}
      </Typography.Title>
      <div style={{ flex: 1 }} />
      {extra}
    </div>
  );
}
