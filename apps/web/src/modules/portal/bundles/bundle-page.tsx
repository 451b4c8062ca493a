// /bundles/:id — one 一件事: what it is, then 情形引导 in three steps: the bundle's questions (which pick the
// members), the chosen members' own situations, and the personalised 一次告知单 (from the API's plan) with
// its PDF and 在线申请, which creates the bundle case and opens its one application. The answers travel in
// the address (?answers=) so that signing in on the way does not lose them.
import { BUNDLE_OUTPUT_LABELS, type BundleAnswers, type BundleDetailView } from '@msb/contracts';
import { Alert, Breadcrumb, Button, Descriptions, Steps } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
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
import { SituationQuestions } from '../case-choices.tsx';
import { NotFoundPage } from '../not-found-page.tsx';
import { QueryError, QueryLoading } from '../query-state.tsx';
import { BundleNotice } from './bundle-notice.tsx';

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
  // one key per set of answers: a double click creates one application, changed answers a new one
  const key = useMemo(() => (param ? newIdempotencyKey() : ''), [param]);
  const signedIn = session.data?.kind === 'public';
  const start = () => {
    if (!signedIn) {
      navigate(`/login?next=${encodeURIComponent(`/bundles/${detail.id}?answers=${param}`)}`);
      return;
    }
    create.mutate(
      { input: { bundleId: detail.id, answers, channel: 'web' }, idempotencyKey: key },
      { onSuccess: (view) => navigate(`/bundle-cases/${view.id}`) },
    );
  };
  return (
    <section aria-labelledby="bundle-apply-title" className="portal-apply case-block">
      <h2 id="bundle-apply-title" className="portal-apply-title">
        {t('bundle.apply.title')}
      </h2>
      <p>{t('bundle.apply.intro')}</p>
      {create.isError && <Alert type="error" showIcon role="alert" title={create.error.message} />}
      <Button type="primary" size="large" loading={create.isPending} onClick={start}>
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
      <Steps
        className="case-steps"
        aria-label={t('bundle.guide.steps')}
        current={step}
        onChange={go}
        items={STEP_KEYS.map((key) => ({ title: t(key) }))}
      />
      <section className="portal-panel case-step-panel" aria-labelledby="bundle-step-title">
        <h2 id="bundle-step-title" ref={heading} tabIndex={-1} className="portal-section-title">
          {t('case.step.current', {
            n: step + 1,
            total: STEP_KEYS.length,
            name: t(STEP_KEYS[step] ?? 'bundle.guide.step.questions'),
          })}
        </h2>
        {unanswered && (
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
            <SituationQuestions
              situations={detail.questions}
              value={answers.bundle}
              onChange={(bundle) => setAnswers({ ...answers, bundle })}
            />
            <p aria-live="polite" className="bundle-selected">
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
            <p>{t('bundle.guide.noMemberQuestions')}</p>
          ) : (
            <>
              <p>{t('bundle.guide.membersIntro')}</p>
              {asked.map((m) => (
                <section key={m.key} aria-labelledby={`member-${m.key}`} className="bundle-member-questions">
                  <h3 id={`member-${m.key}`} className="portal-subtitle">
                    {m.itemName}
                    <span className="case-help"> {m.orgName}</span>
                  </h3>
                  <SituationQuestions
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
            <QueryLoading rows={8} />
          ) : plan.isError ? (
            plan.error instanceof ApiError && plan.error.status === 422 ? (
              <Alert type="warning" showIcon role="alert" title={plan.error.message} />
            ) : (
              <QueryError error={plan.error} onRetry={() => void plan.refetch()} />
            )
          ) : (
            <BundleNotice plan={plan.data} pdfUrl={noticePdfUrl(detail.id, sent)} headingLevel={3} />
          ))}
      </section>
      <div className="case-actions">
        {step > 0 && <Button onClick={() => go(step - 1)}>{t('case.prev')}</Button>}
        {step < STEP_KEYS.length - 1 && (
          <Button type="primary" onClick={() => go(step + 1)}>
            {t('case.next')}
          </Button>
        )}
      </div>
      {step === 2 && plan.isSuccess && <Apply detail={detail} answers={sent} />}
    </>
  );
}

export default function BundlePage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const query = useBundle(id);
  const detail = query.data;
  useDocumentTitle(detail?.name);
  if (query.isPending) {
    return (
      <div className="portal-page">
        <QueryLoading rows={10} />
      </div>
    );
  }
  if (query.isError) {
    if (query.error instanceof ApiError && [400, 404].includes(query.error.status)) {
      return <NotFoundPage message={t('bundle.notFound')} />;
    }
    return (
      <div className="portal-page">
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      </div>
    );
  }
  if (!detail) return null;
  return (
    <div className="portal-page bundle-page">
      <Breadcrumb
        className="portal-breadcrumb"
        aria-label={t('portal.guide.breadcrumb')}
        items={[
          { key: 'home', title: <Link to="/">{t('nav.home')}</Link> },
          { key: 'bundles', title: <Link to="/bundles">{t('bundle.list.title')}</Link> },
          { key: 'bundle', title: <span aria-current="page">{detail.name}</span> },
        ]}
      />
      <h1 className="portal-page-title">
        {detail.name}
        {detail.isDemo && <span className="msb-demo-tag">{t('common.demoTag')}</span>}
      </h1>
      <p>{detail.summary}</p>
      <Descriptions
        className="case-block"
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'stage', label: t('bundle.facts.stage'), children: detail.lifeStageLabel },
          { key: 'lead', label: t('bundle.facts.lead'), children: detail.leadOrg.name },
          {
            key: 'members',
            label: t('bundle.facts.members'),
            children: detail.members.map((m) => m.itemName).join(t('common.listSeparator')),
          },
          { key: 'limit', label: t('bundle.facts.limit'), children: formatLimit(detail.promisedLimit) },
          { key: 'window', label: t('bundle.facts.outputWindow'), children: detail.outputWindow },
          {
            key: 'modes',
            label: t('bundle.facts.outputModes'),
            children: detail.outputModes.map((m) => BUNDLE_OUTPUT_LABELS[m]).join(t('common.listSeparator')),
          },
          { key: 'basis', label: t('bundle.facts.basis'), children: detail.basis, span: 'filled' },
        ]}
      />
      <div className="case-block">
        <Guide key={detail.id} detail={detail} initial={answersFromParam(params.get('answers'))} />
      </div>
    </div>
  );
}
