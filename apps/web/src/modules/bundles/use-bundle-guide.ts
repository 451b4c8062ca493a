// 情形引导 of a 一件事, shared by the portal and the phone: the answers, the three steps (the bundle's questions
// → the chosen members' own situations → the personalised 一次告知单 from the API's plan), and 在线申请, which
// creates the bundle case (signing in first, the answers kept in the address) and opens its application.
import { BUNDLE_OUTPUT_LABELS, type BundleAnswers, type BundleDetailView } from '@msb/contracts';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../app/api.ts';
import { t } from '../../app/i18n.ts';
import { newIdempotencyKey, usePublicSession } from '../cases/case-api.ts';
import { useStepFocus } from '../shared/use-step-focus.ts';
import { answersParam } from './bundle-answers.ts';
import { noticePdfUrl, useBundlePlan, useCreateBundleCase } from './bundle-api.ts';
import {
  allAnswered,
  answersToSend,
  EMPTY_ANSWERS,
  guideComplete,
  memberNames,
  selectedMembers,
} from './bundle-rules.ts';

export const GUIDE_STEP_KEYS = [
  'bundle.guide.step.questions',
  'bundle.guide.step.members',
  'bundle.guide.step.notice',
] as const;

export function useBundleGuide(detail: BundleDetailView, initial: BundleAnswers | null) {
  const [answers, setAnswers] = useState<BundleAnswers>(initial ?? EMPTY_ANSWERS);
  const [step, setStep] = useState(() => (initial && guideComplete(detail, initial) ? 2 : 0));
  const [unanswered, setUnanswered] = useState(false);
  const heading = useStepFocus(step);
  const selected = selectedMembers(detail, answers);
  const sent = answersToSend(detail, answers);
  const plan = useBundlePlan(detail.id, sent, step === 2);

  /** to a step back, always; forward, once what comes before it is answered */
  const go = (to: number) => {
    const ready =
      to <= step ||
      (allAnswered(detail.questions, answers.bundle) && (to < 2 || guideComplete(detail, answers)));
    setUnanswered(!ready);
    if (ready) setStep(to);
  };
  return {
    step,
    go,
    heading,
    unanswered,
    /** the bundle's own questions, bound to the answers */
    bundleQuestions: {
      situations: detail.questions,
      value: answers.bundle,
      onChange: (bundle: BundleAnswers['bundle']) => setAnswers({ ...answers, bundle }),
    },
    /** a member's own situations, bound to the answers */
    memberQuestions: (m: BundleDetailView['members'][number]) => ({
      situations: m.situations,
      value: answers.members[m.key] ?? {},
      onChange: (own: Record<string, string[]>) =>
        setAnswers({ ...answers, members: { ...answers.members, [m.key]: own } }),
    }),
    /** "根据您的回答，将一并办理 N 个事项：…" */
    selectedNote:
      selected.length > 0
        ? t('bundle.guide.selected', {
            n: selected.length,
            members: memberNames(
              selected.map((m) => m.key),
              detail.members,
            ),
          })
        : t('bundle.guide.selectedNone'),
    /** the selected members that ask situations of their own */
    asked: selected.filter((m) => m.situations.length > 0),
    /** the answers as sent for the plan and the application */
    sent,
    plan,
    /** the API's word when the answers make no notice (422: nothing to handle), shown as a warning */
    refusal: plan.error instanceof ApiError && plan.error.status === 422 ? plan.error.message : null,
    /** the notice is shown: 在线申请 may start */
    ready: step === 2 && plan.isSuccess,
    pdfUrl: noticePdfUrl(detail.id, sent),
  };
}

/**
 * 在线申请 with the answers: signed in, it creates the bundle case (one idempotency key per set of answers, so
 * a double click creates one application and changed answers a new one) and opens it; otherwise it signs in
 * first and comes back to the guide with the answers. `prefix` is '' on the portal, '/m' on the phone.
 */
export function useStartBundleCase(
  detail: Pick<BundleDetailView, 'id'>,
  answers: BundleAnswers,
  { prefix, channel }: { prefix: '' | '/m'; channel: 'web' | 'phone' },
) {
  const navigate = useNavigate();
  const session = usePublicSession();
  const create = useCreateBundleCase();
  const param = answersParam(answers);
  const key = useMemo(() => (param ? newIdempotencyKey() : ''), [param]);
  const signedIn = session.data?.kind === 'public';
  const start = () => {
    if (!signedIn) {
      navigate(
        `${prefix}/login?next=${encodeURIComponent(`${prefix}/bundles/${detail.id}?answers=${param}`)}`,
      );
      return;
    }
    create.mutate(
      { input: { bundleId: detail.id, answers, channel }, idempotencyKey: key },
      { onSuccess: (view) => navigate(`${prefix}/bundle-cases/${view.id}`) },
    );
  };
  return { start, signedIn, pending: create.isPending, error: create.error };
}

/** The output modes a bundle offers, in words ("窗口领取、邮寄送达"). */
export const outputModeNames = (detail: Pick<BundleDetailView, 'outputModes'>): string =>
  detail.outputModes.map((m) => BUNDLE_OUTPUT_LABELS[m]).join(t('common.listSeparator'));
