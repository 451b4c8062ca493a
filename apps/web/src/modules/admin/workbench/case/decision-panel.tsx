// 办理操作: the buttons come from the case's `actions` (what this user may do now, from the transition
// table); each opens a dialog asking for that action's inputs, or a confirmation when it needs none.
import { Alert, App, Button, Form, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { t } from '../../../../app/i18n.ts';
import {
  type AvailableActionView,
  type CaseAction,
  type CaseView,
  usePerformAction,
} from '../../../cases/case-api.ts';
import type { ServerProblem } from '../../shell/server-problem.tsx';
import { hasAnyRole, useMe } from '../../shell/use-session.ts';
import {
  type ActionFormValues,
  actionBody,
  actionStyle,
  CONFIRM_ONLY,
  panelActions,
} from '../case-actions.ts';
import { ProblemAlert, toProblem } from '../problem-alert.tsx';
import { ActionFields } from './action-fields.tsx';
import { Section } from './section.tsx';

const FIELDS = [
  'opinion',
  'decisionReasons',
  'reason',
  'comment',
  'assignee',
  'extension',
  'procedure',
  'deliveryMethod',
  'signedReceipt',
  'trackingNumber',
];

/** Field names of the API (extension, procedure) → the inputs that collect them. */
const FIELD_INPUT: Record<string, keyof ActionFormValues> = {
  extension: 'amount',
  procedure: 'procedureName',
};

export function DecisionPanel({ view }: { view: CaseView }) {
  const me = useMe();
  const { message } = App.useApp();
  const perform = usePerformAction(view.id);
  const [open, setOpen] = useState<AvailableActionView | null>(null);
  const [problem, setProblem] = useState<ServerProblem | null>(null);
  const [form] = Form.useForm<ActionFormValues>();
  const { offered, heldByOthers } = panelActions(view.actions, {
    isAssignee: view.assignee?.id === me.data?.userId,
    isChief: hasAnyRole(me.data, ['chief_representative']),
  });

  const run = async (action: CaseAction, values: ActionFormValues) => {
    setProblem(null);
    try {
      await perform.mutateAsync({ action, body: actionBody(action, values) });
      void message.success(t('admin.work.action.done', { action: open?.label ?? action }));
      setOpen(null);
    } catch (error) {
      const found = toProblem(error);
      form.setFields(
        found.fields
          .filter((f) => FIELDS.includes(f.field))
          .map((f) => ({
            name: FIELD_INPUT[f.field] ?? (f.field as keyof ActionFormValues),
            errors: [f.message],
          })),
      );
      setProblem(found);
    }
  };
  const start = (action: AvailableActionView) => {
    setProblem(null);
    setOpen(action);
  };
  const confirmOnly = open ? CONFIRM_ONLY.includes(open.action) : false;
  const initial: ActionFormValues = {
    unit: 'workday',
    deliveryMethod: view.deliveryPreference ?? 'window',
  };

  return (
    <Section title={t('admin.work.action.title')}>
      {heldByOthers ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('admin.work.action.heldBy', { name: view.assignee?.name ?? '' })}
        />
      ) : null}
      {offered.length === 0 ? (
        <Typography.Text type="secondary">{t('admin.work.action.none')}</Typography.Text>
      ) : (
        <Space wrap>
          {offered.map((a) => {
            const style = actionStyle(a.action);
            return (
              <Button
                key={a.action}
                type={style === 'primary' ? 'primary' : 'default'}
                danger={style === 'danger'}
                onClick={() => start(a)}
              >
                {a.label}
              </Button>
            );
          })}
        </Space>
      )}
      <Modal
        open={open !== null}
        title={open?.label}
        okText={t('admin.work.action.confirm', { action: open?.label ?? '' })}
        cancelText={t('admin.common.cancel')}
        okButtonProps={{
          loading: perform.isPending,
          danger: open ? actionStyle(open.action) === 'danger' : false,
        }}
        onCancel={() => setOpen(null)}
        onOk={() => {
          if (!open) return;
          void form.validateFields().then((values) => run(open.action, values));
        }}
        destroyOnHidden
      >
        <ProblemAlert problem={problem} onClose={() => setProblem(null)} />
        {confirmOnly && open ? (
          <Typography.Paragraph>
            {t(`admin.work.action.confirmText.${open.action as 'claim' | 'issue' | 'close'}`, {
              item: view.itemName,
              number: view.caseNumber ?? '',
            })}
          </Typography.Paragraph>
        ) : null}
        <Form<ActionFormValues>
          form={form}
          layout="vertical"
          name="case-action"
          preserve={false}
          initialValues={initial}
        >
          {open ? <ActionFields action={open.action} view={view} /> : null}
        </Form>
      </Modal>
    </Section>
  );
}
