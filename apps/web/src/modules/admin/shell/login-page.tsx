// /admin/login: staff sign in; the server's message (401 wrong password, 423 locked, 429 too many tries)
// is shown as it is.
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useEffect } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { t } from '../../../app/i18n.ts';
import { useLogin, useMe } from './use-session.ts';

interface LoginValues {
  username: string;
  password: string;
}

/**
 * Only paths inside the admin app are followed after login, never another site; without one, /admin/ sends
 * each role to its own desk.
 */
function safeNext(next: string | null): string {
  return next?.startsWith('/admin/') && !next.startsWith('/admin/login') ? next : '/admin/';
}

export function LoginPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const me = useMe();
  const login = useLogin();
  const next = safeNext(params.get('next'));

  useEffect(() => {
    document.title = `${t('admin.login.title')} · ${t('admin.appName')}`;
  }, []);

  if (me.isSuccess) return <Navigate to={next} replace />;

  const onFinish = (values: LoginValues) => {
    login.mutate(values, { onSuccess: () => navigate(next, { replace: true }) });
  };

  return (
    <main
      style={{
        minHeight: '100vh',
        display: 'grid',
        placeItems: 'center',
        background: '#f0f2f5',
        padding: 16,
      }}
    >
      <Card style={{ width: 400, maxWidth: '100%' }}>
        <Typography.Title level={1} style={{ fontSize: 24, textAlign: 'center' }}>
          {t('admin.appName')}
        </Typography.Title>
        <Typography.Paragraph style={{ textAlign: 'center' }}>
          {t('admin.login.subtitle')}
        </Typography.Paragraph>
        {login.isError ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={login.error.message}
            style={{ marginBottom: 16 }}
          />
        ) : null}
        <Form<LoginValues>
          layout="vertical"
          onFinish={onFinish}
          requiredMark={false}
          aria-label={t('admin.login.title')}
        >
          <Form.Item
            label={t('admin.login.username')}
            name="username"
            rules={[{ required: true, whitespace: true, message: t('admin.login.usernameRequired') }]}
          >
            <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            label={t('admin.login.password')}
            name="password"
            rules={[{ required: true, message: t('admin.login.passwordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending}>
            {t('admin.login.submit')}
          </Button>
        </Form>
      </Card>
    </main>
  );
}
