// The desks' work lists: 综合窗口 (to accept or correct), 部门待办 / 我承办的 (by due date, with warnings),
// 出件窗口 (decided, to issue and hand over) and 督查 (read-only, the whole scope, filtered by warning).
import { FileAddOutlined } from '@ant-design/icons';
import { Button, Tabs, Typography } from 'antd';
import { useEffect } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { t } from '../../../app/i18n.ts';
import type { CaseState } from '../../cases/case-api.ts';
import { PageTitle } from '../shell/admin-layout.tsx';
import { WORK_PATHS } from './workbench-roles.ts';
import { WorklistTable } from './worklist-table.tsx';

function useTitle(title: string) {
  useEffect(() => {
    document.title = `${title} · ${t('admin.appName')}`;
  }, [title]);
}

type QueueState = Extract<
  CaseState,
  | 'submitted'
  | 'awaiting_correction'
  | 'accepted'
  | 'in_review'
  | 'special_procedure'
  | 'approved'
  | 'denied'
  | 'result_issued'
>;

const stateOptions = (states: readonly QueueState[]) =>
  states.map((value) => ({ value, label: t(`admin.work.state.${value}`) }));

export function WindowQueuePage() {
  const navigate = useNavigate();
  const title = t('admin.work.window.title');
  useTitle(title);
  return (
    <>
      <PageTitle
        extra={
          <Button
            type="primary"
            icon={<FileAddOutlined aria-hidden />}
            onClick={() => navigate(WORK_PATHS.intake)}
          >
            {t('admin.work.intake.start')}
          </Button>
        }
      >
        {title}
      </PageTitle>
      <Typography.Paragraph type="secondary">{t('admin.work.window.intro')}</Typography.Paragraph>
      <WorklistTable
        queue="window"
        columns="window"
        label={title}
        states={stateOptions(['submitted', 'awaiting_correction'])}
        empty={t('admin.work.window.empty')}
      />
    </>
  );
}

type DepartmentTab = 'department' | 'assigned';

export function DepartmentPage() {
  const [params, setParams] = useSearchParams();
  const tab: DepartmentTab = params.get('tab') === 'assigned' ? 'assigned' : 'department';
  const title = t('admin.work.department.title');
  useTitle(title);
  const table = (queue: DepartmentTab) => (
    <WorklistTable
      key={queue}
      queue={queue}
      columns="review"
      label={t(`admin.work.department.tab.${queue}`)}
      states={stateOptions(
        queue === 'department'
          ? ['accepted', 'in_review', 'special_procedure']
          : ['in_review', 'special_procedure'],
      )}
      empty={t(`admin.work.department.empty.${queue}`)}
    />
  );
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <Typography.Paragraph type="secondary">{t('admin.work.department.intro')}</Typography.Paragraph>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'assigned' ? { tab: key } : {}, { replace: true })}
        items={(['department', 'assigned'] as const).map((key) => ({
          key,
          label: t(`admin.work.department.tab.${key}`),
          children: key === tab ? table(key) : null,
        }))}
      />
    </>
  );
}

export function OutputPage() {
  const title = t('admin.work.output.title');
  useTitle(title);
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <Typography.Paragraph type="secondary">{t('admin.work.output.intro')}</Typography.Paragraph>
      <WorklistTable
        queue="output"
        columns="output"
        label={title}
        states={stateOptions(['approved', 'denied', 'result_issued'])}
        empty={t('admin.work.output.empty')}
      />
    </>
  );
}

export function SupervisionPage() {
  const title = t('admin.work.supervision.title');
  useTitle(title);
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <Typography.Paragraph type="secondary">{t('admin.work.supervision.intro')}</Typography.Paragraph>
      <WorklistTable
        queue="supervision"
        columns="review"
        label={title}
        warningFilter
        states={stateOptions([
          'submitted',
          'awaiting_correction',
          'accepted',
          'in_review',
          'special_procedure',
          'approved',
          'denied',
          'result_issued',
        ])}
        empty={t('admin.work.supervision.empty')}
      />
    </>
  );
}
