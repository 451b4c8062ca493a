// 登录 for citizens and enterprises (the mobile number is the login name), then back to where they came from.
import { Alert, App, Button, Form, Input } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { t } from '../../app/i18n.ts';
import { useLogin } from '../cases/case-api.ts';
import { safeNext } from '../cases/case-format.ts';
import { useDocumentTitle } from '../shared/use-document-title.ts';

type LoginValues = { username: string; password: string };

export function CitizenLoginPage() {
  useDocumentTitle(t('login.title'));
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'), '/my/cases');
  const navigate = useNavigate();
  const login = useLogin();
  const { message } = App.useApp();
  const onFinish = (values: LoginValues) =>
    login.mutate(
      { username: values.username.trim(), password: values.password },
      {
        onSuccess: (result) => {
          void message.success(t('login.welcome', { name: result.actor.displayName }));
          navigate(next, { replace: true });
        },
      },
    );
  return (
    <div className="portal-page portal-narrow">
      <h1 className="portal-page-title">{t('login.title')}</h1>
      <p>{t('login.intro')}</p>
      <section className="portal-panel">
        {login.isError && (
          <Alert
            type="error"
            showIcon
            role="alert"
            className="portal-form-alert"
            title={login.error.message}
          />
        )}
        <Form<LoginValues> layout="vertical" onFinish={onFinish} requiredMark={false}>
          <Form.Item
            label={t('login.mobile')}
            name="username"
            rules={[{ required: true, whitespace: true, message: t('login.mobileRequired') }]}
          >
            <Input autoComplete="username" inputMode="tel" maxLength={11} />
          </Form.Item>
          <Form.Item
            label={t('login.password')}
            name="password"
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending}>
            {t('login.submit')}
          </Button>
        </Form>
        <p className="portal-form-footer">
          {t('login.noAccount')}
          <Link to={`/register?next=${encodeURIComponent(next)}`}>{t('login.registerPerson')}</Link>
          {' · '}
          <Link to={`/register?kind=enterprise&next=${encodeURIComponent(next)}`}>
            {t('login.registerEnterprise')}
          </Link>
        </p>
      </section>
    </div>
  );
}
