// The frame of an application's four steps on the portal, shared by a single case (case-application.tsx) and
// a 一件事 (bundles/bundle-application.tsx): the steps bar, the problems of a refusal, the current step's
// panel with its focusable heading, and 上一步 / 保存草稿 / 下一步 or 提交; plus the form step, the delivery
// step and the review of the form's answers, bound to the application being filled in.
import { Alert, App, Button, Descriptions, Steps } from 'antd';
import { t } from '../../app/i18n.ts';
import type { JsonSchemaObject } from '../cases/case-api.ts';
import { displayValue, problemCount, schemaProperties } from '../cases/form-rules.ts';
import {
  type ApplicationLayoutProps,
  type DeliveryStepProps,
  deliveryBinding,
  type FormStepProps,
  formBinding,
} from '../cases/use-application-steps.ts';
import { stepTitle } from '../shared/use-step-focus.ts';
import { CaseDelivery } from './case-choices.tsx';
import { CaseForm } from './case-form.tsx';

export function ApplicationLayout({
  stepKeys,
  steps,
  app,
  submitLabel,
  form,
  materials,
  delivery,
  review,
}: ApplicationLayoutProps) {
  const { message } = App.useApp();
  const { step, go, heading, messages } = steps;
  const { problems } = app;
  return (
    <div className="case-application">
      <Steps
        className="case-steps"
        aria-label={t('case.steps')}
        current={step}
        onChange={(to) => void go(to)}
        items={stepKeys.map((key) => ({ title: t(key) }))}
      />
      <div aria-live="polite">
        {(app.failure || messages.length > 0) && (
          <Alert
            type="error"
            showIcon
            role="alert"
            className="case-block"
            title={app.failure ?? t('case.problems', { n: problems ? problemCount(problems) : 0 })}
            description={
              messages.length > 0 ? (
                <ul className="case-problem-list">
                  {messages.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              ) : undefined
            }
          />
        )}
      </div>
      <section className="portal-panel case-step-panel" aria-labelledby="case-step-title">
        <h2 id="case-step-title" ref={heading} tabIndex={-1} className="portal-section-title">
          {stepTitle(stepKeys, step)}
        </h2>
        {[form, materials, delivery, review][step]}
      </section>
      <div className="case-actions">
        {step > 0 && <Button onClick={() => void go(step - 1)}>{t('case.prev')}</Button>}
        <Button
          onClick={() =>
            void app.save().then((ok) => {
              if (ok) void message.success(t('case.saved'));
            })
          }
          loading={app.saving && !app.submitting}
        >
          {t('case.saveDraft')}
        </Button>
        {step < stepKeys.length - 1 ? (
          <Button type="primary" onClick={() => void go(step + 1)}>
            {t('case.next')}
          </Button>
        ) : (
          <Button type="primary" loading={app.submitting} onClick={() => void steps.submit()}>
            {submitLabel}
          </Button>
        )}
        <span className="case-help">{t('case.draftNote')}</span>
      </div>
    </div>
  );
}

/** 填写申请表: what comes first (situations, an intro), the form's title and the form itself. */
export function ApplicationFormStep({ steps, app, intro, title, view, help }: FormStepProps) {
  return (
    <>
      {intro}
      {steps.formInvalid && (
        <Alert type="error" showIcon className="case-block" title={t('case.formInvalid')} />
      )}
      <h3 className="portal-subtitle">{title}</h3>
      <CaseForm view={view} help={help} {...formBinding(app, steps)} />
    </>
  );
}

/** 选择送达方式 / 选择出件方式, bound to the application. */
export function ApplicationDeliveryStep<D extends string>({
  app,
  options,
  intro,
  legend,
}: DeliveryStepProps<D>) {
  return (
    <>
      {intro}
      <CaseDelivery options={options} legend={legend} {...deliveryBinding(app)} />
    </>
  );
}

/** The form's answers, field by field, to check before 提交. */
export function FormReview({
  schema,
  formData,
  title,
}: {
  schema: JsonSchemaObject;
  formData: Record<string, unknown>;
  title: string;
}) {
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      title={title}
      items={Object.entries(schemaProperties(schema)).map(([key, p]) => ({
        key,
        label: p.title ?? key,
        children: displayValue(p as Record<string, unknown>, formData[key]),
      }))}
    />
  );
}
