// 一件事掌上申请 of a draft bundle case: the four steps of the phone's single-case application — ONE form
// (the members' forms merged, rendered by the same rjsf form), each shared material once, the output mode,
// submit — each step change saving the draft; a refusal's problems name the members that ask each field.
import { BUNDLE_OUTPUT_LABELS, type BundleCaseView } from '@msb/contracts';
import type { ErrorSchema } from '@rjsf/utils';
import { Button, NoticeBar, Steps, Toast } from 'antd-mobile';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { t } from '../../../app/i18n.ts';
import { bundleForm, memberNames, provenanceHelp, providedMaterials } from '../../bundles/bundle-rules.ts';
import { useBundleApplication } from '../../bundles/use-bundle-application.ts';
import { firstProblemStep } from '../../cases/form-rules.ts';
import { MobileForm, type MobileFormHandle } from '../mobile-case-form.tsx';
import { MobileDelivery } from '../mobile-delivery.tsx';
import { MobileBundleMaterials } from './mobile-bundle-materials.tsx';

const STEP_KEYS = [
  'case.step.form',
  'case.step.materials',
  'bundle.step.output',
  'case.step.submit',
] as const;

export function MobileBundleApplication({ view }: { view: BundleCaseView }) {
  const app = useBundleApplication(view);
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
  const form = useMemo(() => bundleForm(view.plan), [view.plan]);
  const help = useMemo(() => provenanceHelp(view.plan), [view.plan]);
  const modes = view.outputModes.map((value) => ({
    value,
    label: BUNDLE_OUTPUT_LABELS[value],
  }));
  const provided = providedMaterials(view);

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
    if (submitted) navigate(`/m/bundle-cases/${submitted.id}?submitted=1`, { replace: true });
  };
  const messages = problems
    ? [
        ...new Set([
          ...Object.values(problems.form).flatMap((e) => e.__errors),
          ...Object.entries(problems.materials)
            .filter(([id]) => !provided.has(id))
            .flatMap(([, list]) => list),
          ...problems.delivery,
          ...problems.postalAddress,
          ...problems.situation,
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
            <p className="m-note">
              {t('bundle.form.intro', {
                n: view.plan.members.length,
                members: memberNames(
                  view.plan.members.map((m) => m.key),
                  view.plan.members,
                ),
              })}
            </p>
            {formInvalid && (
              <div role="alert">
                <NoticeBar color="alert" wrap content={t('case.formInvalid')} />
              </div>
            )}
            <h3 className="m-subtitle">{t('bundle.form.title')}</h3>
            <p className="m-note">{t('mcase.formHint')}</p>
            <MobileForm
              view={form}
              value={state.formData}
              onChange={(formData) => app.update({ formData })}
              extraErrors={problems?.form as ErrorSchema | undefined}
              formRef={formRef}
              help={help}
            />
          </>
        )}
        {step === 1 && <MobileBundleMaterials view={view} problems={problems?.materials} editable />}
        {step === 2 && (
          <>
            <p className="m-note">{t('bundle.output.intro', { window: view.outputWindow })}</p>
            <MobileDelivery
              options={modes}
              value={state.delivery}
              postalAddress={state.postalAddress}
              onChange={(patch) => app.update(patch)}
              problems={{ delivery: problems?.delivery ?? [], postalAddress: problems?.postalAddress ?? [] }}
              legend={t('bundle.output.legend')}
            />
          </>
        )}
        {step === 3 && (
          <>
            <p className="m-text">{t('case.reviewIntro')}</p>
            <p className="m-text">
              {t('text.labelValue', {
                label: t('bundle.review.members'),
                value: view.plan.members.map((m) => m.itemName).join(t('common.listSeparator')),
              })}
            </p>
            <p className="m-text">
              {t('bundle.review.materials', {
                provided: provided.size,
                total: view.plan.materials.length,
                required: view.plan.materials.filter((m) => m.requirement === 'required').length,
              })}
            </p>
            <p className="m-text">
              {t('text.labelValue', {
                label: t('bundle.output.mode'),
                value: state.delivery ? BUNDLE_OUTPUT_LABELS[state.delivery] : t('common.none'),
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
            {t('bundle.submit')}
          </Button>
        )}
      </div>
      <p className="m-note">{t('case.draftNote')}</p>
    </div>
  );
}
