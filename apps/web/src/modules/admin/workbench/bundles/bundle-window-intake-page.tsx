// /admin/work/bundle-window/intake — 一件事收件 for a walk-in applicant (issue 4 §3: one submission online or at
// the 一件事 window): find or record the applicant, pick the bundle of this window's region, walk through its
// 情形引导 with them (the personalised 一次告知单 to print), fill the one form, and 登记收件 — the bundle case
// is filed received now and opens on its page, where the materials are checked once and accepted once.
import type { BundleAnswers, BundlePlanView } from '@msb/contracts';
import { formatTimeLimit } from '@msb/contracts';
import { Alert, Button, Card, Radio, Steps, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { t } from '../../../../app/i18n.ts';
import { useBundle, useBundles } from '../../../bundles/bundle-api.ts';
import { BundleGuide } from '../../../portal/bundles/bundle-guide.tsx';
import { PageTitle } from '../../shell/admin-layout.tsx';
import { useMe } from '../../shell/use-session.ts';
import type { DeskApplicant } from '../desk-api.ts';
import { ApplicantStep, describeApplicant } from '../intake/applicant-step.tsx';
import { StepButtons } from '../intake/intake-fields.tsx';
import { WORK_PATHS } from '../workbench-roles.ts';
import { windowBundles } from './bundle-desk.ts';
import { BundleWindowApplication } from './bundle-window-application.tsx';

const STEP_KEYS = [
  'admin.work.intake.step.applicant',
  'admin.bundle.file.step.bundle',
  'admin.bundle.file.step.guide',
  'admin.bundle.file.step.form',
] as const;

/** The bundles this window may file for the applicant, one to pick. */
function BundleStep({
  kind,
  value,
  onChange,
}: {
  kind: DeskApplicant['kind'];
  value: string | null;
  onChange: (bundleId: string) => void;
}) {
  const me = useMe();
  const regionCode = me.data?.regionCode ?? null;
  const list = useBundles(regionCode ?? '', kind);
  const offered = windowBundles(list.data ?? [], { regionCode }, kind);
  if (list.isError) return <Alert type="error" showIcon role="alert" title={list.error.message} />;
  if (!list.isPending && offered.length === 0)
    return <Typography.Paragraph>{t('admin.bundle.file.none')}</Typography.Paragraph>;
  return (
    <Radio.Group
      aria-label={t('admin.bundle.file.step.bundle')}
      value={value ?? undefined}
      onChange={(event) => onChange(String(event.target.value))}
      style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
      options={offered.map((b) => ({
        value: b.id,
        label: t('admin.bundle.file.option', {
          name: b.name,
          stage: b.lifeStageLabel,
          lead: b.leadOrg.name,
          n: b.memberCount,
          limit: formatTimeLimit(b.promisedLimit),
        }),
      }))}
    />
  );
}

export default function BundleWindowIntakePage() {
  const navigate = useNavigate();
  const [step, setStep] = useState(0);
  const [applicant, setApplicant] = useState<DeskApplicant | null>(null);
  const [bundleId, setBundleId] = useState<string | null>(null);
  const [guided, setGuided] = useState<{ answers: BundleAnswers; plan: BundlePlanView } | null>(null);
  const detail = useBundle(bundleId ?? undefined);
  const title = t('admin.bundle.file.title');
  useEffect(() => {
    document.title = `${title} · ${t('admin.appName')}`;
  }, [title]);

  const pickApplicant = (next: DeskApplicant | null) => {
    setApplicant(next);
    setBundleId(null);
    setGuided(null);
  };
  const pickBundle = (next: string) => {
    setBundleId(next);
    setGuided(null);
  };

  return (
    <>
      <PageTitle extra={<Link to={WORK_PATHS.bundleWindow}>{t('admin.bundle.file.backToQueue')}</Link>}>
        {title}
      </PageTitle>
      <Typography.Paragraph type="secondary">{t('admin.bundle.file.intro')}</Typography.Paragraph>
      <Steps
        current={step}
        items={STEP_KEYS.map((key) => ({ title: t(key) }))}
        style={{ marginBottom: 24 }}
      />
      <Card>
        {applicant && step > 0 ? (
          <Typography.Paragraph>
            {t('admin.work.applicant.chosen', { who: describeApplicant(applicant) })}
            {detail.data && step > 1 ? t('admin.bundle.file.chosenBundle', { name: detail.data.name }) : ''}
          </Typography.Paragraph>
        ) : null}
        {step === 0 ? (
          <>
            <ApplicantStep value={applicant} onChange={pickApplicant} />
            <StepButtons nextDisabled={!applicant} onNext={() => setStep(1)} />
          </>
        ) : null}
        {step === 1 && applicant ? (
          <>
            <BundleStep kind={applicant.kind} value={bundleId} onChange={pickBundle} />
            <StepButtons nextDisabled={!detail.data} onPrev={() => setStep(0)} onNext={() => setStep(2)} />
          </>
        ) : null}
        {step === 2 && detail.data ? (
          <>
            <BundleGuide
              key={detail.data.id}
              detail={detail.data}
              initial={guided?.answers ?? null}
              apply={(answers, plan) => (
                <Button
                  type="primary"
                  onClick={() => {
                    setGuided({ answers, plan });
                    setStep(3);
                  }}
                >
                  {t('admin.bundle.file.toForm')}
                </Button>
              )}
            />
            <Button style={{ marginTop: 16 }} onClick={() => setStep(1)}>
              {t('admin.bundle.file.otherBundle')}
            </Button>
          </>
        ) : null}
        {step === 3 && applicant && detail.data && guided ? (
          <BundleWindowApplication
            applicant={applicant}
            bundleId={detail.data.id}
            outputModes={detail.data.outputModes}
            plan={guided.plan}
            answers={guided.answers}
            onBack={() => setStep(2)}
            onFiled={(id) => navigate(WORK_PATHS.bundleCase(id))}
          />
        ) : null}
      </Card>
    </>
  );
}
