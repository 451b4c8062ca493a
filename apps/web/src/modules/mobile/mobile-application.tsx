// 掌上申请 of a draft case: the same four steps as the portal (填写申请表 → 上传材料 → 选择送达方式 → 提交),
// the form rendered by rjsf with the antd-mobile theme (mobile-case-form.tsx), each step change saving the
// draft.
import { t } from '../../app/i18n.ts';
import type { CaseView } from '../cases/case-api.ts';
import { useApplication } from '../cases/use-application.ts';
import { CASE_STEP_KEYS, useApplicationSteps } from '../cases/use-application-steps.ts';
import {
  MobileApplicationDeliveryStep,
  MobileApplicationFormStep,
  MobileApplicationLayout,
} from './mobile-application-steps.tsx';
import { MobileCaseMaterials } from './mobile-case-materials.tsx';
import { MobileSituationQuestions } from './mobile-situations.tsx';

export function MobileApplication({ view }: { view: CaseView }) {
  const app = useApplication(view);
  const steps = useApplicationSteps(app, {
    provided: (id) => view.checklist.some((c) => c.materialId === id && c.provided),
    submittedPath: (id) => `/m/cases/${id}?submitted=1`,
  });
  const { state, problems } = app;
  return (
    <MobileApplicationLayout
      stepKeys={CASE_STEP_KEYS}
      steps={steps}
      app={app}
      submitLabel={t('case.submit')}
      form={
        <MobileApplicationFormStep
          steps={steps}
          app={app}
          intro={
            <MobileSituationQuestions
              situations={view.situations}
              value={state.situation}
              onChange={(situation) => app.update({ situation })}
            />
          }
          title={t('case.formTitle')}
          view={view}
        />
      }
      materials={<MobileCaseMaterials view={view} problems={problems?.materials} editable />}
      delivery={<MobileApplicationDeliveryStep app={app} options={view.deliveryOptions} />}
      review={
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
              value: view.deliveryOptions.find((o) => o.value === state.delivery)?.label ?? t('common.none'),
            })}
          </p>
        </>
      }
    />
  );
}
