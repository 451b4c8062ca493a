// /m/bundles/:id — one 一件事 on the phone: what it is, then 情形引导 in three steps (the bundle's questions,
// the chosen members' own situations, the personalised 一次告知单 with its PDF) and 在线申请, which creates
// the bundle case and opens its one application. The answers travel in the address (?answers=).
import { BUNDLE_OUTPUT_LABELS, type BundleAnswers, type BundleDetailView } from '@msb/contracts';
import { Button, NoticeBar, Steps } from 'antd-mobile';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../../app/api.ts';
import { t } from '../../../app/i18n.ts';
import { answersFromParam, answersParam } from '../../bundles/bundle-answers.ts';
import { noticePdfUrl, useBundle, useBundlePlan, useCreateBundleCase } from '../../bundles/bundle-api.ts';
import {
  allAnswered,
  answersToSend,
  EMPTY_ANSWERS,
  guideComplete,
  memberNames,
  selectedMembers,
} from '../../bundles/bundle-rules.ts';
import { newIdempotencyKey, usePublicSession } from '../../cases/case-api.ts';
import { formatLimit } from '../../shared/guide-format.ts';
import { useDocumentTitle } from '../../shared/use-document-title.ts';
import { MobileError, MobileLoading } from '../mobile-query-state.tsx';
import { MobileSituationQuestions } from '../mobile-situations.tsx';
import { MobileBundleNotice } from './mobile-bundle-notice.tsx';

const STEP_KEYS = [
  'bundle.guide.step.questions',
  'bundle.guide.step.members',
  'bundle.guide.step.notice',
] as const;

function Apply({ detail, answers }: { detail: BundleDetailView; answers: BundleAnswers }) {
  const navigate = useNavigate();
  const session = usePublicSession();
  const create = useCreateBundleCase();
  const param = answersParam(answers);
  // one key per set of answers: a double tap creates one application, changed answers a new one
  const key = useMemo(() => (param ? newIdempotencyKey() : ''), [param]);
  const signedIn = session.data?.kind === 'public';
  const start = () => {
    if (!signedIn) {
      navigate(`/m/login?next=${encodeURIComponent(`/m/bundles/${detail.id}?answers=${param}`)}`);
      return;
    }
    create.mutate(
      { input: { bundleId: detail.id, answers, channel: 'phone' }, idempotencyKey: key },
      { onSuccess: (view) => navigate(`/m/bundle-cases/${view.id}`) },
    );
  };
  return (
    <section className="m-card m-apply" aria-labelledby="m-bundle-apply">
      <h2 id="m-bundle-apply" className="m-section-title">
        {t('bundle.apply.title')}
      </h2>
      <p className="m-text">{t('bundle.apply.intro')}</p>
      {create.isError && (
        <p className="m-field-errors" role="alert">
          {create.error.message}
        </p>
      )}
      <Button block color="primary" loading={create.isPending} onClick={start}>
        {signedIn ? t('bundle.apply.online') : t('apply.loginFirst')}
      </Button>
    </section>
  );
}

function Guide({ detail, initial }: { detail: BundleDetailView; initial: BundleAnswers | null }) {
  const [answers, setAnswers] = useState<BundleAnswers>(initial ?? EMPTY_ANSWERS);
  const [step, setStep] = useState(() => (initial && guideComplete(detail, initial) ? 2 : 0));
  const [unanswered, setUnanswered] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each step change, by design
  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = true;
  }, [step]);
  const selected = selectedMembers(detail, answers);
  const asked = selected.filter((m) => m.situations.length > 0);
  const sent = answersToSend(detail, answers);
  const plan = useBundlePlan(detail.id, sent, step === 2);
  const go = (to: number) => {
    const ready =
      to <= step ||
      (allAnswered(detail.questions, answers.bundle) && (to < 2 || guideComplete(detail, answers)));
    setUnanswered(!ready);
    if (ready) setStep(to);
  };
  return (
    <>
      <Steps current={step} className="m-steps" aria-label={t('bundle.guide.steps')}>
        {STEP_KEYS.map((key) => (
          <Steps.Step key={key} title={t(key)} />
        ))}
      </Steps>
      <section className="m-card" aria-labelledby="m-bundle-step">
        <h2 id="m-bundle-step" ref={heading} tabIndex={-1} className="m-section-title">
          {t('case.step.current', {
            n: step + 1,
            total: STEP_KEYS.length,
            name: t(STEP_KEYS[step] ?? 'bundle.guide.step.questions'),
          })}
        </h2>
        {unanswered && (
          <div role="alert">
            <NoticeBar color="alert" wrap content={t('bundle.guide.unanswered')} />
          </div>
        )}
        {step === 0 && (
          <>
            <p className="m-note">{t('bundle.guide.questionsIntro')}</p>
            <MobileSituationQuestions
              situations={detail.questions}
              value={answers.bundle}
              onChange={(bundle) => setAnswers({ ...answers, bundle })}
            />
            <p aria-live="polite" className="m-text">
              {selected.length > 0
                ? t('bundle.guide.selected', {
                    n: selected.length,
                    members: memberNames(
                      selected.map((m) => m.key),
                      detail.members,
                    ),
                  })
                : t('bundle.guide.selectedNone')}
            </p>
          </>
        )}
        {step === 1 &&
          (asked.length === 0 ? (
            <p className="m-text">{t('bundle.guide.noMemberQuestions')}</p>
          ) : (
            <>
              <p className="m-note">{t('bundle.guide.membersIntro')}</p>
              {asked.map((m) => (
                <section key={m.key} aria-labelledby={`m-member-${m.key}`}>
                  <h3 id={`m-member-${m.key}`} className="m-subtitle">
                    {m.itemName}
                  </h3>
                  <p className="m-note">{m.orgName}</p>
                  <MobileSituationQuestions
                    situations={m.situations}
                    value={answers.members[m.key] ?? {}}
                    onChange={(own) =>
                      setAnswers({ ...answers, members: { ...answers.members, [m.key]: own } })
                    }
                  />
                </section>
              ))}
            </>
          ))}
        {step === 2 &&
          (plan.isPending ? (
            <MobileLoading />
          ) : plan.isError ? (
            plan.error instanceof ApiError && plan.error.status === 422 ? (
              <div role="alert">
                <NoticeBar color="alert" wrap content={plan.error.message} />
              </div>
            ) : (
              <MobileError error={plan.error} onRetry={() => void plan.refetch()} />
            )
          ) : (
            <MobileBundleNotice plan={plan.data} pdfUrl={noticePdfUrl(detail.id, sent)} />
          ))}
      </section>
      <div className="m-actions">
        {step > 0 && <Button onClick={() => go(step - 1)}>{t('case.prev')}</Button>}
        {step < STEP_KEYS.length - 1 && (
          <Button color="primary" onClick={() => go(step + 1)}>
            {t('case.next')}
          </Button>
        )}
      </div>
      {step === 2 && plan.isSuccess && <Apply detail={detail} answers={sent} />}
    </>
  );
}

export default function MobileBundlePage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const query = useBundle(id);
  const detail = query.data;
  useDocumentTitle(detail?.name);
  if (query.isPending) return <MobileLoading />;
  if (query.isError || !detail) {
    return (
      <div className="m-page">
        <h1 className="m-page-title">{t('bundle.notFound')}</h1>
        {query.isError && <MobileError error={query.error} onRetry={() => void query.refetch()} />}
      </div>
    );
  }
  const facts: [string, string][] = [
    [t('bundle.facts.lead'), detail.leadOrg.name],
    [t('bundle.facts.members'), detail.members.map((m) => m.itemName).join(t('common.listSeparator'))],
    [t('bundle.facts.limit'), formatLimit(detail.promisedLimit)],
    [t('bundle.facts.outputWindow'), detail.outputWindow],
    [
      t('bundle.facts.outputModes'),
      detail.outputModes.map((m) => BUNDLE_OUTPUT_LABELS[m]).join(t('common.listSeparator')),
    ],
  ];
  return (
    <div className="m-page">
      <h1 className="m-page-title">
        {detail.name}
        {detail.isDemo && <span className="msb-demo-tag">{t('common.demoTag')}</span>}
      </h1>
      <p className="m-text">{detail.summary}</p>
      <section className="m-card" aria-labelledby="m-bundle-facts">
        <h2 id="m-bundle-facts" className="m-section-title">
          {detail.lifeStageLabel}
        </h2>
        <dl className="m-facts">
          {facts.map(([k, v]) => (
            <div key={k} className="m-fact">
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      </section>
      <Guide key={detail.id} detail={detail} initial={answersFromParam(params.get('answers'))} />
    </div>
  );
}
