// 一件事掌上申请 of a draft bundle case: the four steps of the phone's single-case application — ONE form
// (the members' forms merged, rendered by the same rjsf form), each shared material once, the output mode,
// submit — each step change saving the draft; a refusal's problems name the members that ask each field.
import { BUNDLE_OUTPUT_LABELS, type BundleCaseView } from '@msb/contracts';
import { t } from '../../../app/i18n.ts';
import { bundleFormIntro, itemNames } from '../../bundles/bundle-texts.ts';
import { BUNDLE_STEP_KEYS, useBundleApplicationSteps } from '../../bundles/use-bundle-application.ts';
import {
  MobileApplicationDeliveryStep,
  MobileApplicationFormStep,
  MobileApplicationLayout,
} from '../mobile-application-steps.tsx';
import { MobileBundleMaterials } from './mobile-bundle-materials.tsx';

export function MobileBundleApplication({ view }: { view: BundleCaseView }) {
  const { app, steps, form, help, modes, provided } = useBundleApplicationSteps(view, '/m/bundle-cases');
  const { state, problems } = app;
  return (
    <MobileApplicationLayout
      stepKeys={BUNDLE_STEP_KEYS}
      steps={steps}
      app={app}
      submitLabel={t('bundle.submit')}
      form={
        <MobileApplicationFormStep
          steps={steps}
          app={app}
          intro={<p className="m-note">{bundleFormIntro(view.plan)}</p>}
          title={t('bundle.form.title')}
          view={form}
          help={help}
        />
      }
      materials={<MobileBundleMaterials view={view} problems={problems?.materials} editable />}
      delivery={
        <MobileApplicationDeliveryStep
          app={app}
          options={modes}
          intro={<p className="m-note">{t('bundle.output.intro', { window: view.outputWindow })}</p>}
          legend={t('bundle.output.legend')}
        />
      }
      review={
        <>
          <p className="m-text">{t('case.reviewIntro')}</p>
          <p className="m-text">
            {t('text.labelValue', { label: t('bundle.review.members'), value: itemNames(view.plan.members) })}
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
      }
    />
  );
}
