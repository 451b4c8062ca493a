// 窗口收件 step 3: the application's facts — contact phone, the situation answers that decide which
// materials apply, the address, how the result is delivered — then 登记收件 creates the case, received now.
import { applicableMaterials, DELIVERY_LABELS, type Guide, labelOf } from '@msb/contracts';
import { Button, Checkbox, Form, Input, List, Radio, Space, Typography } from 'antd';
import { t } from '../../../../app/i18n.ts';
import type { ServerProblem } from '../../shell/server-problem.tsx';
import { ProblemAlert } from '../problem-alert.tsx';
import { ContactMobileItem, PostalAddressItem } from './intake-fields.tsx';
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
        <ContactMobileItem />
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
        {delivery === 'post' ? <PostalAddressItem /> : null}
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
