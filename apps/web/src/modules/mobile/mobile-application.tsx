// 掌上申请 of a draft case: the same four steps as the portal (填写申请表 → 上传材料 → 选择送达方式 → 提交),
// the form rendered by rjsf with the antd-mobile theme (mobile-case-form.tsx), each step change saving the
// draft.
import type { ErrorSchema } from '@rjsf/utils';
import { Button, NoticeBar, Steps, Toast } from 'antd-mobile';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { t } from '../../app/i18n.ts';
import type { CaseView } from '../cases/case-api.ts';
import { firstProblemStep } from '../cases/form-rules.ts';
import { useApplication } from '../cases/use-application.ts';
import { MobileForm, type MobileFormHandle } from './mobile-case-form.tsx';
import { MobileCaseMaterials } from './mobile-case-materials.tsx';
import { MobileDelivery } from './mobile-delivery.tsx';
import { MobileSituationQuestions } from './mobile-situations.tsx';

const STEP_KEYS = [
  'case.step.form',
  'case.step.materials',
  'case.step.delivery',
  'case.step.submit',
] as const;

export function MobileApplication({ view }: { view: CaseView }) {
  const app = useApplication(view);
  const navigate = useNavigate();
  const [step, setStep] = useState(0);
  const [formInvalid, setFormInvalid] = useState(false);
  const formRef = useRef<MobileFormHandle>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each step change, by design
  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = true;
  }, [step]);
  const { state, problems } = app;
  useEffect(() => {
    if (!problems) return;
    const first = firstProblemStep(problems);
    if (first !== null) setStep(first);
  }, [problems]);

  const go = async (to: number) => {
    if (step === 0 && to > 0) {
      const valid = formRef.current?.validateForm() ?? true;
      setFormInvalid(!valid);
      if (!valid) return;
    }
    if (await app.save()) setStep(to);
  };
  const submit = async () => {
    const submitted = await app.submit();
    if (submitted) navigate(`/m/cases/${submitted.id}?submitted=1`, { replace: true });
  };
  const messages = problems
    ? [
        ...new Set([
          ...Object.values(problems.form).flatMap((e) => e.__errors),
          ...problems.situation,
          ...Object.entries(problems.materials)
            .filter(([id]) => !view.checklist.some((c) => c.materialId === id && c.provided))
            .flatMap(([, list]) => list),
          ...problems.delivery,
          ...problems.postalAddress,
          ...problems.other,
        ]),
      ]
    : [];
  return (
    <div className="m-application">
      <Steps current={step} className="m-steps" aria-label={t('case.steps')}>
        {STEP_KEYS.map((key) => (
          <Steps.Step key={key} title={t(key)} />
        ))}
      </Steps>
      <div aria-live="polite">
        {(app.failure || messages.length > 0) && (
          <div role="alert" className="m-card m-problems">
            <p className="m-problems-title">{app.failure ?? t('case.problems', { n: messages.length })}</p>
            {messages.length > 0 && (
              <ul>
                {messages.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
      <section className="m-card" aria-labelledby="m-step-title">
        <h2 id="m-step-title" ref={heading} tabIndex={-1} className="m-section-title">
          {t('case.step.current', {
            n: step + 1,
            total: STEP_KEYS.length,
            name: t(STEP_KEYS[step] ?? 'case.step.form'),
          })}
        </h2>
        {step === 0 && (
          <>
            <MobileSituationQuestions
              situations={view.situations}
              value={state.situation}
              onChange={(situation) => app.update({ situation })}
            />
            {formInvalid && (
              <div role="alert">
                <NoticeBar color="alert" wrap content={t('case.formInvalid')} />
              </div>
            )}
            <h3 className="m-subtitle">{t('case.formTitle')}</h3>
            <p className="m-note">{t('mcase.formHint')}</p>
            <MobileForm
              view={view}
              value={state.formData}
              onChange={(formData) => app.update({ formData })}
              extraErrors={problems?.form as ErrorSchema | undefined}
              formRef={formRef}
            />
          </>
        )}
        {step === 1 && <MobileCaseMaterials view={view} problems={problems?.materials} editable />}
        {step === 2 && (
          <MobileDelivery
            options={view.deliveryOptions}
            value={state.delivery}
            postalAddress={state.postalAddress}
            onChange={(patch) => app.update(patch)}
            problems={{ delivery: problems?.delivery ?? [], postalAddress: problems?.postalAddress ?? [] }}
          />
        )}
        {step === 3 && (
          <>
            <p className="m-text">{t('case.reviewIntro')}</p>
            <p className="m-text">
              {t('case.review.materials', {
                provided: view.checklist.filter((c) => c.provided).length,
                required: view.checklist.filter((c) => c.requirement === 'required').length,
              })}
            </p>
            <p className="m-text">
              {t('text.labelValue', {
                label: t('case.delivery'),
                value:
                  view.deliveryOptions.find((o) => o.value === state.delivery)?.label ?? t('common.none'),
              })}
            </p>
          </>
        )}
      </section>
      <div className="m-actions">
        {step > 0 && <Button onClick={() => void go(step - 1)}>{t('case.prev')}</Button>}
        <Button
          loading={app.saving && !app.submitting}
          onClick={() =>
            void app.save().then((ok) => {
              if (ok) Toast.show({ content: t('case.saved') });
            })
          }
        >
          {t('case.saveDraft')}
        </Button>
        {step < STEP_KEYS.length - 1 ? (
          <Button color="primary" onClick={() => void go(step + 1)}>
            {t('case.next')}
          </Button>
        ) : (
          <Button color="primary" loading={app.submitting} onClick={() => void submit()}>
            {t('case.submit')}
          </Button>
        )}
      </div>
      <p className="m-note">{t('case.draftNote')}</p>
    </div>
  );
}
