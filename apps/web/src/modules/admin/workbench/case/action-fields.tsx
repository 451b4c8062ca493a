// The inputs each case action asks for (domain/transitions.ts `requires`), as form items of one dialog.
import { Form, Input, InputNumber, Radio, Space, Spin } from 'antd';
import { t } from '../../../../app/i18n.ts';
import type { CaseAction, CaseView } from '../../../cases/case-api.ts';
import type { ActionFormValues } from '../case-actions.ts';
import { useCaseAssignees } from '../desk-api.ts';

const required = (message: string) => [{ required: true, whitespace: true, message }];

/** 第四十五条 names these procedures; the item's own special procedures come first. */
const COMMON_PROCEDURES = ['听证', '招标', '拍卖', '检验', '检测', '检疫', '鉴定', '专家评审'];

function TextArea({
  name,
  label,
  message,
  extra,
}: {
  name: keyof ActionFormValues;
  label: string;
  message: string;
  extra?: string;
}) {
  return (
    <Form.Item label={label} name={name} rules={required(message)} extra={extra}>
      <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount />
    </Form.Item>
  );
}

function Duration({ label }: { label: string }) {
  return (
    <Form.Item label={label} required style={{ marginBottom: 0 }}>
      <Space>
        <Form.Item
          name="amount"
          noStyle
          rules={[{ required: true, message: t('admin.work.action.amountRequired') }]}
        >
          <InputNumber
            min={1}
            max={365}
            precision={0}
            aria-label={t('admin.work.action.amount')}
            style={{ width: 120 }}
          />
        </Form.Item>
        <Form.Item name="unit" noStyle>
          <Radio.Group
            aria-label={t('admin.work.action.unit')}
            optionType="button"
            options={[
              { value: 'workday', label: t('admin.work.unit.workdayName') },
              { value: 'natural', label: t('admin.work.unit.naturalName') },
            ]}
          />
        </Form.Item>
      </Space>
    </Form.Item>
  );
}

function AssigneeChoice({ view, excludeCurrent }: { view: CaseView; excludeCurrent: boolean }) {
  const assignees = useCaseAssignees(view.id);
  const options = (assignees.data?.items ?? [])
    .filter((a) => !(excludeCurrent && a.current))
    .map((a) => ({
      value: a.id,
      label: `${a.displayName}（${a.roleLabels.join(t('common.listSeparator'))}）`,
    }));
  return (
    <Form.Item
      label={t('admin.work.action.assignee')}
      name="assignee"
      rules={[{ required: true, message: t('admin.work.action.assigneeRequired') }]}
      extra={assignees.isError ? assignees.error.message : t('admin.work.action.assigneeHelp')}
    >
      {assignees.isPending ? (
        <Spin size="small" />
      ) : (
        <Radio.Group
          aria-label={t('admin.work.action.assignee')}
          style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
          options={options}
        />
      )}
    </Form.Item>
  );
}

export function ActionFields({ action, view }: { action: CaseAction; view: CaseView }) {
  const form = Form.useFormInstance<ActionFormValues>();
  // useWatch is undefined on the first render; without the fallback the signer field
  // appears one render late and a quick confirm would skip its check.
  const method = Form.useWatch('deliveryMethod', form) ?? view.deliveryPreference ?? 'window';
  switch (action) {
    case 'record_opinion':
      return (
        <TextArea
          name="opinion"
          label={t('admin.work.action.opinion', {
            n: view.step.index + 1,
            count: view.step.count,
            step: view.step.name ?? '',
          })}
          message={t('admin.work.action.opinionRequired')}
        />
      );
    case 'approve':
    case 'deny':
      return (
        <TextArea
          name="decisionReasons"
          label={t('admin.work.action.decisionReasons')}
          message={t('admin.work.action.decisionReasonsRequired')}
          extra={action === 'deny' ? t('admin.work.action.denyHelp') : undefined}
        />
      );
    case 'assign':
      return <AssigneeChoice view={view} excludeCurrent={false} />;
    case 'transfer':
      return (
        <>
          <AssigneeChoice view={view} excludeCurrent />
          <TextArea
            name="reason"
            label={t('admin.work.action.transferReason')}
            message={t('admin.work.action.reasonRequired')}
          />
        </>
      );
    case 'extend':
      return (
        <>
          <Duration label={t('admin.work.action.extension')} />
          <div style={{ height: 16 }} />
          <TextArea
            name="reason"
            label={t('admin.work.action.extendReason')}
            message={t('admin.work.action.reasonRequired')}
            extra={t('admin.work.action.extendHelp')}
          />
        </>
      );
    case 'start_special_procedure': {
      const names = [...new Set([...view.specialProcedures.map((p) => p.name), ...COMMON_PROCEDURES])];
      return (
        <>
          <Form.Item
            label={t('admin.work.action.procedureName')}
            name="procedureName"
            rules={required(t('admin.work.action.procedureNameRequired'))}
          >
            <Input maxLength={100} list="special-procedures" />
          </Form.Item>
          <datalist id="special-procedures">
            {names.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          <Duration label={t('admin.work.action.procedureDuration')} />
        </>
      );
    }
    case 'end_special_procedure':
      return (
        <TextArea
          name="comment"
          label={t('admin.work.action.endComment')}
          message={t('admin.work.action.commentRequired')}
        />
      );
    case 'terminate':
      return (
        <TextArea
          name="reason"
          label={t('admin.work.action.terminateReason')}
          message={t('admin.work.action.reasonRequired')}
        />
      );
    case 'revoke':
      return (
        <TextArea
          name="reason"
          label={t('obligation.revokeReason')}
          message={t('admin.work.action.reasonRequired')}
          extra={t('obligation.revokeHelp')}
        />
      );
    case 'deliver':
      return (
        <>
          <Form.Item
            label={t('admin.work.action.deliveryMethod')}
            name="deliveryMethod"
            rules={[{ required: true }]}
          >
            <Radio.Group
              aria-label={t('admin.work.action.deliveryMethod')}
              options={(['window', 'post', 'download'] as const).map((value) => ({
                value,
                label: t(`admin.work.delivery.${value}`),
              }))}
            />
          </Form.Item>
          {method === 'window' ? (
            <Form.Item
              label={t('admin.work.action.signedReceipt')}
              name="signedReceipt"
              extra={t('admin.work.action.signedReceiptHelp')}
              rules={required(t('admin.work.action.signedReceiptRequired'))}
            >
              <Input maxLength={200} />
            </Form.Item>
          ) : null}
          {method === 'post' ? (
            <Form.Item
              label={t('admin.work.action.trackingNumber')}
              name="trackingNumber"
              rules={required(t('admin.work.action.trackingNumberRequired'))}
            >
              <Input maxLength={60} />
            </Form.Item>
          ) : null}
        </>
      );
    default:
      return null;
  }
}
