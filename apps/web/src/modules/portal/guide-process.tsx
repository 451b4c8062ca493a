// 办理流程 as antd Steps: per step the handler, time limit, review standard and result; for steps the
// applicant attends, the expected waiting and counter minutes.
import type { Guide } from '@msb/contracts';
import { Steps } from 'antd';
import { t } from '../../app/i18n.ts';
import { formatLimit } from '../shared/guide-format.ts';

type Step = Guide['steps'][number];

export function StepFacts({ step }: { step: Step }) {
  const attend = [
    step.waitMinutes !== undefined ? t('guide.step.wait', { n: step.waitMinutes }) : '',
    step.counterMinutes !== undefined ? t('guide.step.counter', { n: step.counterMinutes }) : '',
  ].filter(Boolean);
  return (
    <dl className="portal-step-facts">
      <dt>{t('guide.step.handler')}</dt>
      <dd>{step.handlerRole}</dd>
      <dt>{t('guide.step.limit')}</dt>
      <dd>{formatLimit(step.limit)}</dd>
      <dt>{t('guide.step.standard')}</dt>
      <dd>{step.standard}</dd>
      <dt>{t('guide.step.result')}</dt>
      <dd>{step.result}</dd>
      {step.applicantAttends && (
        <>
          <dt>{t('guide.step.attend')}</dt>
          <dd>{attend.length > 0 ? attend.join(t('common.listSeparator')) : t('common.yes')}</dd>
        </>
      )}
    </dl>
  );
}

export function GuideProcess({ steps }: { steps: Guide['steps'] }) {
  if (steps.length === 0) return <p>{t('guide.step.none')}</p>;
  return (
    <Steps
      orientation="vertical"
      current={-1}
      className="portal-steps"
      items={steps.map((step, index) => ({
        key: `${index}-${step.name}`,
        status: 'process' as const,
        title: <h3 className="portal-step-title">{step.name}</h3>,
        content: <StepFacts step={step} />,
      }))}
    />
  );
}
