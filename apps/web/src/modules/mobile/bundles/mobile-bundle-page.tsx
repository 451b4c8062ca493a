// /m/bundles/:id — one 一件事 on the phone: what it is, then 情形引导 in three steps (the bundle's questions,
// the chosen members' own situations, the personalised 一次告知单 with its PDF) and 在线申请, which creates
// the bundle case and opens its one application. The answers travel in the address (?answers=).
import type { BundleAnswers, BundleDetailView } from '@msb/contracts';
import { Button, NoticeBar, Steps } from 'antd-mobile';
import { useParams, useSearchParams } from 'react-router';
import { t } from '../../../app/i18n.ts';
import { answersFromParam } from '../../bundles/bundle-answers.ts';
import { useBundle } from '../../bundles/bundle-api.ts';
import { itemNames } from '../../bundles/bundle-texts.ts';
import {
  GUIDE_STEP_KEYS,
  outputModeNames,
  useBundleGuide,
  useStartBundleCase,
} from '../../bundles/use-bundle-guide.ts';
import { formatLimit } from '../../shared/guide-format.ts';
import { useDocumentTitle } from '../../shared/use-document-title.ts';
import { stepTitle } from '../../shared/use-step-focus.ts';
import { MobileCard, MobileFacts } from '../mobile-detail-panels.tsx';
import { MobileError, MobileLoading, MobilePageQuery } from '../mobile-query-state.tsx';
import { MobileSituationQuestions } from '../mobile-situations.tsx';
import { MobileBundleNotice } from './mobile-bundle-notice.tsx';

function Apply({ detail, answers }: { detail: BundleDetailView; answers: BundleAnswers }) {
  const { start, signedIn, pending, error } = useStartBundleCase(detail, answers, {
    prefix: '/m',
    channel: 'phone',
  });
  return (
    <MobileCard id="m-bundle-apply" title={t('bundle.apply.title')} className="m-apply">
      <p className="m-text">{t('bundle.apply.intro')}</p>
      {error && (
        <p className="m-field-errors" role="alert">
          {error.message}
        </p>
      )}
      <Button block color="primary" loading={pending} onClick={start}>
        {signedIn ? t('bundle.apply.online') : t('apply.loginFirst')}
      </Button>
    </MobileCard>
  );
}

function Guide({ detail, initial }: { detail: BundleDetailView; initial: BundleAnswers | null }) {
  const guide = useBundleGuide(detail, initial);
  const { step, go, plan } = guide;
  return (
    <>
      <Steps current={step} className="m-steps" aria-label={t('bundle.guide.steps')}>
        {GUIDE_STEP_KEYS.map((key) => (
          <Steps.Step key={key} title={t(key)} />
        ))}
      </Steps>
      <section className="m-card" aria-labelledby="m-bundle-step">
        <h2 id="m-bundle-step" ref={guide.heading} tabIndex={-1} className="m-section-title">
          {stepTitle(GUIDE_STEP_KEYS, step)}
        </h2>
        {guide.unanswered && (
          <div role="alert">
            <NoticeBar color="alert" wrap content={t('bundle.guide.unanswered')} />
          </div>
        )}
        {step === 0 && (
          <>
            <p className="m-note">{t('bundle.guide.questionsIntro')}</p>
            <MobileSituationQuestions {...guide.bundleQuestions} />
            <p aria-live="polite" className="m-text">
              {guide.selectedNote}
            </p>
          </>
        )}
        {step === 1 &&
          (guide.asked.length === 0 ? (
            <p className="m-text">{t('bundle.guide.noMemberQuestions')}</p>
          ) : (
            <>
              <p className="m-note">{t('bundle.guide.membersIntro')}</p>
              {guide.asked.map((m) => (
                <section key={m.key} aria-labelledby={`m-member-${m.key}`}>
                  <h3 id={`m-member-${m.key}`} className="m-subtitle">
                    {m.itemName}
                  </h3>
                  <p className="m-note">{m.orgName}</p>
                  <MobileSituationQuestions {...guide.memberQuestions(m)} />
                </section>
              ))}
            </>
          ))}
        {step === 2 &&
          (plan.isPending ? (
            <MobileLoading />
          ) : plan.isError ? (
            guide.refusal ? (
              <div role="alert">
                <NoticeBar color="alert" wrap content={guide.refusal} />
              </div>
            ) : (
              <MobileError error={plan.error} onRetry={() => void plan.refetch()} />
            )
          ) : (
            <MobileBundleNotice plan={plan.data} pdfUrl={guide.pdfUrl} />
          ))}
      </section>
      <div className="m-actions">
        {step > 0 && <Button onClick={() => go(step - 1)}>{t('case.prev')}</Button>}
        {step < GUIDE_STEP_KEYS.length - 1 && (
          <Button color="primary" onClick={() => go(step + 1)}>
            {t('case.next')}
          </Button>
        )}
      </div>
      {guide.ready && <Apply detail={detail} answers={guide.sent} />}
    </>
  );
}

export default function MobileBundlePage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const query = useBundle(id);
  useDocumentTitle(query.data?.name);
  return (
    <MobilePageQuery query={query} notFound={t('bundle.notFound')}>
      {(detail) => (
        <div className="m-page">
          <h1 className="m-page-title">
            {detail.name}
            {detail.isDemo && <span className="msb-demo-tag">{t('common.demoTag')}</span>}
          </h1>
          <p className="m-text">{detail.summary}</p>
          <MobileFacts
            id="m-bundle-facts"
            title={detail.lifeStageLabel}
            rows={[
              [t('bundle.facts.lead'), detail.leadOrg.name],
              [t('bundle.facts.members'), itemNames(detail.members)],
              [t('bundle.facts.limit'), formatLimit(detail.promisedLimit)],
              [t('bundle.facts.outputWindow'), detail.outputWindow],
              [t('bundle.facts.outputModes'), outputModeNames(detail)],
            ]}
          />
          <Guide key={detail.id} detail={detail} initial={answersFromParam(params.get('answers'))} />
        </div>
      )}
    </MobilePageQuery>
  );
}
