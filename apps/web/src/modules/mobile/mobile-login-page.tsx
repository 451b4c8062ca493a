// 登录 on the phone: mobile number and password, then back to where the citizen came from.
import { Button, Input, NoticeBar } from 'antd-mobile';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { t } from '../../app/i18n.ts';
import { useLogin } from '../cases/case-api.ts';
import { safeNext } from '../cases/case-format.ts';
import { useDocumentTitle } from '../shared/use-document-title.ts';

export default function MobileLoginPage() {
  useDocumentTitle(t('login.title'));
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'), '/m/my/cases');
  const navigate = useNavigate();
  const login = useLogin();
  const [mobile, setMobile] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!mobile.trim()) return setMissing(t('login.mobileRequired'));
    if (!password) return setMissing(t('login.passwordRequired'));
    setMissing(null);
    login.mutate(
      { username: mobile.trim(), password },
      { onSuccess: () => navigate(next, { replace: true }) },
    );
  };
  const problem = missing ?? (login.isError ? login.error.message : null);
  return (
    <div className="m-page">
      <h1 className="m-page-title">{t('login.title')}</h1>
      <p className="m-text">{t('login.intro')}</p>
      <form className="m-card m-plain-form" onSubmit={submit} noValidate>
        {problem && (
          <div role="alert">
            <NoticeBar color="alert" wrap content={problem} />
          </div>
        )}
        <label htmlFor="m-login-mobile" className="m-field-label">
          {t('login.mobile')}
        </label>
        <Input
          id="m-login-mobile"
          className="m-field-input"
          type="tel"
          inputMode="tel"
          autoComplete="username"
          maxLength={11}
          value={mobile}
          onChange={setMobile}
        />
        <label htmlFor="m-login-password" className="m-field-label">
          {t('login.password')}
        </label>
        <Input
          id="m-login-password"
          className="m-field-input"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
        />
        <Button block color="primary" type="submit" loading={login.isPending} className="m-form-submit">
          {t('login.submit')}
        </Button>
      </form>
      <p className="m-text">
        {t('login.noAccount')}{' '}
        <Link to={`/m/register?next=${encodeURIComponent(next)}`}>{t('login.registerPerson')}</Link>
      </p>
    </div>
  );
}
