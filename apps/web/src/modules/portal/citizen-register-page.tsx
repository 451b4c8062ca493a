// 注册 of a citizen (自然人) or an enterprise (法人, by its operator). Shows plainly how far real-name
// verification goes on this platform (GET /api/real-name/mode): the checksum mode only checks the ID number's
// structure and check digit, so the page never claims the person was verified.
import { Alert, App, Button, Form, Input, Radio } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../app/api.ts';
import { type MessageKey, t } from '../../app/i18n.ts';
import { useRealNameMode, useRegisterCitizen, useRegisterEnterprise } from '../cases/case-api.ts';
import { MOBILE_PATTERN, safeNext } from '../cases/case-format.ts';
import { fieldProblemsOf } from '../cases/form-rules.ts';
import { useDocumentTitle } from '../shared/use-document-title.ts';

type Kind = 'person' | 'enterprise';
type Values = Record<string, string>;

const PERSON_FIELDS: [string, MessageKey][] = [
  ['name', 'register.name'],
  ['idNumber', 'register.idNumber'],
];
const ENTERPRISE_FIELDS: [string, MessageKey][] = [
  ['enterpriseName', 'register.enterpriseName'],
  ['creditCode', 'register.creditCode'],
  ['legalRepName', 'register.legalRepName'],
  ['legalRepIdNumber', 'register.legalRepIdNumber'],
  ['operatorName', 'register.operatorName'],
  ['operatorIdNumber', 'register.operatorIdNumber'],
];

export function CitizenRegisterPage() {
  useDocumentTitle(t('register.title'));
  const [params, setParams] = useSearchParams();
  const kind: Kind = params.get('kind') === 'enterprise' ? 'enterprise' : 'person';
  const next = safeNext(params.get('next'), '/my/cases');
  const navigate = useNavigate();
  const mode = useRealNameMode();
  const person = useRegisterCitizen();
  const enterprise = useRegisterEnterprise();
  const mutation = kind === 'person' ? person : enterprise;
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();

  const onError = (error: Error) => {
    const fields = error instanceof ApiError ? fieldProblemsOf(error.details) : [];
    form.setFields(fields.map((f) => ({ name: f.field, errors: [f.message] })));
  };
  const onSuccess = () => {
    void message.success(t('register.done'));
    navigate(next, { replace: true });
  };
  const onFinish = (v: Values) => {
    const common = { mobile: v.mobile?.trim() ?? '', password: v.password ?? '' };
    if (kind === 'person') {
      person.mutate(
        { ...common, name: v.name?.trim() ?? '', idNumber: v.idNumber?.trim() ?? '' },
        { onSuccess, onError },
      );
    } else {
      enterprise.mutate(
        {
          ...common,
          operatorName: v.operatorName?.trim() ?? '',
          operatorIdNumber: v.operatorIdNumber?.trim() ?? '',
          enterpriseName: v.enterpriseName?.trim() ?? '',
          creditCode: v.creditCode?.trim() ?? '',
          legalRepName: v.legalRepName?.trim() ?? '',
          legalRepIdNumber: v.legalRepIdNumber?.trim() ?? '',
        },
        { onSuccess, onError },
      );
    }
  };
  const required = (label: MessageKey) => [
    { required: true, whitespace: true, message: t('register.required', { label: t(label) }) },
  ];
  return (
    <div className="portal-page portal-narrow">
      <h1 className="portal-page-title">{t('register.title')}</h1>
      {mode.data && (
        <Alert
          type="info"
          showIcon
          className="portal-form-alert"
          title={t('register.realNameMode', { label: mode.data.label })}
          description={mode.data.description}
        />
      )}
      <section className="portal-panel">
        <Radio.Group
          aria-label={t('register.kindLabel')}
          optionType="button"
          buttonStyle="solid"
          value={kind}
          className="portal-register-kind"
          onChange={(e) => {
            const nextParams = new URLSearchParams(params);
            if (e.target.value === 'enterprise') nextParams.set('kind', 'enterprise');
            else nextParams.delete('kind');
            setParams(nextParams, { replace: true });
            mutation.reset();
          }}
          options={[
            { value: 'person', label: t('register.person') },
            { value: 'enterprise', label: t('register.enterprise') },
          ]}
        />
        {mutation.isError &&
          !(mutation.error instanceof ApiError && fieldProblemsOf(mutation.error.details).length) && (
            <Alert
              type="error"
              showIcon
              role="alert"
              className="portal-form-alert"
              title={mutation.error.message}
            />
          )}
        <Form<Values> key={kind} form={form} layout="vertical" onFinish={onFinish}>
          {(kind === 'person' ? PERSON_FIELDS : ENTERPRISE_FIELDS).map(([name, label]) => (
            <Form.Item key={name} label={t(label)} name={name} rules={required(label)}>
              <Input
                autoComplete={name === 'name' ? 'name' : 'off'}
                maxLength={name === 'enterpriseName' ? 100 : 32}
              />
            </Form.Item>
          ))}
          <Form.Item
            label={t('register.mobile')}
            name="mobile"
            rules={[
              ...required('register.mobile'),
              { pattern: MOBILE_PATTERN, message: t('register.mobileInvalid') },
            ]}
          >
            <Input autoComplete="tel" inputMode="tel" maxLength={11} />
          </Form.Item>
          <Form.Item
            label={t('register.password')}
            name="password"
            extra={t('register.passwordHelp')}
            rules={[...required('register.password'), { min: 10, message: t('register.passwordTooShort') }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            label={t('register.confirm')}
            name="confirm"
            dependencies={['password']}
            rules={[
              ...required('register.confirm'),
              ({ getFieldValue }) => ({
                validator: (_rule, value) =>
                  !value || getFieldValue('password') === value
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('register.confirmMismatch'))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={mutation.isPending}>
            {t('register.submit')}
          </Button>
        </Form>
        <p className="portal-form-footer">
          <Link to={`/login?next=${encodeURIComponent(next)}`}>{t('register.haveAccount')}</Link>
        </p>
      </section>
    </div>
  );
}
