// 一件事在线申请 of a draft bundle case, in the four steps of a single case's application: 填写申请表 (ONE form,
// the members' forms merged, rendered by the same rjsf form) → 上传材料 (each shared material once) → 选择出件方式
// → 提交. Every step change saves the draft; a refused submission opens the first step with a problem, each
// problem on its field or material and naming the members that ask it.
import { BUNDLE_OUTPUT_LABELS, type BundleCaseView } from '@msb/contracts';
import { Alert, App, Button, Descriptions, Steps } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { t } from '../../../app/i18n.ts';
import { bundleForm, memberNames, provenanceHelp, providedMaterials } from '../../bundles/bundle-rules.ts';
import { useBundleApplication } from '../../bundles/use-bundle-application.ts';
import { withAddress } from '../../cases/case-format.ts';
import { displayValue, firstProblemStep, problemCount, schemaProperties } from '../../cases/form-rules.ts';
import { CaseDelivery } from '../case-choices.tsx';
import { CaseForm, type CaseFormHandle } from '../case-form.tsx';
import { BundleMaterials } from './bundle-materials.tsx';

const STEP_KEYS = [
  'case.step.form',
  'case.step.materials',
  'bundle.step.output',
  'case.step.submit',
] as const;

export function BundleApplication({ view }: { view: BundleCaseView }) {
  const app = useBundleApplication(view);
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [step, setStep] = useState(0);
  const [formInvalid, setFormInvalid] = useState(false);
  const formRef = useRef<CaseFormHandle>(null);
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
  const required = view.plan.materials.filter((m) => m.requirement === 'required');

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
    if (submitted) navigate(`/bundle-cases/${submitted.id}?submitted=1`, { replace: true });
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
    <div className="case-application">
      <Steps
        className="case-steps"
        aria-label={t('case.steps')}
        current={step}
        onChange={(to) => void go(to)}
        items={STEP_KEYS.map((key) => ({ title: t(key) }))}
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
          {t('case.step.current', {
            n: step + 1,
            total: STEP_KEYS.length,
            name: t(STEP_KEYS[step] ?? 'case.step.form'),
          })}
        </h2>
        {step === 0 && (
          <>
            <p>
              {t('bundle.form.intro', {
                n: view.plan.members.length,
                members: memberNames(
                  view.plan.members.map((m) => m.key),
                  view.plan.members,
                ),
              })}
            </p>
            {formInvalid && (
              <Alert type="error" showIcon className="case-block" title={t('case.formInvalid')} />
            )}
            <h3 className="portal-subtitle">{t('bundle.form.title')}</h3>
            <CaseForm
              view={form}
              value={state.formData}
              onChange={(formData) => app.update({ formData })}
              extraErrors={problems?.form}
              formRef={formRef}
              help={help}
            />
          </>
        )}
        {step === 1 && <BundleMaterials view={view} problems={problems?.materials} editable />}
        {step === 2 && (
          <>
            <p>{t('bundle.output.intro', { window: view.outputWindow })}</p>
            <CaseDelivery
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
            <p>{t('case.reviewIntro')}</p>
            <Descriptions
              bordered
              size="small"
              column={1}
              title={t('bundle.form.title')}
              items={Object.entries(schemaProperties(view.plan.form.schema)).map(([key, p]) => ({
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
                  key: 'members',
                  label: t('bundle.review.members'),
                  children: view.plan.members.map((m) => m.itemName).join(t('common.listSeparator')),
                },
                {
                  key: 'materials',
                  label: t('case.materials'),
                  children: t('bundle.review.materials', {
                    provided: provided.size,
                    total: view.plan.materials.length,
                    required: required.length,
                  }),
                },
                {
                  key: 'output',
                  label: t('bundle.output.mode'),
                  children: withAddress(
                    state.delivery ? BUNDLE_OUTPUT_LABELS[state.delivery] : t('common.none'),
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
        {step < STEP_KEYS.length - 1 ? (
          <Button type="primary" onClick={() => void go(step + 1)}>
            {t('case.next')}
          </Button>
        ) : (
          <Button type="primary" loading={app.submitting} onClick={() => void submit()}>
            {t('bundle.submit')}
          </Button>
        )}
        <span className="case-help">{t('case.draftNote')}</span>
      </div>
    </div>
  );
}
