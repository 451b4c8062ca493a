// 个人注册 on the phone (enterprises register on the PC portal), showing plainly how far real-name
// verification goes on this platform.
import { Button, Input, NoticeBar } from 'antd-mobile';
import { type FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../app/api.ts';
import { type MessageKey, t } from '../../app/i18n.ts';
import { useRealNameMode, useRegisterCitizen } from '../cases/case-api.ts';
import { MOBILE_PATTERN, safeNext } from '../cases/case-format.ts';
import { fieldProblemsOf } from '../cases/form-rules.ts';
import { useDocumentTitle } from '../shared/use-document-title.ts';

const FIELDS: { name: 'name' | 'idNumber' | 'mobile' | 'password'; label: MessageKey; type?: string }[] = [
  { name: 'name', label: 'register.name' },
  { name: 'idNumber', label: 'register.idNumber' },
  { name: 'mobile', label: 'register.mobile', type: 'tel' },
  { name: 'password', label: 'register.password', type: 'password' },
];

export default function MobileRegisterPage() {
  useDocumentTitle(t('register.title'));
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'), '/m/my/cases');
  const navigate = useNavigate();
  const mode = useRealNameMode();
  const register = useRegisterCitizen();
  const [values, setValues] = useState({ name: '', idNumber: '', mobile: '', password: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    for (const f of FIELDS) {
      if (!values[f.name].trim()) found[f.name] = t('register.required', { label: t(f.label) });
    }
    if (values.mobile && !MOBILE_PATTERN.test(values.mobile.trim()))
      found.mobile = t('register.mobileInvalid');
    if (values.password && values.password.length < 10) found.password = t('register.passwordTooShort');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    register.mutate(
      {
        name: values.name.trim(),
        idNumber: values.idNumber.trim(),
        mobile: values.mobile.trim(),
        password: values.password,
      },
      {
        onSuccess: () => navigate(next, { replace: true }),
        onError: (error) => {
          const fields = error instanceof ApiError ? fieldProblemsOf(error.details) : [];
          setErrors(Object.fromEntries(fields.map((f) => [f.field, f.message])));
        },
      },
    );
  };
  return (
    <div className="m-page">
      <h1 className="m-page-title">{t('register.person')}</h1>
      {mode.data && (
        <NoticeBar
          color="info"
          wrap
          content={t('text.labelValue', {
            label: t('register.realNameMode', { label: mode.data.label }),
            value: mode.data.description,
          })}
        />
      )}
      <form className="m-card m-plain-form" onSubmit={submit} noValidate>
        {register.isError && Object.keys(errors).length === 0 && (
          <div role="alert">
            <NoticeBar color="alert" wrap content={register.error.message} />
          </div>
        )}
        {FIELDS.map((f) => (
          <div key={f.name} className={`m-field${errors[f.name] ? ' m-field-error' : ''}`}>
            <label htmlFor={`m-reg-${f.name}`} className="m-field-label">
              {t(f.label)}
            </label>
            <Input
              id={`m-reg-${f.name}`}
              className="m-field-input"
              type={f.type ?? 'text'}
              value={values[f.name]}
              onChange={(v) => setValues({ ...values, [f.name]: v })}
            />
            {f.name === 'password' && <p className="m-field-help">{t('register.passwordHelp')}</p>}
            {errors[f.name] && (
              <p className="m-field-errors" role="alert">
                {errors[f.name]}
              </p>
            )}
          </div>
        ))}
        <Button block color="primary" type="submit" loading={register.isPending} className="m-form-submit">
          {t('register.submit')}
        </Button>
      </form>
    </div>
  );
}
