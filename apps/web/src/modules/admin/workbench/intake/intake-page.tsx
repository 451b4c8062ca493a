// /admin/work/window/intake — 窗口收件: applicant → item → application (登记收件 creates the case, received
// now) → material checklist → 受理 / 一次性告知补正 / 不予受理, then print the receipt or the notice.
import { Button, Card, Form, Result, Space, Steps } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { t } from '../../../../app/i18n.ts';
import {
  type CaseDocumentKind,
  newIdempotencyKey,
  useCase,
  useCreateWindowCase,
} from '../../../cases/case-api.ts';
import { useItem } from '../../../shared/public-api.ts';
import { PageTitle } from '../../shell/admin-layout.tsx';
import type { ServerProblem } from '../../shell/server-problem.tsx';
import { DocumentButtons } from '../case/case-documents.tsx';
import type { DeskApplicant } from '../desk-api.ts';
import { toProblem } from '../problem-alert.tsx';
import { WORK_PATHS } from '../workbench-roles.ts';
import { ApplicantStep, describeApplicant } from './applicant-step.tsx';
import { ApplicationStep } from './application-step.tsx';
import { StepButtons } from './intake-fields.tsx';
import { type ApplicationValues, fieldName, situationAnswers, windowFormData } from './intake-input.ts';
import { type IntakeDecision, IntakePanel } from './intake-panel.tsx';
import { ItemStep } from './item-step.tsx';

const DOCUMENT_OF: Record<IntakeDecision, CaseDocumentKind | null> = {
  accept: 'receipt',
  request_correction: 'correction',
  refuse: 'refusal',
  resubmit: null,
};

export function IntakePage() {
  const navigate = useNavigate();
  const [step, setStep] = useState(0);
  const [applicant, setApplicant] = useState<DeskApplicant | null>(null);
  const [itemId, setItemId] = useState<string | null>(null);
  const [caseId, setCaseId] = useState<string | null>(null);
  const [decision, setDecision] = useState<IntakeDecision | null>(null);
  const [problem, setProblem] = useState<ServerProblem | null>(null);
  // one key per application: a retried click after a lost answer finds the case already made
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [form] = Form.useForm<ApplicationValues>();
  const item = useItem(itemId ?? undefined);
  const created = useCase(caseId ?? undefined);
  const create = useCreateWindowCase();

  useEffect(() => {
    document.title = `${t('admin.work.intake.title')} · ${t('admin.appName')}`;
  }, []);

  const restart = () => {
    setStep(0);
    setApplicant(null);
    setItemId(null);
    setCaseId(null);
    setDecision(null);
    setProblem(null);
    setIdempotencyKey(newIdempotencyKey());
    form.resetFields();
  };

  const submit = async (values: ApplicationValues) => {
    if (!applicant || !itemId) return;
    setProblem(null);
    try {
      const view = await create.mutateAsync({
        idempotencyKey,
        input: {
          implementationId: itemId,
          applicant:
            applicant.kind === 'person'
              ? { personId: applicant.person.id }
              : { enterpriseId: applicant.enterprise.id },
          contactMobile: values.contactMobile.trim(),
          formData: windowFormData(applicant.kind, values),
          situation: situationAnswers(values.situation),
          ...(values.deliveryPreference ? { deliveryPreference: values.deliveryPreference } : {}),
          ...(values.deliveryPreference === 'post' && values.postalAddress
            ? { postalAddress: values.postalAddress.trim() }
            : {}),
        },
      });
      setCaseId(view.id);
      setStep(3);
    } catch (error) {
      const found = toProblem(error);
      form.setFields(
        found.fields.flatMap((f) => {
          const name = fieldName(f.field);
          return name ? [{ name, errors: [f.message] }] : [];
        }),
      );
      setProblem(found);
    }
  };

  const steps = [
    { title: t('admin.work.intake.step.applicant') },
    { title: t('admin.work.intake.step.item') },
    { title: t('admin.work.intake.step.application') },
    { title: t('admin.work.intake.step.checklist') },
  ];
  const view = created.data;
  const notice = decision ? DOCUMENT_OF[decision] : null;

  return (
    <>
      <PageTitle extra={<Link to={WORK_PATHS.window}>{t('admin.work.intake.backToQueue')}</Link>}>
        {t('admin.work.intake.title')}
      </PageTitle>
      <Steps current={step} items={steps} style={{ marginBottom: 24 }} />
      <Card>
        {step === 0 ? (
          <>
            <ApplicantStep value={applicant} onChange={setApplicant} />
            <StepButtons nextDisabled={!applicant} onNext={() => setStep(1)} />
          </>
        ) : null}
        {step === 1 && applicant ? (
          <>
            <p>{t('admin.work.applicant.chosen', { who: describeApplicant(applicant) })}</p>
            <ItemStep applicantKind={applicant.kind} value={itemId} onChange={setItemId} />
            <StepButtons nextDisabled={!item.data} onPrev={() => setStep(0)} onNext={() => setStep(2)} />
          </>
        ) : null}
        {step === 2 && applicant && item.data ? (
          <>
            <p>
              {t('admin.work.intake.summary', {
                who: describeApplicant(applicant),
                item: item.data.guide.name,
              })}
            </p>
            <ApplicationStep
              guide={item.data.guide}
              kind={applicant.kind}
              busy={create.isPending}
              problem={problem}
              onCloseProblem={() => setProblem(null)}
              onSubmit={(values) => void submit(values)}
              onBack={() => setStep(1)}
              form={form}
            />
          </>
        ) : null}
        {step === 3 && view && !decision ? (
          <>
            <p>{t('admin.work.intake.received', { number: view.caseNumber ?? '', item: view.itemName })}</p>
            <IntakePanel view={view} onDecided={setDecision} />
          </>
        ) : null}
        {step === 3 && view && decision ? (
          <Result
            status={decision === 'accept' ? 'success' : decision === 'refuse' ? 'error' : 'warning'}
            title={t(`admin.work.intake.result.${decision}`)}
            subTitle={t('admin.work.intake.resultNumber', { number: view.caseNumber ?? '' })}
            extra={
              <Space orientation="vertical" size="middle">
                {notice ? <DocumentButtons documents={view.documents} only={[notice]} /> : null}
                <Space wrap>
                  <Button onClick={() => navigate(WORK_PATHS.case(view.id))}>
                    {t('admin.work.intake.openCase')}
                  </Button>
                  <Button type="primary" onClick={restart}>
                    {t('admin.work.intake.again')}
                  </Button>
                </Space>
              </Space>
            }
          />
        ) : null}
      </Card>
    </>
  );
}
