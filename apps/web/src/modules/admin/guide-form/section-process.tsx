// 情形 (situations with their options: situation-cards.tsx) and 办理流程 (steps).
import { Col, Form, Input, InputNumber, Row, Space, Switch } from 'antd';
import { t } from '../../../app/i18n.ts';
import { CardList, LimitItems, LongText, maxLen, required } from './form-parts.tsx';
import { fieldLabel } from './guide-labels.ts';
import { SituationCards } from './situation-cards.tsx';

const S = (key: string) => fieldLabel(`situations[].${key}`);
const P = (key: string) => fieldLabel(`steps[].${key}`);

export function SituationsSection() {
  return (
    <SituationCards
      name={['situations']}
      idPrefix="s"
      texts={{
        noun: t('admin.form.situationNoun'),
        question: S('question'),
        id: S('id'),
        multiple: S('multiple'),
        options: S('options'),
        optionLabel: S('options[].label'),
        optionId: S('options[].id'),
        optionIdHelp: t('admin.form.optionIdHelp'),
        twoOptions: t('admin.form.twoOptions'),
      }}
    />
  );
}

export function StepsSection() {
  return (
    <CardList
      name={['steps']}
      noun={t('admin.form.stepNoun')}
      max={30}
      newItem={() => ({
        name: '',
        handlerRole: '',
        limit: { amount: 1, unit: 'workday' },
        standard: '',
        result: '',
        applicantAttends: false,
      })}
    >
      {(field) => (
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              label={P('name')}
              name={[field.name, 'name']}
              rules={[required(P('name')), maxLen(200)]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label={P('handlerRole')}
              name={[field.name, 'handlerRole']}
              rules={[required(P('handlerRole'))]}
            >
              <Input />
            </Form.Item>
          </Col>
          <LimitItems name={[field.name, 'limit']} pattern="steps[].limit" span={6} />
          <Col xs={12} md={6}>
            <Form.Item label={P('waitMinutes')} name={[field.name, 'waitMinutes']}>
              <InputNumber min={0} max={600} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item label={P('counterMinutes')} name={[field.name, 'counterMinutes']}>
              <InputNumber min={0} max={600} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              label={P('standard')}
              name={[field.name, 'standard']}
              rules={[required(P('standard'))]}
            >
              <LongText rows={2} />
            </Form.Item>
            <Form.Item label={P('result')} name={[field.name, 'result']} rules={[required(P('result'))]}>
              <LongText rows={2} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Space>
              <Form.Item
                label={P('applicantAttends')}
                name={[field.name, 'applicantAttends']}
                valuePropName="checked"
              >
                <Switch checkedChildren={t('admin.form.yes')} unCheckedChildren={t('admin.form.no')} />
              </Form.Item>
            </Space>
          </Col>
        </Row>
      )}
    </CardList>
  );
}
