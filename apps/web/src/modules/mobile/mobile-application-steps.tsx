// The frame of an application's four steps on the phone, shared by a single case (mobile-application.tsx)
// and a 一件事 (bundles/mobile-bundle-application.tsx): the steps bar, the problems of a refusal, the current
// step's card with its focusable heading, and 上一步 / 保存草稿 / 下一步 or 提交; plus the form step and the
// delivery step, bound to the application being filled in.
import { Button, NoticeBar, Steps, Toast } from 'antd-mobile';
import { t } from '../../app/i18n.ts';
import {
  type ApplicationLayoutProps,
  type DeliveryStepProps,
  deliveryBinding,
  type FormStepProps,
  formBinding,
} from '../cases/use-application-steps.ts';
import { stepTitle } from '../shared/use-step-focus.ts';
import { MobileForm } from './mobile-case-form.tsx';
import { MobileDelivery } from './mobile-delivery.tsx';

export function MobileApplicationLayout({
  stepKeys,
  steps,
  app,
  submitLabel,
  form,
  materials,
  delivery,
  review,
}: ApplicationLayoutProps) {
  const { step, go, heading, messages } = steps;
  return (
    <div className="m-application">
      <Steps current={step} className="m-steps" aria-label={t('case.steps')}>
        {stepKeys.map((key) => (
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
          {stepTitle(stepKeys, step)}
        </h2>
        {[form, materials, delivery, review][step]}
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
        {step < stepKeys.length - 1 ? (
          <Button color="primary" onClick={() => void go(step + 1)}>
            {t('case.next')}
          </Button>
        ) : (
          <Button color="primary" loading={app.submitting} onClick={() => void steps.submit()}>
            {submitLabel}
          </Button>
        )}
      </div>
      <p className="m-note">{t('case.draftNote')}</p>
    </div>
  );
}

/** 填写申请表 on the phone: what comes first (situations, an intro), the form's title, a hint and the form. */
export function MobileApplicationFormStep({ steps, app, intro, title, view, help }: FormStepProps) {
  return (
    <>
      {intro}
      {steps.formInvalid && (
        <div role="alert">
          <NoticeBar color="alert" wrap content={t('case.formInvalid')} />
        </div>
      )}
      <h3 className="m-subtitle">{title}</h3>
      <p className="m-note">{t('mcase.formHint')}</p>
      <MobileForm view={view} help={help} {...formBinding(app, steps)} />
    </>
  );
}

/** 选择送达方式 / 选择出件方式 on the phone, bound to the application. */
export function MobileApplicationDeliveryStep<D extends string>({
  app,
  options,
  intro,
  legend,
}: DeliveryStepProps<D>) {
  return (
    <>
      {intro}
      <MobileDelivery options={options} legend={legend} {...deliveryBinding(app)} />
    </>
  );
}
