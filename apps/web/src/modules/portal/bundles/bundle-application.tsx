// 一件事在线申请 of a draft bundle case, in the four steps of a single case's application: 填写申请表 (ONE form,
// the members' forms merged, rendered by the same rjsf form) → 上传材料 (each shared material once) → 选择出件方式
// → 提交. Every step change saves the draft; a refused submission opens the first step with a problem, each
// problem on its field or material and naming the members that ask it.
import { BUNDLE_OUTPUT_LABELS, type BundleCaseView } from '@msb/contracts';
import { Descriptions } from 'antd';
import { t } from '../../../app/i18n.ts';
import { bundleFormIntro, itemNames } from '../../bundles/bundle-texts.ts';
import { BUNDLE_STEP_KEYS, useBundleApplicationSteps } from '../../bundles/use-bundle-application.ts';
import { withAddress } from '../../cases/case-format.ts';
import {
  ApplicationDeliveryStep,
  ApplicationFormStep,
  ApplicationLayout,
  FormReview,
} from '../application-steps.tsx';
import { BundleMaterials } from './bundle-materials.tsx';

export function BundleApplication({ view }: { view: BundleCaseView }) {
  const { app, steps, form, help, modes, provided } = useBundleApplicationSteps(view, '/bundle-cases');
  const { state, problems } = app;
  const required = view.plan.materials.filter((m) => m.requirement === 'required');
  return (
    <ApplicationLayout
      stepKeys={BUNDLE_STEP_KEYS}
      steps={steps}
      app={app}
      submitLabel={t('bundle.submit')}
      form={
        <ApplicationFormStep
          steps={steps}
          app={app}
          intro={<p>{bundleFormIntro(view.plan)}</p>}
          title={t('bundle.form.title')}
          view={form}
          help={help}
        />
      }
      materials={<BundleMaterials view={view} problems={problems?.materials} editable />}
      delivery={
        <ApplicationDeliveryStep
          app={app}
          options={modes}
          intro={<p>{t('bundle.output.intro', { window: view.outputWindow })}</p>}
          legend={t('bundle.output.legend')}
        />
      }
      review={
        <>
          <p>{t('case.reviewIntro')}</p>
          <FormReview
            schema={view.plan.form.schema}
            formData={state.formData}
            title={t('bundle.form.title')}
          />
          <Descriptions
            className="case-block"
            bordered
            size="small"
            column={1}
            items={[
              { key: 'members', label: t('bundle.review.members'), children: itemNames(view.plan.members) },
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
      }
    />
  );
}
