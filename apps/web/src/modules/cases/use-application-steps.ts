// The four steps of an application being filled in (填写申请表 → 上传材料 → 送达/出件方式 → 提交), shared by the
// portal and the phone, for a single case and a 一件事 alike: leaving the form step checks the form, every step
// change saves the draft, a refused submission opens the first step with a problem, and a submission that
// goes through opens the submitted case.
import type RjsfForm from '@rjsf/core';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { MessageKey } from '../../app/i18n.ts';
import { useStepFocus } from '../shared/use-step-focus.ts';
import type { CaseView } from './case-api.ts';
import { firstProblemStep, type SortedProblems } from './form-rules.ts';

/** The steps of a single case's application (a 一件事's: bundles/use-bundle-application.ts). */
export const CASE_STEP_KEYS = [
  'case.step.form',
  'case.step.materials',
  'case.step.delivery',
  'case.step.submit',
] as const;

/** What the steps need of an application (useDraftApplication). */
export interface SteppedApplication {
  problems: SortedProblems | null;
  save: () => Promise<boolean>;
  submit: () => Promise<{ id: string } | null>;
}

/**
 * Every problem's message once, for the list above the application's steps; a material's only while it is
 * not provided (once it is, its row no longer asks).
 */
export function problemMessages(sorted: SortedProblems, provided: (materialId: string) => boolean): string[] {
  return [
    ...new Set([
      ...Object.values(sorted.form).flatMap((e) => e.__errors),
      ...sorted.situation,
      ...Object.entries(sorted.materials)
        .filter(([id]) => !provided(id))
        .flatMap(([, list]) => list),
      ...sorted.delivery,
      ...sorted.postalAddress,
      ...sorted.other,
    ]),
  ];
}

export function useApplicationSteps(
  app: SteppedApplication,
  options: {
    /** whether a material has a file now (its problem is then answered) */
    provided: (materialId: string) => boolean;
    /** where a submitted application opens */
    submittedPath: (id: string) => string;
  },
) {
  const navigate = useNavigate();
  const [step, setStep] = useState(0);
  const [formInvalid, setFormInvalid] = useState(false);
  const formRef = useRef<RjsfForm>(null);
  const heading = useStepFocus(step);
  const { problems } = app;
  useEffect(() => {
    // after a refused submission, open the first step that has a problem
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
    if (submitted) navigate(options.submittedPath(submitted.id), { replace: true });
  };
  return {
    step,
    go,
    submit,
    formInvalid,
    formRef,
    heading,
    messages: problems ? problemMessages(problems, options.provided) : [],
  };
}

export type ApplicationSteps = ReturnType<typeof useApplicationSteps>;

/** What the form step needs of an application. */
export interface FormApplication {
  state: { formData: Record<string, unknown> };
  update: (patch: { formData: Record<string, unknown> }) => void;
  problems: SortedProblems | null;
}

/** The form bound to the application: its answers and their changes, the API's problems on their fields, and
 * the ref that checks it on leaving the step. */
export const formBinding = (app: FormApplication, steps: Pick<ApplicationSteps, 'formRef'>) => ({
  value: app.state.formData,
  onChange: (formData: Record<string, unknown>) => app.update({ formData }),
  extraErrors: app.problems?.form,
  formRef: steps.formRef,
});

/** What the delivery step needs of an application. */
export interface DeliveryApplication<D extends string> {
  state: { delivery: D | null; postalAddress: string };
  update: (patch: { delivery?: D; postalAddress?: string }) => void;
  problems: SortedProblems | null;
}

/** The delivery choice bound to the application: the choice, the postal address and their problems. */
export const deliveryBinding = <D extends string>(app: DeliveryApplication<D>) => ({
  value: app.state.delivery,
  postalAddress: app.state.postalAddress,
  onChange: (patch: { delivery?: D; postalAddress?: string }) => app.update(patch),
  problems: { delivery: app.problems?.delivery ?? [], postalAddress: app.problems?.postalAddress ?? [] },
});

/** The frame of the steps (portal/application-steps.tsx, mobile/mobile-application-steps.tsx). */
export interface ApplicationLayoutProps {
  stepKeys: readonly MessageKey[];
  steps: ApplicationSteps;
  app: {
    failure: string | null;
    problems: SortedProblems | null;
    saving: boolean;
    submitting: boolean;
    save: () => Promise<boolean>;
  };
  submitLabel: string;
  /** what each step shows */
  form: ReactNode;
  materials: ReactNode;
  delivery: ReactNode;
  review: ReactNode;
}

/** 填写申请表: what comes first (situations, an intro), the form's title, and the form of `view`. */
export interface FormStepProps {
  steps: ApplicationSteps;
  app: FormApplication;
  intro: ReactNode;
  title: string;
  view: Pick<CaseView, 'form'>;
  /** help under fields, by API key */
  help?: Readonly<Record<string, string>>;
}

/** 选择送达方式 / 选择出件方式: the options, after an intro, under a legend. */
export interface DeliveryStepProps<D extends string> {
  app: DeliveryApplication<D>;
  options: readonly { value: D; label: string }[];
  intro?: ReactNode;
  legend?: string;
}
