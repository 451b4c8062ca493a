// 掌上申请 of a draft case: the same four steps as the portal (填写申请表 → 上传材料 → 选择送达方式 → 提交),
// the form rendered by rjsf with the antd-mobile theme, each step change saving the draft.
import RjsfForm from '@rjsf/core';
import type { ErrorSchema, RJSFValidationError } from '@rjsf/utils';
import validator from '@rjsf/validator-ajv8';
import { Button, Checkbox, NoticeBar, Radio, Space, Steps, TextArea, Toast } from 'antd-mobile';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { t } from '../../app/i18n.ts';
import type { CaseView, DeliveryMethod } from '../cases/case-api.ts';
import {
  checkDigitProblems,
  encodeKey,
  firstProblemStep,
  formUiSchema,
  fromRjsfData,
  hiddenKeys,
  localiseErrors,
  toRjsfData,
  toRjsfSchema,
} from '../cases/form-rules.ts';
import { useApplication } from '../cases/use-application.ts';
import { MobileCaseMaterials } from './mobile-case-materials.tsx';
import { mobileTemplates, mobileWidgets } from './mobile-form-theme.tsx';

const STEP_KEYS = [
  'case.step.form',
  'case.step.materials',
  'case.step.delivery',
  'case.step.submit',
] as const;

function MobileForm({
  view,
  value,
  onChange,
  extraErrors,
  formRef,
}: {
  view: CaseView;
  value: Record<string, unknown>;
  onChange: (next: Record<string, unknown>) => void;
  extraErrors: ErrorSchema | undefined;
  formRef: React.Ref<RjsfForm>;
}) {
  const apiSchema = view.form.schema;
  const schema = useMemo(() => toRjsfSchema(apiSchema), [apiSchema]);
  const formData = useMemo(() => toRjsfData(value), [value]);
  const uiSchema = formUiSchema(apiSchema, {
    readOnly: view.form.readOnly,
    hidden: hiddenKeys(apiSchema, value),
    readOnlyHelp: t('case.readOnlyHelp'),
  });
  return (
    <RjsfForm
      ref={formRef}
      className="m-form"
      schema={schema}
      uiSchema={uiSchema}
      validator={validator}
      widgets={mobileWidgets}
      templates={mobileTemplates}
      formData={formData}
      onChange={(e) => onChange(fromRjsfData(e.formData as Record<string, unknown>))}
      extraErrors={extraErrors}
      transformErrors={(errors: RJSFValidationError[]) => localiseErrors(errors, schema)}
      customValidate={(data, errors) => {
        for (const p of checkDigitProblems(apiSchema, fromRjsfData(data as Record<string, unknown>))) {
          (errors as Record<string, { addError?: (m: string) => void }>)[encodeKey(p.field)]?.addError?.(
            p.message,
          );
        }
        return errors;
      }}
      showErrorList={false}
      noHtml5Validate
      focusOnFirstError
    />
  );
}

export function MobileApplication({ view }: { view: CaseView }) {
  const app = useApplication(view);
  const navigate = useNavigate();
  const [step, setStep] = useState(0);
  const [formInvalid, setFormInvalid] = useState(false);
  const formRef = useRef<RjsfForm>(null);
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
            {view.situations.map((s) => (
              <fieldset key={s.id} className="m-situation">
                <legend>{s.question}</legend>
                {s.multiple ? (
                  <Checkbox.Group
                    value={state.situation[s.id] ?? []}
                    onChange={(v) => app.update({ situation: { ...state.situation, [s.id]: v.map(String) } })}
                  >
                    <Space direction="vertical">
                      {s.options.map((o) => (
                        <Checkbox key={o.id} value={o.id}>
                          {o.label}
                        </Checkbox>
                      ))}
                    </Space>
                  </Checkbox.Group>
                ) : (
                  <Radio.Group
                    value={state.situation[s.id]?.[0] ?? null}
                    onChange={(v) => app.update({ situation: { ...state.situation, [s.id]: [String(v)] } })}
                  >
                    <Space direction="vertical">
                      {s.options.map((o) => (
                        <Radio key={o.id} value={o.id}>
                          {o.label}
                        </Radio>
                      ))}
                    </Space>
                  </Radio.Group>
                )}
              </fieldset>
            ))}
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
        {step === 2 &&
          (view.deliveryOptions.length === 0 ? (
            <p className="m-text">{t('case.deliveryNone')}</p>
          ) : (
            <>
              <fieldset className="m-situation">
                <legend>{t('case.deliveryIntro')}</legend>
                <Radio.Group
                  value={state.delivery}
                  onChange={(v) => app.update({ delivery: v as DeliveryMethod })}
                >
                  <Space direction="vertical">
                    {view.deliveryOptions.map((o) => (
                      <Radio key={o.value} value={o.value}>
                        {o.label}
                      </Radio>
                    ))}
                  </Space>
                </Radio.Group>
                {(problems?.delivery ?? []).map((p) => (
                  <p key={p} className="m-field-errors" role="alert">
                    {p}
                  </p>
                ))}
              </fieldset>
              {state.delivery === 'post' && (
                <div className={`m-field${problems?.postalAddress.length ? ' m-field-error' : ''}`}>
                  <label htmlFor="m-postal" className="m-field-label">
                    {t('case.postalAddress')}
                    <span className="m-field-required" aria-hidden="true">
                      *
                    </span>
                  </label>
                  <TextArea
                    id="m-postal"
                    className="m-field-input"
                    autoSize={{ minRows: 2, maxRows: 5 }}
                    maxLength={300}
                    value={state.postalAddress}
                    onChange={(postalAddress) => app.update({ postalAddress })}
                  />
                  <p className="m-field-help">
                    {problems?.postalAddress.length
                      ? problems.postalAddress.join(t('text.listSeparator'))
                      : t('case.postalAddressHelp')}
                  </p>
                </div>
              )}
            </>
          ))}
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
