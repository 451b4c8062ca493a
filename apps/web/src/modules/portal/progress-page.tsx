// 办件进度查询 without signing in: the case number (prefilled from ?no=, as the QR code on every notice
// links here) and the applicant's phone number.
import { Alert, Button, Descriptions, Form, Input, Timeline } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { t } from '../../app/i18n.ts';
import { useProgress } from '../cases/case-api.ts';
import { CASE_NUMBER_PATTERN, formatDate, formatDateTime, MOBILE_PATTERN } from '../cases/case-format.ts';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { StateTag } from './case-tags.tsx';
import { QueryLoading } from './query-state.tsx';

type Values = { caseNumber: string; mobile: string };

export function ProgressPage() {
  useDocumentTitle(t('progress.title'));
  const [params] = useSearchParams();
  const [asked, setAsked] = useState<Values | null>(null);
  const query = useProgress(asked?.caseNumber ?? '', asked?.mobile ?? '', asked !== null);
  const data = query.data;
  return (
    <div className="portal-page portal-narrow">
      <h1 className="portal-page-title">{t('progress.title')}</h1>
      <p>{t('progress.intro')}</p>
      <section className="portal-panel">
        <Form<Values>
          layout="vertical"
          initialValues={{ caseNumber: params.get('no') ?? '', mobile: '' }}
          onFinish={(v) => {
            const next = { caseNumber: v.caseNumber.trim(), mobile: v.mobile.trim() };
            if (asked && asked.caseNumber === next.caseNumber && asked.mobile === next.mobile)
              void query.refetch();
            else setAsked(next);
          }}
        >
          <Form.Item
            label={t('progress.caseNumber')}
            name="caseNumber"
            extra={t('progress.caseNumberHelp')}
            rules={[
              { required: true, pattern: CASE_NUMBER_PATTERN, message: t('progress.caseNumberInvalid') },
            ]}
          >
            <Input autoComplete="off" maxLength={30} />
          </Form.Item>
          <Form.Item
            label={t('progress.mobile')}
            name="mobile"
            rules={[{ required: true, pattern: MOBILE_PATTERN, message: t('progress.mobileInvalid') }]}
          >
            <Input autoComplete="tel" inputMode="tel" maxLength={11} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={query.isFetching}>
            {t('progress.submit')}
          </Button>
        </Form>
      </section>
      <div aria-live="polite">
        {asked && query.isPending && <QueryLoading rows={4} />}
        {query.isError && (
          <Alert type="error" showIcon role="alert" className="case-block" title={query.error.message} />
        )}
        {data && (
          <section aria-labelledby="progress-result" className="portal-panel case-block">
            <h2 id="progress-result" className="portal-section-title">
              {t('progress.result')}
            </h2>
            <Descriptions
              bordered
              size="small"
              column={1}
              items={[
                { key: 'number', label: t('case.number'), children: data.caseNumber },
                { key: 'item', label: t('case.item'), children: data.itemName },
                { key: 'dept', label: t('progress.department'), children: data.departmentName },
                { key: 'applicant', label: t('progress.applicant'), children: data.applicantName },
                {
                  key: 'state',
                  label: t('case.state'),
                  children: <StateTag state={data.state} label={data.stateLabel} />,
                },
                {
                  key: 'received',
                  label: t('case.receivedAt'),
                  children: formatDateTime(data.receivedAt) || t('common.none'),
                },
                {
                  key: 'accepted',
                  label: t('case.acceptedOn'),
                  children: formatDate(data.acceptedOn) || t('common.none'),
                },
                ...(data.clock
                  ? [{ key: 'due', label: t('case.promisedDue'), children: data.clock.promisedDue }]
                  : []),
              ]}
            />
            <h3 className="portal-subtitle case-block">{t('progress.steps')}</h3>
            <Timeline
              items={data.steps.map((s, i) => ({
                key: `${i}-${s.at}`,
                content: (
                  <p>
                    <time dateTime={s.at}>{formatDateTime(s.at)}</time>{' '}
                    {t('text.withNote', { text: s.actionLabel, note: s.stateLabel })}
                  </p>
                ),
              }))}
            />
          </section>
        )}
      </div>
    </div>
  );
}
