// 网上申请 of a draft case, in four steps: 填写申请表 → 上传材料 → 选择送达方式 → 提交. Every step change
// saves the draft (so the situation answers decide the material checklist); 提交 saves, submits, and on a 422
// takes the applicant to the first step with a problem, with each problem on its field or material.
import { Descriptions } from 'antd';
import { t } from '../../app/i18n.ts';
import type { CaseView } from '../cases/case-api.ts';
import { withAddress } from '../cases/case-format.ts';
import { useApplication } from '../cases/use-application.ts';
import { CASE_STEP_KEYS, useApplicationSteps } from '../cases/use-application-steps.ts';
import {
  ApplicationDeliveryStep,
  ApplicationFormStep,
  ApplicationLayout,
  FormReview,
} from './application-steps.tsx';
import { CaseSituations } from './case-choices.tsx';
import { CaseMaterials } from './case-materials.tsx';
import { CommitmentPanel } from './case-obligations.tsx';

export function CaseApplication({ view }: { view: CaseView }) {
  const app = useApplication(view);
  const steps = useApplicationSteps(app, {
    provided: (id) => view.checklist.some((c) => c.materialId === id && c.provided),
    submittedPath: (id) => `/cases/${id}?submitted=1`,
  });
  const { state, problems } = app;
  const required = view.checklist.filter((c) => c.requirement === 'required').length;
  const provided = view.checklist.filter((c) => c.provided).length;
  return (
    <ApplicationLayout
      stepKeys={CASE_STEP_KEYS}
      steps={steps}
      app={app}
      submitLabel={t('case.submit')}
      form={
        <ApplicationFormStep
          steps={steps}
          app={app}
          intro={
            <CaseSituations
              situations={view.situations}
              value={state.situation}
              onChange={(situation) => app.update({ situation })}
              problems={problems?.situation ?? []}
            />
          }
          title={t('case.formTitle')}
          view={view}
        />
      }
      materials={
        <>
          <CommitmentPanel view={view} />
          <CaseMaterials view={view} problems={problems?.materials} editable />
        </>
      }
      delivery={<ApplicationDeliveryStep app={app} options={view.deliveryOptions} />}
      review={
        <>
          <p>{t('case.reviewIntro')}</p>
          <FormReview schema={view.form.schema} formData={state.formData} title={t('case.formTitle')} />
          <Descriptions
            className="case-block"
            bordered
            size="small"
            column={1}
            items={[
              {
                key: 'materials',
                label: t('case.materials'),
                children: t('case.review.materials', { provided, required }),
              },
              {
                key: 'delivery',
                label: t('case.delivery'),
                children: withAddress(
                  view.deliveryOptions.find((o) => o.value === state.delivery)?.label ?? t('common.none'),
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
