// 网上申请 of a draft case, in four steps: 填写申请表 → 上传材料 → 选择送达方式 → 提交. Every step change
// saves the draft (so the situation answers decide the material checklist); 提交 saves, submits, and on a 422
// takes the applicant to the first step with a problem, with each problem on its field or material.
import { Alert, App, Button, Descriptions, Steps } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { t } from '../../app/i18n.ts';
import type { CaseView } from '../cases/case-api.ts';
import { withAddress } from '../cases/case-format.ts';
import { displayValue, firstProblemStep, problemCount, schemaProperties } from '../cases/form-rules.ts';
import { useApplication } from '../cases/use-application.ts';
import { CaseDelivery, CaseSituations } from './case-choices.tsx';
import { CaseForm, type CaseFormHandle } from './case-form.tsx';
import { CaseMaterials } from './case-materials.tsx';
import { CommitmentPanel } from './case-obligations.tsx';

const uniq = (list: string[]): string[] => [...new Set(list)];

const STEP_KEYS = [
  'case.step.form',
  'case.step.materials',
  'case.step.delivery',
  'case.step.submit',
] as const;

export function CaseApplication({ view }: { view: CaseView }) {
  const app = useApplication(view);
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [step, setStep] = useState(0);
  const [formInvalid, setFormInvalid] = useState(false);
  const formRef = useRef<CaseFormHandle>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each step change, by design
  useEffect(() => {
    // focus follows the step (not on first load, where it stays at the top of the page)
    if (moved.current) stepHeading.current?.focus();
    moved.current = true;
  }, [step]);

  const { state, problems } = app;
  const go = async (to: number) => {
    if (step === 0 && to > 0) {
      const valid = formRef.current?.validateForm() ?? true;
      setFormInvalid(!valid);
      if (!valid) return;
    }
    if (await app.save()) setStep(to);
  };
  const saveDraft = async () => {
    if (await app.save()) void message.success(t('case.saved'));
  };
  const submit = async () => {
    const submitted = await app.submit();
    if (submitted) {
      navigate(`/cases/${submitted.id}?submitted=1`, { replace: true });
      return;
    }
  };
  useEffect(() => {
    // after a refused submission, open the first step that has a problem
    if (!problems) return;
    const first = firstProblemStep(problems);
    if (first !== null) setStep(first);
  }, [problems]);

  const properties = schemaProperties(view.form.schema);
  const required = view.checklist.filter((c) => c.requirement === 'required').length;
  const provided = view.checklist.filter((c) => c.provided).length;
  const allMessages = problems
    ? uniq([
        ...Object.values(problems.form).flatMap((e) => e.__errors),
        ...problems.situation,
        ...Object.entries(problems.materials)
          .filter(([id]) => !view.checklist.some((c) => c.materialId === id && c.provided))
          .flatMap(([, list]) => list),
        ...problems.delivery,
        ...problems.postalAddress,
        ...problems.other,
      ])
    : [];
  return (
    <div className="case-application">
      <Steps
        className="case-steps"
        aria-label={t('case.steps')}
        current={step}
        onChange={(to) => void go(to)}
        items={STEP_KEYS.map((key) => ({ title: t(key) }))}
      />
      <div aria-live="polite">
        {(app.failure || allMessages.length > 0) && (
          <Alert
            type="error"
            showIcon
            role="alert"
            className="case-block"
            title={app.failure ?? t('case.problems', { n: problems ? problemCount(problems) : 0 })}
            description={
              allMessages.length > 0 ? (
                <ul className="case-problem-list">
                  {allMessages.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              ) : undefined
            }
          />
        )}
      </div>
      <section className="portal-panel case-step-panel" aria-labelledby="case-step-title">
        <h2 id="case-step-title" ref={stepHeading} tabIndex={-1} className="portal-section-title">
          {t('case.step.current', {
            n: step + 1,
            total: STEP_KEYS.length,
            name: t(STEP_KEYS[step] ?? 'case.step.form'),
          })}
        </h2>
        {step === 0 && (
          <>
            <CaseSituations
              situations={view.situations}
              value={state.situation}
              onChange={(situation) => app.update({ situation })}
              problems={problems?.situation ?? []}
            />
            {formInvalid && (
              <Alert type="error" showIcon className="case-block" title={t('case.formInvalid')} />
            )}
            <h3 className="portal-subtitle">{t('case.formTitle')}</h3>
            <CaseForm
              view={view}
              value={state.formData}
              onChange={(formData) => app.update({ formData })}
              extraErrors={problems?.form}
              formRef={formRef}
            />
          </>
        )}
        {step === 1 && (
          <>
            <CommitmentPanel view={view} />
            <CaseMaterials view={view} problems={problems?.materials} editable />
          </>
        )}
        {step === 2 && (
          <CaseDelivery
            options={view.deliveryOptions}
            value={state.delivery}
            postalAddress={state.postalAddress}
            onChange={(patch) => app.update(patch)}
            problems={{ delivery: problems?.delivery ?? [], postalAddress: problems?.postalAddress ?? [] }}
          />
        )}
        {step === 3 && (
          <>
            <p>{t('case.reviewIntro')}</p>
            <Descriptions
              bordered
              size="small"
              column={1}
              title={t('case.formTitle')}
              items={Object.entries(properties).map(([key, p]) => ({
                key,
                label: p.title ?? key,
                children: displayValue(p as Record<string, unknown>, state.formData[key]),
              }))}
            />
            <Descriptions
              className="case-block"
              bordered
              size="small"
              column={1}
              items={[
                {
                  key: 'materials',
                  label: t('case.materials'),
                  children: t('case.review.materials', { provided, required }),
                },
                {
                  key: 'delivery',
                  label: t('case.delivery'),
                  children: withAddress(
                    view.deliveryOptions.find((o) => o.value === state.delivery)?.label ?? t('common.none'),
                    state.delivery === 'post' ? state.postalAddress : null,
                  ),
                },
              ]}
            />
          </>
        )}
      </section>
      <div className="case-actions">
        {step > 0 && <Button onClick={() => void go(step - 1)}>{t('case.prev')}</Button>}
        <Button onClick={() => void saveDraft()} loading={app.saving && !app.submitting}>
          {t('case.saveDraft')}
        </Button>
        {step < STEP_KEYS.length - 1 ? (
          <Button type="primary" onClick={() => void go(step + 1)}>
            {t('case.next')}
          </Button>
        ) : (
          <Button type="primary" loading={app.submitting} onClick={() => void submit()}>
            {t('case.submit')}
          </Button>
        )}
        <span className="case-help">{t('case.draftNote')}</span>
      </div>
    </div>
  );
}
