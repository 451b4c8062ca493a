// 收费: 不收费 switch, or fee items with a fixed amount typed in 元 (stored in 分) or a rate in 万分之.
import { Col, Form, Input, InputNumber, Radio, Row, Switch } from 'antd';
import { t } from '../../../app/i18n.ts';
import { CardList, LongText, maxLen, required } from './form-parts.tsx';
import type { FeeFormItem } from './guide-form-values.ts';
import { fieldLabel } from './guide-labels.ts';

const F = (key: string) => fieldLabel(`fees.items[].${key}`);

function FeeItemFields({ index }: { index: number }) {
  const form = Form.useFormInstance();
  const mode: unknown = Form.useWatch(['fees', 'items', index, 'mode'], { form, preserve: true });
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item label={F('name')} name={[index, 'name']} rules={[required(F('name')), maxLen(200)]}>
          <Input />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item label={t('admin.form.feeMode')} name={[index, 'mode']}>
          <Radio.Group
            options={[
              { value: 'amount', label: t('admin.form.feeModeAmount') },
              { value: 'rate', label: t('admin.form.feeModeRate') },
            ]}
          />
        </Form.Item>
      </Col>
      {mode === 'rate' ? (
        <>
          <Col xs={24} md={12}>
            <Form.Item
              label={F('rateBasisPoints')}
              name={[index, 'rateBasisPoints']}
              rules={[
                {
                  required: true,
                  type: 'number',
                  message: t('admin.form.required', { label: F('rateBasisPoints') }),
                },
              ]}
            >
              <InputNumber min={0} max={10000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={F('rateOf')} name={[index, 'rateOf']} rules={[required(F('rateOf'))]}>
              <Input />
            </Form.Item>
          </Col>
        </>
      ) : (
        <Col xs={24} md={12}>
          <Form.Item
            label={t('admin.form.feeAmountYuan')}
            name={[index, 'amountYuan']}
            rules={[
              {
                required: true,
                type: 'number',
                message: t('admin.form.required', { label: t('admin.form.feeAmountYuan') }),
              },
            ]}
            extra={t('admin.form.feeAmountHelp')}
          >
            <InputNumber
              min={0}
              precision={2}
              step={1}
              style={{ width: '100%' }}
              suffix={t('admin.form.yuan')}
            />
          </Form.Item>
        </Col>
      )}
      <Col span={24}>
        <Form.Item label={F('basis')} name={[index, 'basis']} rules={[required(F('basis'))]}>
          <LongText rows={2} />
        </Form.Item>
      </Col>
    </Row>
  );
}

export function FeesSection() {
  const form = Form.useFormInstance();
  const free: unknown = Form.useWatch(['fees', 'free'], { form, preserve: true });
  return (
    <>
      <Form.Item label={t('admin.form.feeFree')} name={['fees', 'free']} valuePropName="checked">
        <Switch checkedChildren={t('admin.form.feeFreeYes')} unCheckedChildren={t('admin.form.feeFreeNo')} />
      </Form.Item>
      {free === true ? null : (
        <CardList
          name={['fees', 'items']}
          noun={t('admin.form.feeNoun')}
          max={30}
          newItem={(): FeeFormItem => ({
            name: '',
            basis: '',
            mode: 'amount',
            amountYuan: null,
            rateBasisPoints: null,
            rateOf: '',
          })}
        >
          {(field) => <FeeItemFields index={field.name} />}
        </CardList>
      )}
    </>
  );
}
