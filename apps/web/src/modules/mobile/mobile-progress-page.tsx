// 办件进度查询 on the phone: where the QR code on every notice leads on a phone (?no= prefills the number).
import { Button, Input, NoticeBar, Steps } from 'antd-mobile';
import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { t } from '../../app/i18n.ts';
import { useProgress } from '../cases/case-api.ts';
import { CASE_NUMBER_PATTERN, formatDate, formatDateTime, MOBILE_PATTERN } from '../cases/case-format.ts';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { MobileLoading } from './mobile-query-state.tsx';
import { MobileStateTag } from './mobile-state-tag.tsx';

export default function MobileProgressPage() {
  useDocumentTitle(t('progress.title'));
  const [params] = useSearchParams();
  const [caseNumber, setCaseNumber] = useState(params.get('no') ?? '');
  const [mobile, setMobile] = useState('');
  const [errors, setErrors] = useState<{ caseNumber?: string; mobile?: string }>({});
  const [asked, setAsked] = useState<{ caseNumber: string; mobile: string } | null>(null);
  const query = useProgress(asked?.caseNumber ?? '', asked?.mobile ?? '', asked !== null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = {
      ...(CASE_NUMBER_PATTERN.test(caseNumber.trim()) ? {} : { caseNumber: t('progress.caseNumberInvalid') }),
      ...(MOBILE_PATTERN.test(mobile.trim()) ? {} : { mobile: t('progress.mobileInvalid') }),
    };
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const next = { caseNumber: caseNumber.trim(), mobile: mobile.trim() };
    if (asked && asked.caseNumber === next.caseNumber && asked.mobile === next.mobile) void query.refetch();
    else setAsked(next);
  };
  const data = query.data;
  return (
    <div className="m-page">
      <h1 className="m-page-title">{t('progress.title')}</h1>
      <p className="m-text">{t('progress.intro')}</p>
      <form className="m-card m-plain-form" onSubmit={submit} noValidate>
        <div className={`m-field${errors.caseNumber ? ' m-field-error' : ''}`}>
          <label htmlFor="m-progress-no" className="m-field-label">
            {t('progress.caseNumber')}
          </label>
          <Input
            id="m-progress-no"
            className="m-field-input"
            value={caseNumber}
            onChange={setCaseNumber}
            maxLength={30}
          />
          <p className="m-field-help">{errors.caseNumber ?? t('progress.caseNumberHelp')}</p>
        </div>
        <div className={`m-field${errors.mobile ? ' m-field-error' : ''}`}>
          <label htmlFor="m-progress-mobile" className="m-field-label">
            {t('progress.mobile')}
          </label>
          <Input
            id="m-progress-mobile"
            className="m-field-input"
            type="tel"
            inputMode="tel"
            maxLength={11}
            value={mobile}
            onChange={setMobile}
          />
          {errors.mobile && (
            <p className="m-field-errors" role="alert">
              {errors.mobile}
            </p>
          )}
        </div>
        <Button block color="primary" type="submit" loading={query.isFetching} className="m-form-submit">
          {t('progress.submit')}
        </Button>
      </form>
      <div aria-live="polite">
        {asked && query.isPending && <MobileLoading />}
        {query.isError && (
          <div role="alert">
            <NoticeBar color="alert" wrap content={query.error.message} />
          </div>
        )}
        {data && (
          <section className="m-card" aria-labelledby="m-progress-result">
            <h2 id="m-progress-result" className="m-section-title">
              {t('progress.result')}
            </h2>
            <dl className="m-facts">
              {(
                [
                  [t('case.number'), data.caseNumber],
                  [t('case.item'), data.itemName],
                  [t('progress.department'), data.departmentName],
                  [t('progress.applicant'), data.applicantName],
                  [t('case.receivedAt'), formatDateTime(data.receivedAt) || t('common.none')],
                  [t('case.acceptedOn'), formatDate(data.acceptedOn) || t('common.none')],
                  ...(data.clock ? [[t('case.promisedDue'), data.clock.promisedDue]] : []),
                ] as [string, string][]
              ).map(([k, v]) => (
                <div key={k} className="m-fact">
                  <dt>{k}</dt>
                  <dd>{v}</dd>
                </div>
              ))}
              <div className="m-fact">
                <dt>{t('case.state')}</dt>
                <dd>
                  <MobileStateTag state={data.state} label={data.stateLabel} />
                </dd>
              </div>
            </dl>
            <h3 className="m-subtitle">{t('progress.steps')}</h3>
            <Steps direction="vertical" current={data.steps.length - 1}>
              {data.steps.map((s) => (
                <Steps.Step
                  key={`${s.at}-${s.actionLabel}`}
                  title={s.actionLabel}
                  description={`${formatDateTime(s.at)} · ${s.stateLabel}`}
                />
              ))}
            </Steps>
          </section>
        )}
      </div>
    </div>
  );
}
