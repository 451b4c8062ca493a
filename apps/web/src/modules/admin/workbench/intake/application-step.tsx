// 窗口收件 step 3: the application's facts — contact phone, the situation answers that decide which
// materials apply, the address, how the result is delivered — then 登记收件 creates the case, received now.
import { applicableMaterials, DELIVERY_LABELS, type Guide, labelOf } from '@msb/contracts';
import { Button, Checkbox, Form, Input, List, Radio, Space, Typography } from 'antd';
import { t } from '../../../../app/i18n.ts';
import type { ServerProblem } from '../../shell/server-problem.tsx';
import { ProblemAlert } from '../problem-alert.tsx';
import { type ApplicationValues, situationAnswers } from './intake-input.ts';

export function ApplicationStep({
  guide,
  kind,
  busy,
  problem,
  onCloseProblem,
  onSubmit,
  onBack,
  form,
}: {
  guide: Guide;
  kind: 'person' | 'enterprise';
  busy: boolean;
  problem: ServerProblem | null;
  onCloseProblem: () => void;
  onSubmit: (values: ApplicationValues) => void;
  onBack: () => void;
  form: ReturnType<typeof Form.useForm<ApplicationValues>>[0];
}) {
  const situation = Form.useWatch('situation', form);
  const delivery = Form.useWatch('deliveryPreference', form);
  const materials = applicableMaterials(guide, situationAnswers(situation));
  return (
    <div style={{ maxWidth: 720 }}>
      <ProblemAlert problem={problem} onClose={onCloseProblem} />
      <Form<ApplicationValues>
        form={form}
        layout="vertical"
        name="application"
        onFinish={onSubmit}
        initialValues={{ deliveryPreference: guide.delivery.length === 1 ? guide.delivery[0] : undefined }}
      >
        <Form.Item
          label={t('admin.work.application.contactMobile')}
          name="contactMobile"
          extra={t('admin.work.application.contactMobileHelp')}
          rules={[
            { required: true, message: t('admin.work.application.contactMobileRequired') },
            { pattern: /^1[3-9]\d{9}$/, message: t('admin.work.applicant.mobileInvalid') },
          ]}
        >
          <Input maxLength={11} inputMode="numeric" autoComplete="off" style={{ maxWidth: 240 }} />
        </Form.Item>
        {guide.situations.map((s) => (
          <Form.Item
            key={s.id}
            label={s.question}
            name={['situation', s.id]}
            rules={[{ required: true, message: t('admin.work.application.situationRequired') }]}
          >
            {s.multiple ? (
              <Checkbox.Group
                role="group"
                aria-label={s.question}
                options={s.options.map((o) => ({ value: o.id, label: o.label }))}
              />
            ) : (
              <Radio.Group
                aria-label={s.question}
                options={s.options.map((o) => ({ value: o.id, label: o.label }))}
              />
            )}
          </Form.Item>
        ))}
        <Form.Item
          label={t(
            kind === 'person' ? 'admin.work.application.address' : 'admin.work.application.registeredAddress',
          )}
          name="address"
        >
          <Input maxLength={200} />
        </Form.Item>
        {guide.delivery.length > 0 ? (
          <Form.Item
            label={t('admin.work.application.delivery')}
            name="deliveryPreference"
            rules={[{ required: true, message: t('admin.work.application.deliveryRequired') }]}
          >
            <Radio.Group
              aria-label={t('admin.work.application.delivery')}
              options={guide.delivery.map((d) => ({ value: d, label: labelOf(DELIVERY_LABELS, d) }))}
            />
          </Form.Item>
        ) : null}
        {delivery === 'post' ? (
          <Form.Item
            label={t('admin.work.application.postalAddress')}
            name="postalAddress"
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('admin.work.application.postalAddressRequired'),
              },
            ]}
          >
            <Input maxLength={300} />
          </Form.Item>
        ) : null}
        <Typography.Title level={3} style={{ fontSize: 15 }}>
          {t('admin.work.application.materials', { n: materials.length })}
        </Typography.Title>
        <List
          size="small"
          bordered
          style={{ marginBottom: 16 }}
          dataSource={materials}
          renderItem={(m) => (
            <List.Item>
              {m.name}
              {m.requirement === 'optional' ? t('admin.work.application.optional') : ''}
            </List.Item>
          )}
        />
        <Space>
          <Button onClick={onBack} disabled={busy}>
            {t('admin.work.intake.prev')}
          </Button>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('admin.work.application.submit')}
          </Button>
        </Space>
      </Form>
    </div>
  );
}
