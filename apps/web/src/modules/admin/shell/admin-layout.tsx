// The desktop frame of the admin app: side menu (entries by role), header with the signed-in user and 退出,
// content.
import {
  ApartmentOutlined,
  AppstoreAddOutlined,
  AuditOutlined,
  BankOutlined,
  FileAddOutlined,
  LogoutOutlined,
  TeamOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import type { MenuProps } from 'antd';
import { App, Button, Layout, Menu, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { type MessageKey, t } from '../../../app/i18n.ts';
import { BUNDLE_ROLES } from '../bundles/bundle-roles.ts';
import { WORK_MENU } from '../workbench/workbench-menu.tsx';
import { ADMIN_ROLES, EDITOR_ROLES, hasAnyRole, useLogout, useMe } from './use-session.ts';

export interface MenuEntry {
  key: string;
  icon: ReactNode;
  label: MessageKey;
  /** shown only to these roles; every staff member sees the entry when absent */
  roles?: readonly string[];
}

const MENU: readonly MenuEntry[] = [
  { key: '/admin/catalog', icon: <UnorderedListOutlined aria-hidden />, label: 'admin.nav.catalog' },
  {
    key: '/admin/catalog/new',
    icon: <FileAddOutlined aria-hidden />,
    label: 'admin.nav.claim',
    roles: EDITOR_ROLES,
  },
  {
    key: '/admin/bundles',
    icon: <AppstoreAddOutlined aria-hidden />,
    label: 'admin.nav.bundles',
    roles: BUNDLE_ROLES,
  },
  { key: '/admin/scorecard', icon: <AuditOutlined aria-hidden />, label: 'admin.nav.scorecard' },
  { key: '/admin/orgs', icon: <BankOutlined aria-hidden />, label: 'admin.nav.orgs', roles: ADMIN_ROLES },
  {
    key: '/admin/regions',
    icon: <ApartmentOutlined aria-hidden />,
    label: 'admin.nav.regions',
    roles: ADMIN_ROLES,
  },
  { key: '/admin/users', icon: <TeamOutlined aria-hidden />, label: 'admin.nav.users', roles: ADMIN_ROLES },
];

/**
 * The longest entry the path lies under: /admin/catalog/new is 认领, /admin/catalog/<id> is 事项管理; a case
 * page (/admin/work/cases/<id>) belongs to no single desk, so nothing is selected there.
 */
function selectedKey(pathname: string): string {
  const matches = [...WORK_MENU, ...MENU].filter(
    (item) => pathname === item.key || pathname.startsWith(`${item.key}/`),
  );
  const fallback = pathname.startsWith('/admin/work/') ? '' : '/admin/catalog';
  return matches.sort((a, b) => b.key.length - a.key.length)[0]?.key ?? fallback;
}

const toItem = (item: MenuEntry) => ({
  key: item.key,
  icon: item.icon,
  label: <Link to={item.key}>{t(item.label)}</Link>,
});

/** 工作台 (by role) above the catalogue entries, which stay as they were. */
function menuItems(visible: (item: MenuEntry) => boolean): NonNullable<MenuProps['items']> {
  const work = WORK_MENU.filter(visible).map(toItem);
  const catalogue = MENU.filter(visible).map(toItem);
  if (work.length === 0) return catalogue;
  return [
    { type: 'group', key: 'work', label: t('admin.nav.workGroup'), children: work },
    { type: 'group', key: 'catalogue', label: t('admin.nav.catalogGroup'), children: catalogue },
  ];
}

export function AdminLayout({ children }: { children: ReactNode }) {
  const me = useMe();
  const logout = useLogout();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { pathname } = useLocation();
  const selected = selectedKey(pathname);
  const items = menuItems((item) => !item.roles || hasAnyRole(me.data, item.roles));

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
        <Link to="/admin/" style={{ color: '#fff', fontSize: 18, fontWeight: 600, whiteSpace: 'nowrap' }}>
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
              selectedKeys={selected ? [selected] : []}
              style={{ borderInlineEnd: 0 }}
              items={items}
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
