// 情形引导 of a 一件事 in three steps: the bundle's questions (which pick the members), the chosen members' own
// situations, and the personalised 一次告知单 (from the API's plan) with its PDF; then what the page offers
// with the answers (`apply`): 在线申请 on the portal's bundle page, the one form at the workbench's 一件事 window.
import type { BundleAnswers, BundleDetailView, BundlePlanView } from '@msb/contracts';
import { Alert, Button, Steps } from 'antd';
import type { ReactNode } from 'react';
import { t } from '../../../app/i18n.ts';
import { GUIDE_STEP_KEYS, useBundleGuide } from '../../bundles/use-bundle-guide.ts';
import { SituationQuestions } from '../case-choices.tsx';
import { QueryError, QueryLoading } from '../query-state.tsx';
import { BundleNotice } from './bundle-notice.tsx';
// the workbench shows it too, without the portal's own style sheets
import '../cases.css';
import { stepTitle } from '../../shared/use-step-focus.ts';

export function BundleGuide({
  detail,
  initial,
  apply,
}: {
  detail: BundleDetailView;
  initial: BundleAnswers | null;
  /** what follows the notice once it is shown: 在线申请 on the portal, the form at the 一件事 window */
  apply: (sent: BundleAnswers, plan: BundlePlanView) => ReactNode;
}) {
  const guide = useBundleGuide(detail, initial);
  const { step, go, plan } = guide;
  return (
    <>
      <Steps
        className="case-steps"
        aria-label={t('bundle.guide.steps')}
        current={step}
        onChange={go}
        items={GUIDE_STEP_KEYS.map((key) => ({ title: t(key) }))}
      />
      <section className="portal-panel case-step-panel" aria-labelledby="bundle-step-title">
        <h2 id="bundle-step-title" ref={guide.heading} tabIndex={-1} className="portal-section-title">
          {stepTitle(GUIDE_STEP_KEYS, step)}
        </h2>
        {guide.unanswered && (
          <Alert
            type="error"
            showIcon
            role="alert"
            className="case-block"
            title={t('bundle.guide.unanswered')}
          />
        )}
        {step === 0 && (
          <>
            <p>{t('bundle.guide.questionsIntro')}</p>
            <SituationQuestions {...guide.bundleQuestions} />
            <p aria-live="polite" className="bundle-selected">
              {guide.selectedNote}
            </p>
          </>
        )}
        {step === 1 &&
          (guide.asked.length === 0 ? (
            <p>{t('bundle.guide.noMemberQuestions')}</p>
          ) : (
            <>
              <p>{t('bundle.guide.membersIntro')}</p>
              {guide.asked.map((m) => (
                <section key={m.key} aria-labelledby={`member-${m.key}`} className="bundle-member-questions">
                  <h3 id={`member-${m.key}`} className="portal-subtitle">
                    {m.itemName}
                    <span className="case-help"> {m.orgName}</span>
                  </h3>
                  <SituationQuestions {...guide.memberQuestions(m)} />
                </section>
              ))}
            </>
          ))}
        {step === 2 &&
          (plan.isPending ? (
            <QueryLoading rows={8} />
          ) : plan.isError ? (
            guide.refusal ? (
              <Alert type="warning" showIcon role="alert" title={guide.refusal} />
            ) : (
              <QueryError error={plan.error} onRetry={() => void plan.refetch()} />
            )
          ) : (
            <BundleNotice plan={plan.data} pdfUrl={guide.pdfUrl} headingLevel={3} />
          ))}
      </section>
      <div className="case-actions">
        {step > 0 && <Button onClick={() => go(step - 1)}>{t('case.prev')}</Button>}
        {step < GUIDE_STEP_KEYS.length - 1 && (
          <Button type="primary" onClick={() => go(step + 1)}>
            {t('case.next')}
          </Button>
        )}
      </div>
      {guide.ready && plan.data ? apply(guide.sent, plan.data) : null}
    </>
  );
}
