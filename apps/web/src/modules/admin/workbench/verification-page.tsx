// 事后核查 (告知承诺): the department's tasks for decisions made on a commitment, by due date. Recording 承诺不实
// revokes the approval, records the applicant's credit mark and tells them — all on the server, in one step.
import { Alert, App, Button, Form, Input, Modal, Radio, Table, Tabs, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { t } from '../../../app/i18n.ts';
import { formatDate } from '../../cases/case-format.ts';
import {
  useRecordOutcome,
  useVerificationTasks,
  type VerificationListItem,
} from '../../cases/obligation-api.ts';
import { PageTitle } from '../shell/admin-layout.tsx';
import type { ServerProblem } from '../shell/server-problem.tsx';
import { type Tone, ToneTag } from '../shell/status-tag.tsx';
import { ProblemAlert, toProblem } from './problem-alert.tsx';
import { WORK_PATHS } from './workbench-roles.ts';

type Tab = 'open' | 'closed';
type OutcomeValues = { outcome: 'confirmed' | 'false'; findings?: string };

const TONE: Record<VerificationListItem['status'], Tone> = {
  open: 'orange',
  confirmed: 'green',
  false: 'red',
};

function TaskTable({ status, onRecord }: { status: Tab; onRecord: (task: VerificationListItem) => void }) {
  const [page, setPage] = useState(1);
  const tasks = useVerificationTasks(status, page);
  if (tasks.isError) return <Alert type="error" showIcon title={tasks.error.message} />;
  return (
    <Table<VerificationListItem>
      rowKey="id"
      size="small"
      loading={tasks.isPending}
      dataSource={tasks.data?.items ?? []}
      locale={{ emptyText: t('obligation.tasks.empty') }}
      pagination={{ current: page, pageSize: 20, total: tasks.data?.total ?? 0, onChange: setPage }}
      columns={[
        {
          title: t('obligation.tasks.case'),
          key: 'case',
          render: (_, task) => (
            <Link to={WORK_PATHS.case(task.caseId)}>{task.caseNumber ?? t('obligation.tasks.noNumber')}</Link>
          ),
        },
        { title: t('obligation.tasks.item'), dataIndex: 'itemName' },
        { title: t('obligation.tasks.applicant'), dataIndex: 'applicantName' },
        {
          title: t('obligation.tasks.due'),
          key: 'due',
          render: (_, task) => (
            <>
              {formatDate(task.dueOn)}{' '}
              {task.overdue ? <ToneTag tone="red">{t('obligation.verification.overdue')}</ToneTag> : null}
            </>
          ),
        },
        {
          title: t('obligation.tasks.status'),
          key: 'status',
          render: (_, task) => <ToneTag tone={TONE[task.status]}>{task.statusLabel}</ToneTag>,
        },
        {
          title: t('obligation.tasks.actions'),
          key: 'actions',
          render: (_, task) =>
            task.status === 'open' ? (
              <Button
                size="small"
                aria-label={t('obligation.tasks.recordOf', { number: task.caseNumber ?? '' })}
                onClick={() => onRecord(task)}
              >
                {t('obligation.tasks.record')}
              </Button>
            ) : (
              task.findings
            ),
        },
      ]}
    />
  );
}

export function VerificationPage() {
  const title = t('obligation.tasks.title');
  const { message } = App.useApp();
  const [tab, setTab] = useState<Tab>('open');
  const [task, setTask] = useState<VerificationListItem | null>(null);
  const [problem, setProblem] = useState<ServerProblem | null>(null);
  const [form] = Form.useForm<OutcomeValues>();
  const outcome = Form.useWatch('outcome', form);
  const record = useRecordOutcome();
  useEffect(() => {
    document.title = `${title} · ${t('admin.appName')}`;
  }, [title]);

  const submit = async (values: OutcomeValues) => {
    if (!task) return;
    setProblem(null);
    try {
      await record.mutateAsync({
        taskId: task.id,
        outcome: values.outcome,
        findings: values.findings?.trim(),
      });
      void message.success(t('obligation.tasks.done'));
      setTask(null);
    } catch (error) {
      setProblem(toProblem(error));
    }
  };

  return (
    <>
      <PageTitle>{title}</PageTitle>
      <Typography.Paragraph type="secondary">{t('obligation.tasks.intro')}</Typography.Paragraph>
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key === 'closed' ? 'closed' : 'open')}
        items={(['open', 'closed'] as const).map((key) => ({
          key,
          label: t(`obligation.tasks.${key}`),
          children: key === tab ? <TaskTable status={key} onRecord={setTask} /> : null,
        }))}
      />
      <Modal
        open={task !== null}
        title={t('obligation.tasks.recordOf', { number: task?.caseNumber ?? '' })}
        okText={t('obligation.tasks.record')}
        cancelText={t('admin.common.cancel')}
        okButtonProps={{ loading: record.isPending, danger: outcome === 'false' }}
        onCancel={() => setTask(null)}
        onOk={() => void form.validateFields().then(submit)}
        destroyOnHidden
      >
        <ProblemAlert problem={problem} onClose={() => setProblem(null)} />
        <Typography.Paragraph>{task?.itemName}</Typography.Paragraph>
        <Form<OutcomeValues>
          form={form}
          layout="vertical"
          name="verification-outcome"
          preserve={false}
          initialValues={{ outcome: 'confirmed' }}
        >
          <Form.Item label={t('obligation.tasks.outcome')} name="outcome" rules={[{ required: true }]}>
            <Radio.Group
              options={[
                { value: 'confirmed', label: t('obligation.tasks.confirmed') },
                { value: 'false', label: t('obligation.tasks.false') },
              ]}
            />
          </Form.Item>
          {outcome === 'false' ? (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title={t('obligation.tasks.falseWarning')}
            />
          ) : null}
          <Form.Item
            label={t('obligation.tasks.findings')}
            name="findings"
            rules={
              outcome === 'false'
                ? [{ required: true, whitespace: true, message: t('obligation.tasks.findingsRequired') }]
                : []
            }
          >
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
